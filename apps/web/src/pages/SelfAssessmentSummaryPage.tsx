import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { CompetenceSummary } from '../modules/self-assessments/components/CompetenceSummary';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/self-assessments/summary`: the tutor's printable competence summary (print or save as PDF). */
export function SelfAssessmentSummaryPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('selfAssessments').permission}>
      <PageHeader title={t('selfAssessment.summary.title')} />
      <CompetenceSummary />
    </RequirePermission>
  );
}
