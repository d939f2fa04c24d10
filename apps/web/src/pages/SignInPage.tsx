import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { PageLoader, useDocumentTitle } from '@tandem/web-ui';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { BareLayout } from '../app/layout/BareLayout';
import { AfterSignIn } from '../modules/privacy/components/AfterSignIn';
import { SignInForm } from '../modules/session/components/SignInForm';
import { useSession } from '../modules/session/session-context';
import { safeNextPath } from '../modules/session/sign-in-path';

/** `/sign-in?next=/editions&reason=expired` (or `signedOut`, or `passwordChanged` after a reset) */
export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const reason = params.get('reason');
  useDocumentTitle(t('signIn.title'));

  // Signed in (just now, or already when the page opened): on to where the person was going,
  // through the consent page while a consent question is unanswered (issue 17).
  if (session.status === 'signedIn')
    return (
      <Suspense
        fallback={
          <BareLayout size="xs">
            <PageLoader />
          </BareLayout>
        }
      >
        <AfterSignIn next={safeNextPath(params.get('next'))} />
      </Suspense>
    );

  return (
    <BareLayout size="xs">
      {session.status === 'loading' ? (
        <PageLoader />
      ) : (
        <Paper withBorder shadow="xs" p="xl" mt="lg">
          <Stack gap="md">
            <div>
              <Title order={1}>{t('signIn.title')}</Title>
              <Text c="dimmed" mt={4}>
                {t('signIn.intro')}
              </Text>
            </div>
            {reason === 'expired' && (
              <Alert color="yellow" role="status" data-testid="session-expired">
                {t('signIn.sessionExpired')}
              </Alert>
            )}
            {reason === 'signedOut' && (
              <Alert color="teal" role="status" data-testid="signed-out">
                {t('signIn.signedOut')}
              </Alert>
            )}
            {reason === 'passwordChanged' && (
              <Alert color="teal" role="status" data-testid="password-changed">
                {t('passwordReset.changed')}
              </Alert>
            )}
            <SignInForm />
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('passwordReset.forgotLink')}
            </Anchor>
            <Anchor component={Link} to="/join" size="sm" data-testid="join-network-link">
              {t('networkApplication.join.link')}
            </Anchor>
          </Stack>
        </Paper>
      )}
    </BareLayout>
  );
}
