import { Anchor, Button, FileInput, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { SubmissionFieldsFragment } from '@tandem/web-graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionAction } from '../hooks/useSubmissionActions';

/** The submission's files: download links, and for the partners removing and adding one (saved text first). */
export function SubmissionAttachments({
  submission,
  dirty,
  busy,
  progress,
  onUpload,
  onRemove,
}: {
  submission: SubmissionFieldsFragment;
  dirty: boolean;
  busy: SubmissionAction | null;
  progress: number | null;
  /** Answers whether the file was added. */
  onUpload: (file: File) => Promise<boolean>;
  onRemove: (fileId: string) => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file && (await onUpload(file))) setFile(null);
  }

  return (
    <Paper component="section" aria-labelledby="submission-files" withBorder p="md">
      <Title order={2} size="h4" id="submission-files" mb="xs">
        {t('assignments.attachments.title')}
      </Title>
      <Stack gap="sm">
        {submission.attachments.length === 0 ? (
          <Text c="dimmed">{t('assignments.attachments.none')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="submission-attachments">
            {submission.attachments.map((a) => (
              <Group component="li" key={a.fileId} justify="space-between">
                <Anchor href={a.downloadPath} download={a.fileName}>
                  {a.fileName}
                </Anchor>
                {submission.canEdit && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    disabled={!!busy}
                    onClick={() => onRemove(a.fileId)}
                    aria-label={t('assignments.attachments.removeNamed', { name: a.fileName })}
                  >
                    {t('assignments.attachments.remove')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
        {submission.canEdit && (
          <form onSubmit={(e) => void upload(e)} noValidate>
            <Stack gap="xs">
              <FileInput
                label={t('assignments.attachments.file')}
                description={t('assignments.attachments.help')}
                placeholder={t('assignments.attachments.choose')}
                value={file}
                onChange={setFile}
                clearable
                disabled={!!busy || dirty}
              />
              {dirty && (
                <Text size="sm" c="dimmed">
                  {t('assignments.attachments.saveFirst')}
                </Text>
              )}
              {progress !== null && (
                <Progress value={progress * 100} aria-label={t('assignments.attachments.progress')} animated />
              )}
              <Group>
                <Button type="submit" variant="light" loading={busy === 'upload'} disabled={!file || !!busy || dirty}>
                  {t('assignments.attachments.upload')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
