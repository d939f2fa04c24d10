import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { ErrorAlert, PageLoader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useOutbox } from '../hooks/useOutbox';
import { OutboxMessageItem } from './OutboxMessageItem';

/** The outbox, newest first: so that in a demo without SMTP the invitation links can be followed. */
export function Outbox() {
  const { t } = useTranslation();
  const { connection, loading, refreshing, loadingMore, error, moreError, showMore, refresh } = useOutbox();

  if (loading) return <PageLoader />;
  if (error && !connection) {
    // ADMIN is checked before the page shows: a refusal here means a production server.
    if (error.code === 'FORBIDDEN') {
      return (
        <Alert color="blue" role="status" title={t('outbox.unavailableTitle')} data-testid="outbox-unavailable">
          {t('outbox.unavailable')}
        </Alert>
      );
    }
    return <ErrorAlert error={error} />;
  }
  if (!connection) return null;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" c="dimmed" role="status" data-testid="outbox-count">
          {t('outbox.count', { count: connection.totalCount })}
        </Text>
        <Button variant="light" size="xs" onClick={() => void refresh()} loading={refreshing}>
          {t('outbox.refresh')}
        </Button>
      </Group>
      {error && <ErrorAlert error={error} />}
      {connection.edges.length === 0 ? (
        <Text>{t('outbox.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {connection.edges.map(({ node }) => (
            <OutboxMessageItem key={node.id} message={node} />
          ))}
        </Stack>
      )}
      {moreError && <ErrorAlert error={moreError} />}
      {connection.pageInfo.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => void showMore()} loading={loadingMore}>
            {t('outbox.showMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
