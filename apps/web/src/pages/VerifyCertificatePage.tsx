import { useQuery } from '@apollo/client/react';
import { Anchor, Loader, Stack, Title } from '@mantine/core';
import { ErrorAlert, useDocumentTitle } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BareLayout } from '../app/layout/BareLayout';
import { VerificationResult } from '../modules/certificates/components/VerificationResult';
import { CertificateVerificationQuery } from '../modules/certificates/graphql/certificates';
import { toAppError } from '../modules/errors/to-app-error';
import { useCurrentLocale } from '../modules/i18n/hooks/useLocale';

/** `/verify/:publicId` (public, the QR code's target): the certificate's verification, in the visitor's language. */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  const { publicId = '' } = useParams();
  const language = useCurrentLocale();
  useDocumentTitle(t('certificates.verify.title'));
  const { data, error, loading } = useQuery(CertificateVerificationQuery, { variables: { publicId, language } });
  return (
    <BareLayout size="md">
      <Stack gap="md" mt="lg">
        <Title order={1}>{t('certificates.verify.title')}</Title>
        {loading && !data && <Loader aria-label={t('certificates.verify.checking')} />}
        {error && <ErrorAlert error={toAppError(error)} />}
        {data && <VerificationResult result={data.certificateVerification} />}
        <Anchor component={Link} to="/verify" size="sm">
          {t('certificates.verify.checkAnother')}
        </Anchor>
      </Stack>
    </BareLayout>
  );
}
