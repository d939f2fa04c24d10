import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { SubmissionFieldsFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import type { SubmissionAction } from '../hooks/useSubmissionActions';
import { confirmationKey } from '../submission-state';

/** Both partners confirm the shared submission; the second confirmation submits it. */
export function SubmissionConfirmPanel({
  submission,
  dirty,
  busy,
  onConfirm,
}: {
  submission: SubmissionFieldsFragment;
  dirty: boolean;
  busy: SubmissionAction | null;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="submission-confirm" withBorder p="md">
      <Title order={2} size="h4" id="submission-confirm" mb="xs">
        {t('assignments.confirm.title')}
      </Title>
      <Stack gap="sm">
        <Text data-testid="confirmation-state">{t(`assignments.confirm.state.${confirmationKey(submission)}`)}</Text>
        <Text size="sm" c="dimmed">
          {t('assignments.confirm.help')}
        </Text>
        {submission.canConfirm && (
          <Group>
            <Button
              onClick={onConfirm}
              loading={busy === 'confirm'}
              disabled={dirty || !!busy}
              data-testid="confirm-submission"
            >
              {submission.confirmedByPartner ? t('assignments.confirm.submit') : t('assignments.confirm.button')}
            </Button>
            {dirty && (
              <Text size="sm" c="dimmed">
                {t('assignments.confirm.saveFirst')}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
