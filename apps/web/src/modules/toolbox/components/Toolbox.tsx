import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../operations/components/PagedList';
import { useToolbox } from '../hooks/useToolbox';
import { readToolboxFilters, toolboxFiltersToParams, type ToolboxFilters } from '../toolbox-filters';
import { ResourceList } from './ResourceList';
import { ToolboxFiltersForm } from './ToolboxFiltersForm';

/** `/toolbox?q=&kind=&language=&audience=&sort=`: the filters live in the address (links, back and forward). */
export function Toolbox() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readToolboxFilters(params);
  const page = useToolbox(filters);
  const applyFilters = (next: ToolboxFilters) => setParams(toolboxFiltersToParams(next));

  return (
    <Stack gap="lg">
      <ToolboxFiltersForm filters={filters} onChange={applyFilters} />
      <section aria-label={t('toolbox.resources.resultsLabel')}>
        <PagedList page={page} showMoreLabel={t('toolbox.resources.showMore')} retryLabel={t('toolbox.retry')}>
          {(connection) => {
            const resources = connection.edges.map((edge) => edge.node);
            return (
              <>
                <Text fw={500} role="status" data-testid="resource-count">
                  {t('toolbox.resources.total', { count: connection.totalCount })}
                </Text>
                {resources.length === 0 ? (
                  <Text>{t('toolbox.resources.empty')}</Text>
                ) : (
                  <>
                    <ResourceList resources={resources} />
                    <Text size="sm" c="dimmed">
                      {t('toolbox.resources.shown', { shown: resources.length, total: connection.totalCount })}
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
