import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { directoryFiltersToParams, readDirectoryFilters, type DirectoryFilters } from '../directory-filters';
import { useOrganisationDirectory } from '../hooks/useOrganisationDirectory';
import { DirectoryFiltersForm } from './DirectoryFiltersForm';
import { OrganisationTable } from './OrganisationTable';

/** `/organisations?q=&country=&kind=&sector=`: the filters live in the address (links, back and forward). */
export function OrganisationDirectory() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readDirectoryFilters(params);
  const { connection, stale, loading, loadingMore, error, showMore, refetch } = useOrganisationDirectory(filters);

  const applyFilters = (next: DirectoryFilters) => setParams(directoryFiltersToParams(next));

  let results;
  if (!connection && error) {
    results = (
      <ErrorAlert error={error}>
        <Group>
          <Button variant="default" size="xs" onClick={() => void refetch()}>
            {t('network.retry')}
          </Button>
        </Group>
      </ErrorAlert>
    );
  } else if (!connection) {
    results = (
      <Group role="status" gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  } else {
    const organisations = connection.edges.map((edge) => edge.node);
    results = (
      <Stack gap="md" style={{ opacity: stale ? 0.6 : 1 }} aria-busy={loading}>
        <Text fw={500} role="status" data-testid="organisation-count">
          {t('network.total', { count: connection.totalCount })}
        </Text>
        {organisations.length === 0 ? (
          <Text>{t('network.empty')}</Text>
        ) : (
          <>
            <OrganisationTable organisations={organisations} caption={t('network.tableCaption')} />
            <Text size="sm" c="dimmed">
              {t('network.shown', { shown: organisations.length, total: connection.totalCount })}
            </Text>
          </>
        )}
        {error && <ErrorAlert error={error} />}
        {connection.pageInfo.hasNextPage && !stale && (
          <Group justify="center">
            <Button variant="light" onClick={() => void showMore()} loading={loadingMore}>
              {t('network.showMore')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <DirectoryFiltersForm filters={filters} onChange={applyFilters} />
      <section aria-label={t('network.resultsLabel')}>{results}</section>
    </Stack>
  );
}
