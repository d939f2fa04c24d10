import { act, renderHook, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { mockedApollo } from '../../../testing/mocked-apollo';
import { organisationsMock, organisationsPage } from '../../../testing/organisations';
import { OrganisationsQuery } from '../../network/graphql/network';
import { useConnection } from './useConnection';

const variables = { filter: { country: 'LV' }, first: 2 };

function useDirectory(vars: typeof variables = variables) {
  return useConnection(OrganisationsQuery, (data) => data.organisations, { variables: vars });
}

describe('useConnection', () => {
  it('asks for the page after the last cursor and shows it below the first', async () => {
    const apollo = mockedApollo([
      organisationsMock(variables, organisationsPage(['a', 'b'], { hasNextPage: true, totalCount: 3 })),
      organisationsMock({ ...variables, after: 'cursor-b' }, organisationsPage(['c'], { totalCount: 3 })),
    ]);
    const { result } = renderHook(() => useDirectory(), { wrapper: apollo.wrapper });

    await waitFor(() => expect(result.current.connection?.edges).toHaveLength(2));
    expect(result.current.hasMore).toBe(true);

    await act(() => result.current.showMore());

    await waitFor(() => expect(result.current.connection?.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c']));
    expect(apollo.sentAs('Organisations').map((r) => r.variables)).toEqual([
      variables,
      { ...variables, after: 'cursor-b' },
    ]);
    expect(result.current.hasMore).toBe(false);
    expect(result.current.loadingMore).toBe(false);
    expect(result.current.moreError).toBeNull();
  });

  it('keeps the pages shown when the next one fails, and says why', async () => {
    const apollo = mockedApollo([
      organisationsMock(variables, organisationsPage(['a', 'b'], { hasNextPage: true })),
      {
        request: { query: OrganisationsQuery, variables: { ...variables, after: 'cursor-b' } },
        result: { errors: [new GraphQLError('Not yours', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);
    const { result } = renderHook(() => useDirectory(), { wrapper: apollo.wrapper });
    await waitFor(() => expect(result.current.connection).not.toBeNull());

    await act(() => result.current.showMore());

    expect(result.current.moreError).toMatchObject({ code: 'FORBIDDEN' });
    expect(result.current.error).toBeNull();
    expect(result.current.connection?.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
  });

  it('shows the former list, marked stale, while new variables load', async () => {
    const other = { filter: { country: 'EE' }, first: 2 };
    const apollo = mockedApollo([
      organisationsMock(variables, organisationsPage(['a'])),
      { ...organisationsMock(other, organisationsPage(['e'])), delay: 30 },
    ]);
    const { result, rerender } = renderHook((vars: typeof variables) => useDirectory(vars), {
      wrapper: apollo.wrapper,
      initialProps: variables,
    });
    await waitFor(() => expect(result.current.connection?.edges).toHaveLength(1));

    rerender(other);

    expect(result.current.stale).toBe(true);
    expect(result.current.connection?.edges[0].node.id).toBe('a');
    await waitFor(() => expect(result.current.connection?.edges[0].node.id).toBe('e'));
    expect(result.current.stale).toBe(false);
  });
});
