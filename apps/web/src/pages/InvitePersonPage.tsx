import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { InvitePersonForm } from '../modules/people/components/InvitePersonForm';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/people/invite`: administrators and coordinators (the API checks role and scope regardless). */
export function InvitePersonPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('invitePeople').permission}>
      <PageHeader title={t('people.invite.title')} description={t('people.invite.intro')} />
      <InvitePersonForm />
    </RequirePermission>
  );
}
