import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection } from '../connection';
import type { PagedConnection } from '../hooks/useConnection';

interface Props<C extends Connection> {
  page: PagedConnection<C>;
  /** The button under the rows; none while the list shown is the former filters' (`stale`). */
  showMoreLabel: string;
  /** Offer to read the first page again when it failed. */
  retryLabel?: string;
  /** The rows (count, table, "n of m shown") of the pages loaded so far. */
  children: (connection: C) => ReactNode;
}

/**
 * A list the person pages through with "Show more": loading, the first page's failure, then the
 * rows with the next page's failure and the button. While new filters load, the former rows stay,
 * dimmed, rather than the list jumping away.
 */
export function PagedList<C extends Connection>({ page, showMoreLabel, retryLabel, children }: Props<C>) {
  const { t } = useTranslation();
  const { connection, stale, loading, loadingMore, error, moreError, hasMore } = page;
  if (!connection && error) {
    return (
      <ErrorAlert error={error}>
        {retryLabel && (
          <Group>
            <Button variant="default" size="xs" onClick={() => void page.refetch()}>
              {retryLabel}
            </Button>
          </Group>
        )}
      </ErrorAlert>
    );
  }
  if (!connection) {
    return (
      <Group role="status" gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  }
  const failure = error ?? moreError;
  return (
    <Stack gap="md" style={{ opacity: stale ? 0.6 : 1 }} aria-busy={loading}>
      {children(connection)}
      {failure && <ErrorAlert error={failure} />}
      {hasMore && !stale && (
        <Group justify="center">
          <Button variant="light" onClick={() => void page.showMore()} loading={loadingMore}>
            {showMoreLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
