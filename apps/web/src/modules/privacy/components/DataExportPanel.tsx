import { Alert, Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useMyDataExports, useRequestDataExport } from '../hooks/useDataExports';

/** Ask for a copy of one's data, follow its preparation, download it while the link is valid. */
export function DataExportPanel() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { latest, error } = useMyDataExports();
  const { request, requesting, failure } = useRequestDataExport();
  const working = latest?.status === 'QUEUED' || latest?.status === 'RUNNING';

  return (
    <Stack gap="sm" data-testid="data-export">
      <Text>{t('privacy.myData.export.intro')}</Text>
      {error && <ErrorAlert error={error} />}
      {failure && <ErrorAlert error={failure} />}
      {!latest && <Text c="dimmed">{t('privacy.myData.export.none')}</Text>}
      {latest && (
        <Text size="sm" c="dimmed">
          {t('privacy.myData.export.requested', { date: format.dateTime(latest.requestedAt) })}
        </Text>
      )}
      {latest && working && (
        <div role="status">
          <Text size="sm">{t('privacy.myData.export.progress', { progress: latest.progress })}</Text>
          <Progress value={latest.progress} aria-label={t('privacy.myData.export.title')} />
        </div>
      )}
      {latest?.status === 'FAILED' && <Alert color="red">{t('privacy.myData.export.failed')}</Alert>}
      {latest?.status === 'READY' && latest.expired && (
        <Alert color="yellow">{t('privacy.myData.export.expired')}</Alert>
      )}
      {latest?.downloadUrl && latest.expiresAt && (
        <Group gap="md">
          <Anchor href={latest.downloadUrl} download="tandem-data.zip" fw={600}>
            {t('privacy.myData.export.download')}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('privacy.myData.export.ready', { date: format.dateTime(latest.expiresAt) })}
          </Text>
        </Group>
      )}
      <div>
        <Button variant="light" onClick={() => void request()} loading={requesting} disabled={working}>
          {t('privacy.myData.export.request')}
        </Button>
      </div>
    </Stack>
  );
}
