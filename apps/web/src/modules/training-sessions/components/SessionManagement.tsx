import { Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionLifecycle } from '../hooks/useSessionLifecycle';

/** For who may edit the session: complete it once it has started, or cancel it with a reason (everyone enrolled is mailed). */
export function SessionManagement({ session }: { session: { id: string; status: string; startsAt: string } }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { cancel, complete, cancelling, completing, failure } = useSessionLifecycle(session.id);
  if (session.status !== 'SCHEDULED') return null;
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
            loading={cancelling}
            onClick={() => void cancel(reason)}
          >
            {t('sessions.manage.cancel')}
          </Button>
          {new Date(session.startsAt).getTime() <= Date.now() && (
            <Button variant="light" loading={completing} onClick={() => void complete()}>
              {t('sessions.manage.complete')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
