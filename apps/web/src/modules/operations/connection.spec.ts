import { createCache } from '../../app/apollo';
import { organisationsPage } from '../../testing/organisations';
import { OrganisationsQuery } from '../network/graphql/network';

const FIRST_PAGE = { filter: {}, first: 2 };

function ids(cache: ReturnType<typeof createCache>, variables: { filter: object; first: number }) {
  return cache.readQuery({ query: OrganisationsQuery, variables })?.organisations.edges.map((e) => e.node.id);
}

describe('the cache of a paged connection', () => {
  it('appends the page after the cursor and takes its page info and total', () => {
    const cache = createCache();
    cache.writeQuery({
      query: OrganisationsQuery,
      variables: FIRST_PAGE,
      data: organisationsPage(['a', 'b'], { hasNextPage: true, totalCount: 5 }),
    });
    cache.writeQuery({
      query: OrganisationsQuery,
      variables: { ...FIRST_PAGE, after: 'cursor-b' },
      data: organisationsPage(['c', 'd'], { hasNextPage: false, totalCount: 4 }),
    });

    const list = cache.readQuery({ query: OrganisationsQuery, variables: FIRST_PAGE })?.organisations;
    expect(list?.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(list?.pageInfo).toEqual({ __typename: 'PageInfo', endCursor: 'cursor-d', hasNextPage: false });
    expect(list?.totalCount).toBe(4);
  });

  it('shows a row the server sends again only once', () => {
    const cache = createCache();
    cache.writeQuery({
      query: OrganisationsQuery,
      variables: FIRST_PAGE,
      data: organisationsPage(['a', 'b'], { hasNextPage: true }),
    });
    // A row added meanwhile: the next page repeats "b" under another cursor.
    const next = organisationsPage(['c'], { hasNextPage: false });
    next.organisations.edges.unshift({
      ...next.organisations.edges[0],
      cursor: 'cursor-b2',
      node: organisationsPage(['b']).organisations.edges[0].node,
    });
    cache.writeQuery({ query: OrganisationsQuery, variables: { ...FIRST_PAGE, after: 'cursor-b' }, data: next });

    expect(ids(cache, FIRST_PAGE)).toEqual(['a', 'b', 'c']);
  });

  it('starts the list again when the first page is read again (a refetch after a change)', () => {
    const cache = createCache();
    cache.writeQuery({
      query: OrganisationsQuery,
      variables: FIRST_PAGE,
      data: organisationsPage(['a', 'b'], { hasNextPage: true }),
    });
    cache.writeQuery({
      query: OrganisationsQuery,
      variables: { ...FIRST_PAGE, after: 'cursor-b' },
      data: organisationsPage(['c']),
    });
    cache.writeQuery({
      query: OrganisationsQuery,
      variables: FIRST_PAGE,
      data: organisationsPage(['z', 'a'], { hasNextPage: true }),
    });

    expect(ids(cache, FIRST_PAGE)).toEqual(['z', 'a']);
  });

  it('keeps the lists of other filters and page sizes apart', () => {
    const cache = createCache();
    cache.writeQuery({ query: OrganisationsQuery, variables: FIRST_PAGE, data: organisationsPage(['a', 'b']) });
    cache.writeQuery({
      query: OrganisationsQuery,
      variables: { filter: { country: 'EE' }, first: 2 },
      data: organisationsPage(['e']),
    });
    cache.writeQuery({
      query: OrganisationsQuery,
      variables: { filter: {}, first: 50 },
      data: organisationsPage(['x']),
    });

    expect(ids(cache, FIRST_PAGE)).toEqual(['a', 'b']);
    expect(ids(cache, { filter: { country: 'EE' }, first: 2 })).toEqual(['e']);
    expect(ids(cache, { filter: {}, first: 50 })).toEqual(['x']);
  });
});
