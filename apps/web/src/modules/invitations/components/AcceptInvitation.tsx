import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { isLocale } from '@tandem/shared-domain';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@tandem/web-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { LogoutMutation } from '../../session/graphql/session';
import { useSession } from '../../session/session-context';
import { invitationState } from '../accept-invitation';
import { InvitationByTokenQuery } from '../graphql/invitations';
import { AcceptInvitationForm } from './AcceptInvitationForm';

/**
 * `/invitation/:token`: who invited whom, then the form that sets the password, language and
 * consents. An expired or used link says what to do instead, not just that it failed.
 */
export function AcceptInvitation({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormatter();
  const session = useSession();
  const { data, loading, error } = useQuery(InvitationByTokenQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const invitation = data?.invitation;
  useDocumentTitle(t('invitation.title'));

  // The e-mail came in the language the inviter chose: the page starts in it too (once).
  const languageApplied = useRef(false);
  useEffect(() => {
    if (!invitation || languageApplied.current) return;
    languageApplied.current = true;
    if (isLocale(invitation.preferredLanguage) && invitation.preferredLanguage !== i18n.language) {
      void i18n.changeLanguage(invitation.preferredLanguage);
    }
  }, [invitation, i18n]);

  if (loading && !invitation) return <PageLoader />;

  if (error || !invitation) {
    const appError = toAppError(error);
    return (
      <Stack gap="md">
        <Title order={1}>{t('invitation.title')}</Title>
        {appError.code === 'NOT_FOUND' ? (
          <Alert color="yellow" role="alert" data-testid="invitation-not-found">
            {t('invitation.notFound')}
          </Alert>
        ) : (
          <ErrorAlert error={appError} />
        )}
      </Stack>
    );
  }

  const inviter = invitation.invitedBy ?? t('invitation.someone');
  const state = invitationState(invitation);
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('invitation.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('invitation.intro', { inviter, email: invitation.email })}
        </Text>
      </div>
      {state === 'expired' && (
        <Alert color="yellow" role="alert" data-testid="invitation-expired" title={t('invitation.expiredTitle')}>
          {t('invitation.expired', { date: format.dateTime(invitation.expiresAt), inviter })}
        </Alert>
      )}
      {state === 'used' && (
        <Alert color="yellow" role="alert" data-testid="invitation-used" title={t('invitation.usedTitle')}>
          <Stack gap="sm">
            <Text size="sm">{t('invitation.used')}</Text>
            <Group gap="sm">
              <Button component={Link} to="/sign-in" size="xs">
                {t('invitation.signIn')}
              </Button>
              <Button component={Link} to="/forgot-password" size="xs" variant="light">
                {t('passwordReset.forgotLink')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {state === 'open' &&
        (session.status === 'signedIn' ? (
          <SignedInAsSomeoneElse name={session.person.displayName} email={invitation.email} />
        ) : (
          <>
            <Text size="sm">{t('invitation.validUntil', { date: format.dateTime(invitation.expiresAt) })}</Text>
            <AcceptInvitationForm token={token} email={invitation.email} />
          </>
        ))}
    </Stack>
  );
}

/**
 * Accepting signs the invited person in; someone else's session (a coordinator trying the link)
 * ends first, with a fresh page load, so nothing of theirs stays in memory.
 */
function SignedInAsSomeoneElse({ name, email }: { name: string; email: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [signingOut, setSigningOut] = useState(false);

  async function signOutHere() {
    setSigningOut(true);
    try {
      await client.mutate({ mutation: LogoutMutation });
    } catch {
      // Already ended on the server: the reload shows the form all the same.
    }
    window.location.reload();
  }

  return (
    <Alert color="blue" role="status" data-testid="invitation-signed-in">
      <Stack gap="sm">
        <Text size="sm">{t('invitation.signedInAs', { name, email })}</Text>
        <Group>
          <Button size="xs" loading={signingOut} onClick={() => void signOutHere()}>
            {t('invitation.signOutAndContinue')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
