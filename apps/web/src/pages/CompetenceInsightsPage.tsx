import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { CompetenceInsightsView } from '../modules/competences/components/CompetenceInsightsView';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/competences/insights`: k-anonymous aggregates of self-assessments for the viewer's scope. */
export function CompetenceInsightsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('competenceInsights').permission}>
      <PageHeader title={t('insights.title')} description={t('insights.intro', { k: 5 })} />
      <CompetenceInsightsView />
    </RequirePermission>
  );
}
