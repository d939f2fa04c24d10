import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { uploadProblem } from '../../modules/material-upload';
import type { SubmissionActionsState } from '../hooks/useSubmissionActions';

/**
 * What the last action on a submission came to: done, refused, or a CONFLICT (the partner saved
 * first), which never overwrites: the viewer reloads and makes the change again.
 */
export function SubmissionFeedback({
  done,
  failure,
  onReload,
}: Pick<SubmissionActionsState, 'done' | 'failure'> & { onReload: () => void }) {
  const { t } = useTranslation();
  const conflict = failure?.error.code === 'STALE_WRITE';
  const fileRefused = failure?.action === 'upload' && uploadProblem(failure.error) === 'fileRefused';
  return (
    <>
      {conflict && (
        <Alert color="yellow" role="alert" title={t('assignments.conflict.title')} data-testid="submission-conflict">
          <Stack gap="xs">
            <Text size="sm">{t('assignments.conflict.body')}</Text>
            <Group>
              <Button size="xs" variant="light" onClick={onReload}>
                {t('assignments.conflict.reload')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {failure && !conflict && (
        <ErrorAlert
          error={failure.error}
          message={
            fileRefused
              ? t('assignments.attachments.refused')
              : failure.error.code === 'VALIDATION_FAILED' && failure.action === 'confirm'
                ? t('assignments.confirm.empty')
                : undefined
          }
        />
      )}
      {done && (
        <Alert color="teal" role="status" data-testid="submission-done">
          {t(`assignments.done.${done}`)}
        </Alert>
      )}
    </>
  );
}
