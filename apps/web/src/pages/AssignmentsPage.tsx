import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { MyAssignments } from '../modules/assignments/components/MyAssignments';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/assignments`: the assignments for the signed-in tutor's tandem. */
export function AssignmentsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('assignments').permission}>
      <PageHeader title={t('assignments.my.title')} description={t('assignments.my.intro')} />
      <MyAssignments />
    </RequirePermission>
  );
}
