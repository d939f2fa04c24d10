import { act, renderHook, waitFor } from '@testing-library/react';
import type { ResourceSummaryFragment } from '@tandem/web-graphql';
import { mockedApollo } from '../../../testing/mocked-apollo';
import { ResourcesQuery, ToolboxFilterOptionsQuery } from '../graphql/toolbox';
import { EMPTY_TOOLBOX_FILTERS } from '../toolbox-filters';
import { useToolbox } from './useToolbox';
import { useToolboxFilterOptions } from './useToolboxFilterOptions';

const resource = (id: string): ResourceSummaryFragment => ({
  __typename: 'Resource',
  id,
  kind: 'COLLABORATION_WAY',
  status: 'PUBLISHED',
  title: `Way ${id}`,
  summary: '',
  shownLanguage: 'en',
  languages: ['en', 'lv'],
  audience: [],
  countryCode: null,
  downloadCount: 0,
  createdAt: '2026-12-01T10:00:00.000Z',
  reviewReason: null,
  canReview: false,
});

const page = (ids: string[], hasNextPage: boolean) => ({
  resources: {
    __typename: 'ResourceConnection' as const,
    totalCount: 3,
    pageInfo: { __typename: 'PageInfo' as const, endCursor: `cursor-${ids.at(-1)}`, hasNextPage },
    edges: ids.map((id) => ({ __typename: 'ResourceEdge' as const, cursor: `cursor-${id}`, node: resource(id) })),
  },
});

describe('useToolbox', () => {
  it('orders a search by relevance and appends the next page on "Show more"', async () => {
    const variables = { filter: { search: 'uhine' }, sort: 'RELEVANCE' as const, first: 20 };
    const apollo = mockedApollo([
      { request: { query: ResourcesQuery, variables }, result: { data: page(['a', 'b'], true) } },
      {
        request: { query: ResourcesQuery, variables: { ...variables, after: 'cursor-b' } },
        result: { data: page(['c'], false) },
      },
    ]);
    const { result } = renderHook(() => useToolbox({ ...EMPTY_TOOLBOX_FILTERS, search: ' uhine ' }), {
      wrapper: apollo.wrapper,
    });
    await waitFor(() => expect(result.current.connection?.edges).toHaveLength(2));
    expect(result.current.hasMore).toBe(true);

    await act(() => result.current.showMore());

    await waitFor(() => expect(result.current.connection?.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c']));
    expect(result.current.hasMore).toBe(false);
  });
});

describe('useToolboxFilterOptions', () => {
  it('offers every competence and each module once, whatever its versions and languages', async () => {
    const module = (versionId: string, language: string) => ({
      __typename: 'Module' as const,
      id: 'm1',
      versionId,
      language,
      code: 'J1',
      title: 'Introduction to WBL',
    });
    const apollo = mockedApollo([
      {
        request: { query: ToolboxFilterOptionsQuery },
        result: {
          data: {
            competenceProfile: {
              __typename: 'CompetenceProfile',
              id: 'p1',
              areas: [
                {
                  __typename: 'CompetenceArea',
                  id: 'a1',
                  competences: [{ __typename: 'Competence', id: 'c1', code: 'A1', title: 'Planning' }],
                },
              ],
            },
            modules: [module('v1', 'en'), module('v2', 'en')],
          },
        },
      },
    ]);
    const { result } = renderHook(() => useToolboxFilterOptions(), { wrapper: apollo.wrapper });
    await waitFor(() => expect(result.current.modules).toHaveLength(1));
    expect(result.current.modules).toEqual([{ value: 'm1', label: 'J1 Introduction to WBL' }]);
    expect(result.current.competences).toEqual([{ value: 'c1', label: 'A1 Planning' }]);
  });
});
