import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { MyCertificates } from '../modules/certificates/components/MyCertificates';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/certificates`: the tutor's certificates — PDF, credential, verification link, LinkedIn. */
export function MyCertificatesPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('myCertificates').permission}>
      <PageHeader title={t('certificates.mine.title')} description={t('certificates.mine.intro')} />
      <MyCertificates />
    </RequirePermission>
  );
}
