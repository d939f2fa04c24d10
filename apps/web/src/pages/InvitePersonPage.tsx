import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { InvitePersonForm } from '../modules/people/components/InvitePersonForm';
import { RequireRoles } from '../modules/session/components/RequireRoles';

/** `/people/invite`: administrators and coordinators (the API checks role and scope regardless). */
export function InvitePersonPage() {
  const { t } = useTranslation();
  return (
    <RequireRoles roles={navItem('invitePeople').roles}>
      <PageHeader title={t('people.invite.title')} description={t('people.invite.intro')} />
      <InvitePersonForm />
    </RequireRoles>
  );
}
