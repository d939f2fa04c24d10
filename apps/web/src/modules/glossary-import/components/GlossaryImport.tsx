import { Alert, Anchor, Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowsProgress } from '../../imports/components/RowsProgress';
import {
  GLOSSARY_EXPORT_FORMATS,
  glossaryExportHref,
  type GlossaryImportReport,
  type GlossaryUploadOutcome,
  uploadGlossaryFile,
} from '../glossary-upload';
import { GlossaryPreviewRows } from './GlossaryPreviewRows';
import { GlossaryRowErrors } from './GlossaryRowErrors';

type Failed = Extract<GlossaryUploadOutcome, { kind: 'failed' }>;

/** Export links, then upload → preview (row errors) → apply; the apply is all rows or none. */
export function GlossaryImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'check' | 'apply' | null>(null);
  const [sent, setSent] = useState<{ loaded: number; total: number }>({ loaded: 0, total: 0 });
  const [preview, setPreview] = useState<GlossaryImportReport | null>(null);
  const [applied, setApplied] = useState<GlossaryImportReport | null>(null);
  const [failure, setFailure] = useState<Failed | null>(null);

  async function send(dryRun: boolean) {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'apply');
    setFailure(null);
    setSent({ loaded: 0, total: file.size });
    const outcome = await uploadGlossaryFile(file, dryRun, (loaded, total) => setSent({ loaded, total }));
    setBusy(null);
    if (outcome.kind === 'failed') return setFailure(outcome);
    if (dryRun) setPreview(outcome.report);
    else {
      setApplied(outcome.report);
      setPreview(null);
    }
  }

  const choose = (next: File | null) => {
    setFile(next);
    setPreview(null);
    setApplied(null);
    setFailure(null);
  };
  const canApply = !!preview && preview.errorCount === 0 && preview.summary.new + preview.summary.updated > 0;

  return (
    <Stack gap="lg">
      <Stack gap="xs" component="section" aria-labelledby="glossary-export-title">
        <Title order={2} size="h4" id="glossary-export-title">
          {t('glossaryImport.export.title')}
        </Title>
        <Text size="sm">{t('glossaryImport.export.intro')}</Text>
        <Group gap="sm">
          {GLOSSARY_EXPORT_FORMATS.map((format) => (
            <Button
              key={format}
              component="a"
              variant="light"
              href={glossaryExportHref(format)}
              download
              data-testid={`glossary-export-${format}`}
            >
              {t(`glossaryImport.export.${format}`)}
            </Button>
          ))}
        </Group>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="glossary-import-title">
        <Title order={2} size="h4" id="glossary-import-title">
          {t('glossaryImport.import.title')}
        </Title>
        <Text size="sm">{t('glossaryImport.import.intro')}</Text>
        <FileInput
          label={t('glossaryImport.import.file')}
          description={t('glossaryImport.import.fileHelp')}
          accept=".csv,.xlsx,.tbx,.xml"
          value={file}
          onChange={choose}
          data-testid="glossary-import-file"
        />
        <Group>
          <Button onClick={() => void send(true)} disabled={!file || !!busy} loading={busy === 'check'}>
            {t('glossaryImport.import.check')}
          </Button>
          <Button
            color="green"
            onClick={() => void send(false)}
            disabled={!canApply || !!busy}
            loading={busy === 'apply'}
            data-testid="glossary-import-apply"
          >
            {t('glossaryImport.import.apply')}
          </Button>
        </Group>
        {busy && (
          <RowsProgress
            label={t(busy === 'check' ? 'glossaryImport.progress.checking' : 'glossaryImport.progress.applying')}
            valueText={
              sent.loaded < sent.total
                ? t('glossaryImport.progress.sent', { percent: Math.round((sent.loaded / sent.total) * 100) })
                : t(busy === 'check' ? 'glossaryImport.progress.checking' : 'glossaryImport.progress.applying')
            }
            value={sent.loaded}
            max={sent.total}
            animated={sent.loaded >= sent.total}
          />
        )}
        {failure && (
          <Alert
            color="red"
            role="alert"
            title={t('glossaryImport.failed.title')}
            data-testid="glossary-import-failure"
          >
            {failure.reason
              ? t(`glossaryImport.fileReasons.${failure.reason}`, { ...failure.params, defaultValue: failure.reason })
              : failure.code === 'FORBIDDEN'
                ? t('glossaryImport.failed.forbidden')
                : t('glossaryImport.failed.other')}
          </Alert>
        )}
        {failure && failure.rowErrors.length > 0 && <GlossaryRowErrors errors={failure.rowErrors} />}
        {preview && (
          <Stack gap="sm" data-testid="glossary-import-preview">
            <Text role="status">
              {t('glossaryImport.preview.summary', { total: preview.totalRows, ...preview.summary })}
            </Text>
            {preview.errorCount > 0 && (
              <Alert color="red" title={t('glossaryImport.preview.hasErrors', { count: preview.errorCount })}>
                {t('glossaryImport.preview.nothingWritten')}
              </Alert>
            )}
            {preview.errorCount > 0 && <GlossaryRowErrors errors={preview.errors} />}
            {preview.rows.length > 0 && <GlossaryPreviewRows rows={preview.rows} />}
          </Stack>
        )}
        {applied && (
          <Alert
            color="blue"
            role="status"
            title={t('glossaryImport.applied.title')}
            data-testid="glossary-import-done"
          >
            {t('glossaryImport.preview.summary', { total: applied.totalRows, ...applied.summary })}{' '}
            <Anchor href="/dictionary">{t('glossaryImport.applied.toDictionary')}</Anchor>
          </Alert>
        )}
      </Stack>
    </Stack>
  );
}
