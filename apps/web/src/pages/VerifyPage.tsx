import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { BareLayout } from '../app/layout/BareLayout';
import { VerifyForm } from '../modules/certificates/components/VerifyForm';

/** `/verify` (public): check a certificate by its number or its credential file. */
export function VerifyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('certificates.verify.title'));
  return (
    <BareLayout size="md">
      <Stack gap="md" mt="lg">
        <div>
          <Title order={1}>{t('certificates.verify.title')}</Title>
          <Text c="dimmed" mt={4}>
            {t('certificates.verify.intro')}
          </Text>
        </div>
        <VerifyForm />
      </Stack>
    </BareLayout>
  );
}
