import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { ApplicationQueue } from '../modules/network-applications/components/ApplicationQueue';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/network/applications?status=`: coordinators (their country) and administrators. */
export function NetworkApplicationsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('networkApplications').permission}>
      <PageHeader title={t('networkApplication.list.title')} description={t('networkApplication.list.intro')} />
      <ApplicationQueue />
    </RequirePermission>
  );
}
