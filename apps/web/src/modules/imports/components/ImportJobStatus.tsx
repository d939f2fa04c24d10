import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useImportJob } from '../hooks/useImportJob';
import { jobProgress, type StartedImportJob } from '../import-response';
import { ImportSummaryList } from './ImportSummaryList';
import { RowsProgress } from './RowsProgress';

/** A running import: its progress in rows, then what it did (or that it changed nothing). */
export function ImportJobStatus({ started, onAnother }: { started: StartedImportJob; onAnother: () => void }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { job, error, refetch } = useImportJob(started.id);
  const current = job ?? started;
  const progress = jobProgress(current);
  const status = current.status;

  return (
    <Stack gap="md" data-testid="import-job" data-status={status}>
      <Text size="sm" role="status">
        {status === 'SUCCEEDED'
          ? t('imports.job.succeeded')
          : status === 'FAILED'
            ? t('imports.job.failed')
            : status === 'RUNNING'
              ? t('imports.job.running')
              : t('imports.job.queued')}
      </Text>
      <RowsProgress
        label={t('imports.job.progressLabel')}
        valueText={t('imports.job.progress', {
          processed: format.number(progress.processed),
          total: format.number(progress.total),
        })}
        value={progress.processed}
        max={progress.total}
        animated={!progress.finished}
        color={status === 'FAILED' ? 'red' : status === 'SUCCEEDED' ? 'teal' : undefined}
        testId="import-progress"
      />
      {error && (
        <ErrorAlert error={error}>
          <Group>
            <Button size="xs" variant="white" onClick={() => void refetch()}>
              {t('imports.job.checkAgain')}
            </Button>
          </Group>
        </ErrorAlert>
      )}
      {job?.status === 'SUCCEEDED' && job.summary && <ImportSummaryList summary={job.summary} />}
      {job?.status === 'FAILED' && (
        <Alert color="red" role="alert">
          <Stack gap="xs">
            <Text size="sm">{t('imports.job.failedHelp')}</Text>
            {job.error && <Code block>{job.error}</Code>}
          </Stack>
        </Alert>
      )}
      {progress.finished && (
        <Group>
          <Button variant="light" onClick={onAnother}>
            {t('imports.job.another')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
