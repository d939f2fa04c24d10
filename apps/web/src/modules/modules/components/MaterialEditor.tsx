import {
  Alert,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { ModuleDetailFragment } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { useModuleDraft } from '../hooks/useModuleDraft';
import { uploadProblem } from '../material-upload';
import { MaterialList } from './MaterialList';

interface Props {
  draft: ModuleDetailFragment;
  editor: ReturnType<typeof useModuleDraft>;
  /** The texts have unsaved changes: materials wait (each change moves the lock version on). */
  blocked: boolean;
}

const HTTP_URL = /^https?:\/\/\S+$/i;

/** The draft's materials: remove, add a link, upload a file (with a progress bar). */
export function MaterialEditor({ draft, editor, blocked }: Props) {
  const { t } = useTranslation();
  const { failure, busy, done, progress } = editor;
  const [linkTitle, setLinkTitle] = useState('');
  const [linkUrl, setLinkUrl] = useState('');
  const [linkErrors, setLinkErrors] = useState<{
    title?: boolean;
    url?: boolean;
  }>({});
  const [fileTitle, setFileTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const materialFailure = failure && ['addLink', 'remove', 'upload'].includes(failure.action) ? failure : null;
  const disabled = blocked || !!busy;

  async function onAddLink(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = {
      title: !linkTitle.trim(),
      url: !HTTP_URL.test(linkUrl.trim()),
    };
    setLinkErrors(errors);
    if (errors.title || errors.url || disabled) return;
    if (await editor.addMaterialLink(draft.lockVersion, linkTitle.trim(), linkUrl.trim())) {
      setLinkTitle('');
      setLinkUrl('');
    }
  }

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFileMissing(!file);
    if (!file || disabled) return;
    if (await editor.upload(draft.lockVersion, fileTitle.trim() || file.name, file)) {
      setFileTitle('');
      setFile(null);
    }
  }

  const uploading = busy === 'upload';
  const fileRefused = materialFailure?.action === 'upload' && uploadProblem(materialFailure.error) === 'fileRefused';
  const linkRefused =
    materialFailure?.action === 'addLink' && materialFailure.error.code === 'VALIDATION_FAILED'
      ? (materialFailure.error.fields ?? [])
      : [];

  return (
    <Paper component="section" aria-labelledby="material-editor-title" withBorder p="md">
      <Title order={2} id="material-editor-title" mb="xs">
        {t('modules.materials.title')}
      </Title>
      <Stack gap="md">
        {blocked && (
          <Alert color="yellow" role="status">
            {t('modules.materials.saveFirst')}
          </Alert>
        )}
        {materialFailure &&
          (materialFailure.error.code === 'STALE_WRITE' ? null : fileRefused ? (
            <ErrorAlert error={materialFailure.error} message={t('modules.materials.fileRefused')} />
          ) : (
            <ErrorAlert error={materialFailure.error} />
          ))}
        {done === 'upload' && (
          <Alert color="teal" role="status" data-testid="material-uploaded">
            {t('modules.materials.uploaded')}
          </Alert>
        )}
        {done === 'addLink' && (
          <Alert color="teal" role="status" data-testid="material-added">
            {t('modules.materials.linkAdded')}
          </Alert>
        )}
        <MaterialList
          materials={draft.materials}
          onRemove={blocked ? undefined : (m) => void editor.remove(draft.lockVersion, m.id)}
          removing={!!busy}
        />

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <form onSubmit={(e) => void onAddLink(e)} noValidate aria-labelledby="add-link-title">
            <Stack gap="sm">
              <Title order={3} size="h5" id="add-link-title">
                {t('modules.materials.addLinkTitle')}
              </Title>
              <TextInput
                label={t('modules.materials.linkTitle')}
                required
                maxLength={200}
                value={linkTitle}
                onChange={(e) => setLinkTitle(e.currentTarget.value)}
                error={
                  linkErrors.title || linkRefused.some((f) => f.field === 'title')
                    ? t('modules.materials.titleRequired')
                    : undefined
                }
                disabled={blocked}
              />
              <TextInput
                type="url"
                label={t('modules.materials.url')}
                description={t('modules.materials.urlHelp')}
                required
                value={linkUrl}
                onChange={(e) => setLinkUrl(e.currentTarget.value)}
                error={
                  linkErrors.url || linkRefused.some((f) => f.field === 'url')
                    ? t('modules.materials.urlInvalid')
                    : undefined
                }
                disabled={blocked}
              />
              <Group>
                <Button type="submit" variant="light" loading={busy === 'addLink'} disabled={disabled}>
                  {t('modules.materials.addLink')}
                </Button>
              </Group>
            </Stack>
          </form>

          <form onSubmit={(e) => void onUpload(e)} noValidate aria-labelledby="upload-title">
            <Stack gap="sm">
              <Title order={3} size="h5" id="upload-title">
                {t('modules.materials.uploadTitle')}
              </Title>
              <TextInput
                label={t('modules.materials.fileTitle')}
                description={t('modules.materials.fileTitleHelp')}
                maxLength={200}
                value={fileTitle}
                onChange={(e) => setFileTitle(e.currentTarget.value)}
                disabled={blocked}
              />
              <FileInput
                label={t('modules.materials.file')}
                description={t('modules.materials.fileHelp')}
                placeholder={t('modules.materials.choose')}
                required
                value={file}
                onChange={(value) => {
                  setFile(value);
                  setFileMissing(false);
                }}
                clearable
                clearButtonProps={{
                  'aria-label': t('modules.materials.clearFile'),
                }}
                error={
                  fileMissing
                    ? t('modules.materials.fileRequired')
                    : fileRefused
                      ? t('modules.materials.fileRefusedShort')
                      : undefined
                }
                disabled={blocked}
                data-testid="material-file"
              />
              {(uploading || progress !== null) && (
                <Stack gap={4}>
                  <Progress
                    value={progress === null ? 100 : Math.round(progress * 100)}
                    animated={uploading}
                    striped={uploading && progress === null}
                    aria-label={t('modules.materials.progress')}
                    data-testid="upload-progress"
                  />
                  <Text size="sm" c="dimmed" aria-live="polite">
                    {uploading
                      ? progress === null
                        ? t('modules.materials.uploading')
                        : t('modules.materials.uploadingPercent', {
                            percent: Math.round(progress * 100),
                          })
                      : t('modules.materials.uploadComplete')}
                  </Text>
                </Stack>
              )}
              <Group>
                <Button type="submit" variant="light" loading={uploading} disabled={disabled}>
                  {t('modules.materials.upload')}
                </Button>
              </Group>
            </Stack>
          </form>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
