import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { SubmissionFieldsFragment } from '@tandem/web-graphql';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import type { SubmissionAction } from '../hooks/useSubmissionActions';

/** The tandem's shared text: an editor for the partners, the text as it is for everyone else. */
export function SubmissionTextSection({
  submission,
  text,
  dirty,
  busy,
  onChange,
  onSave,
}: {
  submission: SubmissionFieldsFragment;
  text: string;
  dirty: boolean;
  busy: SubmissionAction | null;
  onChange: (text: string) => void;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSave();
  };
  return (
    <Paper component="section" aria-labelledby="submission-text" withBorder p="md">
      <Title order={2} size="h4" id="submission-text" mb="xs">
        {t('assignments.submission.title')}
      </Title>
      {submission.canEdit ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Textarea
              label={t('assignments.submission.text')}
              description={t('assignments.submission.textHelp')}
              autosize
              minRows={8}
              maxLength={20000}
              value={text}
              onChange={(e) => onChange(e.currentTarget.value)}
              data-testid="submission-text"
            />
            <Group>
              <Button type="submit" loading={busy === 'save'} disabled={!dirty || !!busy}>
                {t('assignments.submission.save')}
              </Button>
              {submission.lastEditedByName && (
                <Text size="sm" c="dimmed">
                  {t('assignments.submission.lastEdited', {
                    name: submission.lastEditedByName,
                    when: format.dateTime(submission.updatedAt),
                  })}
                </Text>
              )}
            </Group>
          </Stack>
        </form>
      ) : (
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="submission-text-readonly">
          {submission.text || t('assignments.submission.empty')}
        </Text>
      )}
    </Paper>
  );
}
