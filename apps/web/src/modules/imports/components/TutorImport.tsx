import { Alert, Button, Checkbox, FileInput, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { UploadIcon } from '@tandem/web-ui';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useSignedInPerson } from '../../session/session-context';
import { importCountries } from '../import-country';
import { useTutorUpload } from '../hooks/useTutorUpload';
import { TUTOR_TEMPLATE_URL, tutorTemplateXlsxUrl } from '../upload-tutor-file';
import { ColumnHelp } from './ColumnHelp';
import { ImportJobStatus } from './ImportJobStatus';
import { ImportSummaryList } from './ImportSummaryList';
import { RowErrorTable } from './RowErrorTable';
import { RowsProgress } from './RowsProgress';
import { UploadFailure } from './UploadFailure';

const ACCEPTED_FILES = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The tutor import in three steps: choose the file (from the template), check it (a dry run that
 * writes nothing), import it (a job whose progress is polled). Changing the file starts over.
 */
export function TutorImport() {
  const { t, i18n } = useTranslation();
  const format = useFormatter();
  const person = useSignedInPerson();
  const { countries, mustChoose } = useMemo(() => importCountries(person.roles), [person.roles]);
  const [country, setCountry] = useState<string | null>(mustChoose ? null : (countries[0] ?? null));
  const [countryError, setCountryError] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState(false);
  const [sendInvitations, setSendInvitations] = useState(false);
  const { uploading, uploaded, report, failure, job, ...sending } = useTutorUpload();
  const reportHeading = useRef<HTMLHeadingElement>(null);

  function startOver(nextFile: File | null) {
    sending.startOver();
    setFile(nextFile);
    setFileError(false);
  }

  async function upload(dryRun: boolean) {
    if (!file) {
      setFileError(true);
      return;
    }
    if (mustChoose && !country) {
      setCountryError(true);
      return;
    }
    const countryCode = mustChoose ? country : null;
    if (await sending.upload({ file, dryRun, sendInvitations, countryCode })) {
      requestAnimationFrame(() => reportHeading.current?.focus());
    }
  }

  const checking = uploading !== null;
  const showReport = report && !job;

  return (
    <Stack gap="xl">
      <Paper component="section" aria-labelledby="import-file" withBorder p="lg">
        <Title order={2} id="import-file" mb="sm">
          {t('imports.fileStep.title')}
        </Title>
        <Stack gap="md">
          <Text size="sm">{t('imports.template.help')}</Text>
          <Group>
            <Button
              component="a"
              href={tutorTemplateXlsxUrl(i18n.language)}
              download
              variant="filled"
              data-testid="import-template-xlsx"
            >
              {t('imports.template.downloadXlsx')}
            </Button>
            <Button component="a" href={TUTOR_TEMPLATE_URL} download variant="light" data-testid="import-template">
              {t('imports.template.download')}
            </Button>
          </Group>
          <ColumnHelp />
          {mustChoose ? (
            <NativeSelect
              label={t('imports.country')}
              required
              maw={320}
              value={country ?? ''}
              onChange={(event) => {
                setCountry(event.currentTarget.value || null);
                setCountryError(false);
                startOver(file);
              }}
              error={countryError ? t('imports.errors.countryRequired') : undefined}
              data={[
                { value: '', label: t('imports.chooseCountry'), disabled: true },
                ...countries.map((code) => ({ value: code, label: format.country(code) })),
              ]}
            />
          ) : (
            country && <Text size="sm">{t('imports.countryFixed', { country: format.country(country) })}</Text>
          )}
          <FileInput
            label={t('imports.file')}
            description={t('imports.fileHelp')}
            placeholder={t('imports.chooseFile')}
            // Mantine's placeholder grey is below the 4.5:1 contrast that WCAG asks of text.
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            accept={ACCEPTED_FILES}
            clearable
            clearButtonProps={{ 'aria-label': t('imports.clearFile') }}
            leftSection={<UploadIcon />}
            maw={480}
            value={file}
            onChange={(next) => startOver(next)}
            error={fileError ? t('imports.errors.fileRequired') : undefined}
            disabled={uploading === 'import' || (job !== null && job.status !== 'FAILED')}
          />
          <Group>
            <Button
              onClick={() => void upload(true)}
              loading={uploading === 'check'}
              disabled={checking || job !== null}
            >
              {t('imports.check')}
            </Button>
          </Group>
          {uploading && uploaded && (
            <RowsProgress
              label={t('imports.uploadProgress')}
              valueText={t('imports.uploadedPercent', {
                percent: uploaded.total ? Math.round((uploaded.loaded / uploaded.total) * 100) : 0,
              })}
              value={uploaded.loaded}
              max={uploaded.total}
              animated
              testId="upload-progress"
            />
          )}
        </Stack>
      </Paper>

      {(failure || showReport || job) && (
        <Paper component="section" aria-labelledby="import-result" withBorder p="lg" data-testid="import-result">
          <Title order={2} id="import-result" mb="md" ref={reportHeading} tabIndex={-1}>
            {job ? t('imports.job.title') : failure ? t('imports.failure.title') : t('imports.report.title')}
          </Title>
          <Stack gap="md">
            {failure && <UploadFailure failure={failure} />}
            {showReport && !failure && (
              <>
                <Text size="sm">{t('imports.report.rows', { count: report.totalRows })}</Text>
                <ImportSummaryList summary={report.summary} />
                {report.rowErrors.length > 0 && <RowErrorTable errors={report.rowErrors} />}
                {report.nothingToChange && (
                  <Alert color="blue" role="status">
                    {t('imports.report.nothingToChange')}
                  </Alert>
                )}
                {report.canImport && (
                  <>
                    <Text size="sm">{t('imports.report.ready')}</Text>
                    <Checkbox
                      label={t('imports.sendInvitations')}
                      description={t('imports.sendInvitationsHelp')}
                      checked={sendInvitations}
                      onChange={(event) => setSendInvitations(event.currentTarget.checked)}
                    />
                    <Group>
                      <Button onClick={() => void upload(false)} loading={uploading === 'import'} disabled={checking}>
                        {t('imports.import')}
                      </Button>
                    </Group>
                  </>
                )}
              </>
            )}
            {job && <ImportJobStatus started={job} onAnother={() => startOver(null)} />}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
