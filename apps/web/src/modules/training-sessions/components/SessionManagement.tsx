import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { ErrorAlert, type AppError } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { CancelSessionMutation, CompleteSessionMutation } from '../graphql/sessions';

/** For who may edit the session: complete it once it has started, or cancel it with a reason (everyone enrolled is mailed). */
export function SessionManagement({ session }: { session: { id: string; status: string; startsAt: string } }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const [cancelSession, cancelling] = useMutation(CancelSessionMutation, {
    refetchQueries: ['SessionRoster'],
  });
  const [completeSession, completing] = useMutation(CompleteSessionMutation);
  if (session.status !== 'SCHEDULED') return null;
  const run = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
    } catch (e) {
      setFailure(toAppError(e));
    }
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('sessions.manage.title')}
        </Title>
        {failure && <ErrorAlert error={failure} />}
        <Textarea
          label={t('sessions.manage.cancelReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={1000}
        />
        <Group>
          <Button
            color="red"
            variant="light"
            disabled={reason.trim().length < 3}
            loading={cancelling.loading}
            onClick={() =>
              void run(() =>
                cancelSession({
                  variables: { input: { sessionId: session.id, reason } },
                }),
              )
            }
          >
            {t('sessions.manage.cancel')}
          </Button>
          {new Date(session.startsAt).getTime() <= Date.now() && (
            <Button
              variant="light"
              loading={completing.loading}
              onClick={() =>
                void run(() =>
                  completeSession({
                    variables: { input: { sessionId: session.id } },
                  }),
                )
              }
            >
              {t('sessions.manage.complete')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
