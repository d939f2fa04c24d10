import type { ResourceFilter } from '@tandem/web-graphql';
import { useConnection } from '../../operations/hooks/useConnection';
import { ResourcesQuery } from '../graphql/toolbox';
import { toResourceFilter, toResourceSort, type ToolboxFilters } from '../toolbox-filters';

export const TOOLBOX_PAGE_SIZE = 20;

/** The published resources for the filters, "Show more" appending the next page. */
export function useToolbox(filters: ToolboxFilters) {
  return useConnection(ResourcesQuery, (data) => data.resources, {
    variables: { filter: toResourceFilter(filters), sort: toResourceSort(filters), first: TOOLBOX_PAGE_SIZE },
  });
}

const QUEUE_FILTER: ResourceFilter = { status: 'PROPOSED' };

/** The proposals the viewer may decide on (the API keeps a coordinator to their country). */
export function useReviewQueue() {
  return useConnection(ResourcesQuery, (data) => data.resources, {
    variables: { filter: QUEUE_FILTER, sort: 'NEWEST', first: TOOLBOX_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
}
