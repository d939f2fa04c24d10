import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../operations/components/PagedList';
import { directoryFiltersToParams, readDirectoryFilters, type DirectoryFilters } from '../directory-filters';
import { useOrganisationDirectory } from '../hooks/useOrganisationDirectory';
import { DirectoryFiltersForm } from './DirectoryFiltersForm';
import { OrganisationTable } from './OrganisationTable';

/** `/organisations?q=&country=&kind=&sector=`: the filters live in the address (links, back and forward). */
export function OrganisationDirectory() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readDirectoryFilters(params);
  const page = useOrganisationDirectory(filters);

  const applyFilters = (next: DirectoryFilters) => setParams(directoryFiltersToParams(next));

  return (
    <Stack gap="lg">
      <DirectoryFiltersForm filters={filters} onChange={applyFilters} />
      <section aria-label={t('network.resultsLabel')}>
        <PagedList page={page} showMoreLabel={t('network.showMore')} retryLabel={t('network.retry')}>
          {(connection) => {
            const organisations = connection.edges.map((edge) => edge.node);
            return (
              <>
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
              </>
            );
          }}
        </PagedList>
      </section>
    </Stack>
  );
}
