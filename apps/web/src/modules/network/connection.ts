/** The shape of a cursor connection as the API returns it (organisations, tandems). */
export interface Connection<Edge extends { cursor: string }> {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean; __typename?: 'PageInfo' };
  edges: Edge[];
}

/**
 * "Show more": the next page appended to the pages already shown. The page info and the total come
 * from the newest page; an edge the server sends again (a row added meanwhile shifted the pages)
 * is shown once.
 */
export function appendPage<Edge extends { cursor: string; node: { id: string } }, C extends Connection<Edge>>(
  previous: C,
  next: C,
): C {
  const seen = new Set(previous.edges.map((edge) => edge.node.id));
  return {
    ...next,
    edges: [...previous.edges, ...next.edges.filter((edge) => !seen.has(edge.node.id))],
  };
}
