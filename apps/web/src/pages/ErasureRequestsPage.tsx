import { PageHeader, useDocumentTitle } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { ErasureRequests } from '../modules/privacy/components/ErasureRequests';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/privacy/erasures`: coordinators (their country) and admins carry out erasure requests. */
export function ErasureRequestsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.erasure.pageTitle'));
  return (
    <RequirePermission permission={navItem('erasureRequests').permission}>
      <PageHeader title={t('privacy.erasure.pageTitle')} description={t('privacy.erasure.pageIntro')} />
      <ErasureRequests />
    </RequirePermission>
  );
}
