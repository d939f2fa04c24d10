import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BareLayout } from '../app/layout/BareLayout';
import { ForgotPasswordForm } from '../modules/password-reset/components/ForgotPasswordForm';

/** `/forgot-password` — asks for a reset link by e-mail (public). */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passwordReset.request.title'));
  return (
    <BareLayout size="xs">
      <Paper withBorder shadow="xs" p="xl" mt="lg">
        <Stack gap="md">
          <div>
            <Title order={1}>{t('passwordReset.request.title')}</Title>
            <Text c="dimmed" mt={4}>
              {t('passwordReset.request.intro')}
            </Text>
          </div>
          <ForgotPasswordForm />
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('passwordReset.backToSignIn')}
          </Anchor>
        </Stack>
      </Paper>
    </BareLayout>
  );
}
