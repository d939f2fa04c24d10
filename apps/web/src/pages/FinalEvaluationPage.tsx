import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { FinalEvaluationView } from '../modules/final-evaluation/components/FinalEvaluationView';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/final-evaluation`: the edition's final evaluation report (page and PDF from one query). */
export function FinalEvaluationPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('finalEvaluation').permission}>
      <PageHeader title={t('finalEvaluation.title')} description={t('finalEvaluation.intro', { k: 5 })} />
      <FinalEvaluationView />
    </RequirePermission>
  );
}
