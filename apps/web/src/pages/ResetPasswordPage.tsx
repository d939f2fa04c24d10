import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BareLayout } from '../app/layout/BareLayout';
import { ResetPasswordForm } from '../modules/password-reset/components/ResetPasswordForm';

/** `/reset-password/:token` — the link of the password reset e-mail (public). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  useDocumentTitle(t('passwordReset.reset.title'));
  return (
    <BareLayout size="xs">
      <Paper withBorder shadow="xs" p="xl" mt="lg">
        <Stack gap="md">
          <div>
            <Title order={1}>{t('passwordReset.reset.title')}</Title>
            <Text c="dimmed" mt={4}>
              {t('passwordReset.reset.intro')}
            </Text>
          </div>
          <ResetPasswordForm key={token} token={token} />
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('passwordReset.backToSignIn')}
          </Anchor>
        </Stack>
      </Paper>
    </BareLayout>
  );
}
