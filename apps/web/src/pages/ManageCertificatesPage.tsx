import { Stack } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { ManageCertificates } from '../modules/certificates/components/ManageCertificates';
import { TrainedWithoutCertificate } from '../modules/certificates/components/TrainedWithoutCertificate';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/certificates/manage`: a coordinator's (ADMIN's) certificates — flagged ones, revoke, re-issue, issue now. */
export function ManageCertificatesPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('certificates').permission}>
      <PageHeader title={t('certificates.manage.title')} description={t('certificates.manage.intro')} />
      <Stack gap="md">
        <TrainedWithoutCertificate />
        <ManageCertificates />
      </Stack>
    </RequirePermission>
  );
}
