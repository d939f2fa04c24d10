import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { ApplicationQueue } from '../modules/network-applications/components/ApplicationQueue';
import { RequireRoles } from '../modules/session/components/RequireRoles';

/** `/network/applications?status=`: coordinators (their country) and administrators. */
export function NetworkApplicationsPage() {
  const { t } = useTranslation();
  return (
    <RequireRoles roles={navItem('networkApplications').roles}>
      <PageHeader title={t('networkApplication.list.title')} description={t('networkApplication.list.intro')} />
      <ApplicationQueue />
    </RequireRoles>
  );
}
