import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { MyProgress } from '../modules/completion/components/MyProgress';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/progress`: the tutor's own way to TRAINED — what is done, what is missing, where to act. */
export function ProgressPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('progress').permission}>
      <PageHeader title={t('completion.title')} description={t('completion.intro')} />
      <MyProgress />
    </RequirePermission>
  );
}
