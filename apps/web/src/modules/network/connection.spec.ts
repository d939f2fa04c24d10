import { appendPage } from './connection';

const edge = (id: string) => ({ cursor: `c-${id}`, node: { id } });
const page = (ids: string[], hasNextPage: boolean, totalCount = 5) => ({
  totalCount,
  pageInfo: { endCursor: ids.length ? `c-${ids[ids.length - 1]}` : null, hasNextPage },
  edges: ids.map(edge),
});

describe('"Show more"', () => {
  it('appends the next page and takes its page info and total', () => {
    const merged = appendPage(page(['a', 'b'], true), page(['c', 'd'], false, 4));
    expect(merged.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.pageInfo).toEqual({ endCursor: 'c-d', hasNextPage: false });
    expect(merged.totalCount).toBe(4);
  });

  it('shows a row the server sends again only once', () => {
    const merged = appendPage(page(['a', 'b'], true), page(['b', 'c'], false));
    expect(merged.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c']);
  });
});
