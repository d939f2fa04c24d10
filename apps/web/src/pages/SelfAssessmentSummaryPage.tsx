import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { CompetenceSummary } from '../modules/self-assessments/components/CompetenceSummary';
import { RequireRoles } from '../modules/session/components/RequireRoles';

/** `/self-assessments/summary`: the tutor's printable competence summary (print or save as PDF). */
export function SelfAssessmentSummaryPage() {
  const { t } = useTranslation();
  return (
    <RequireRoles roles={navItem('selfAssessments').roles}>
      <PageHeader title={t('selfAssessment.summary.title')} />
      <CompetenceSummary />
    </RequireRoles>
  );
}
