import { act, renderHook } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { mockedApollo } from '../../../testing/mocked-apollo';
import { ReinstateTutorMutation, WithdrawTutorMutation } from '../graphql/completion';
import { useWithdrawTutor } from './useWithdrawTutor';

describe('useWithdrawTutor', () => {
  it('records the withdrawal with its reason for the tutor of the edition', async () => {
    const apollo = mockedApollo([
      {
        request: {
          query: WithdrawTutorMutation,
          variables: { input: { editionId: 'edition-1', personId: 'person-1', reason: 'Changed employer' } },
        },
        result: { data: { withdrawTutor: { __typename: 'TutorProgress', personId: 'person-1', status: 'WITHDRAWN' } } },
      },
    ]);
    const { result } = renderHook(() => useWithdrawTutor('edition-1', 'person-1'), { wrapper: apollo.wrapper });

    let done = false;
    await act(async () => {
      done = await result.current.withdraw('Changed employer');
    });

    expect(done).toBe(true);
    expect(apollo.sentAs('WithdrawTutor')).toHaveLength(1);
  });

  it('keeps a refused reinstatement as the failure shown', async () => {
    const apollo = mockedApollo([
      {
        request: {
          query: ReinstateTutorMutation,
          variables: { input: { editionId: 'edition-1', personId: 'person-1' } },
        },
        result: { errors: [new GraphQLError('Not yours.', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);
    const { result } = renderHook(() => useWithdrawTutor('edition-1', 'person-1'), { wrapper: apollo.wrapper });

    await act(async () => {
      expect(await result.current.reinstate()).toBe(false);
    });
    expect(result.current.failure).toMatchObject({ code: 'FORBIDDEN' });
  });
});
