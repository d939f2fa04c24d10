import type { OrganisationFilter } from '@tandem/web-graphql';
import { OrganisationsQuery } from '../modules/network/graphql/network';

/** An organisation as the directory's query returns it. */
export function organisation(id: string) {
  return {
    __typename: 'Organisation' as const,
    id,
    name: `Organisation ${id}`,
    kind: 'COMPANY' as const,
    country: 'LV',
    city: 'Rīga',
    sector: null,
  };
}

/** One page of `organisations`: the edges of `ids`, their last cursor as endCursor. */
export function organisationsPage(ids: string[], { hasNextPage = false, totalCount = ids.length } = {}) {
  return {
    organisations: {
      __typename: 'OrganisationConnection' as const,
      totalCount,
      pageInfo: {
        __typename: 'PageInfo' as const,
        endCursor: ids.length ? `cursor-${ids[ids.length - 1]}` : null,
        hasNextPage,
      },
      edges: ids.map((id) => ({
        __typename: 'OrganisationEdge' as const,
        cursor: `cursor-${id}`,
        node: organisation(id),
      })),
    },
  };
}

/** The MockLink answer to the directory query for these variables. */
export function organisationsMock(
  variables: { filter: OrganisationFilter; first: number; after?: string },
  page: ReturnType<typeof organisationsPage>,
) {
  return { request: { query: OrganisationsQuery, variables }, result: { data: page } };
}
