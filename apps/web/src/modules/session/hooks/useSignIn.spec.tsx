import { act, renderHook } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { mockedApollo } from '../../../testing/mocked-apollo';
import { sessionPerson, signedOutSession } from '../../../testing/people';
import { LoginMutation } from '../graphql/session';
import { useSignIn } from './useSignIn';

const login = (email: string) => ({ query: LoginMutation, variables: { input: { email, password: 'correct horse' } } });

describe('useSignIn', () => {
  it('signs in with the address trimmed and hands the person to the session', async () => {
    const session = signedOutSession();
    const apollo = mockedApollo(
      [{ request: login('cara@example.org'), result: { data: { login: sessionPerson() } } }],
      {
        session,
      },
    );
    const { result } = renderHook(() => useSignIn(), { wrapper: apollo.wrapper });

    let outcome: Awaited<ReturnType<typeof result.current.login>> | undefined;
    await act(async () => {
      outcome = await result.current.login('  cara@example.org ', 'correct horse');
    });

    expect(outcome?.error).toBeNull();
    expect(session.signIn).toHaveBeenCalledWith(expect.objectContaining({ id: 'person-1', preferredLanguage: 'lv' }));
  });

  it('answers a wrong password as UNAUTHENTICATED and keeps the session signed out', async () => {
    const session = signedOutSession();
    const apollo = mockedApollo(
      [
        {
          request: login('cara@example.org'),
          result: {
            errors: [new GraphQLError('Wrong e-mail or password.', { extensions: { code: 'UNAUTHENTICATED' } })],
          },
        },
      ],
      { session },
    );
    const { result } = renderHook(() => useSignIn(), { wrapper: apollo.wrapper });

    let outcome: Awaited<ReturnType<typeof result.current.login>> | undefined;
    await act(async () => {
      outcome = await result.current.login('cara@example.org', 'correct horse');
    });

    expect(outcome?.error).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(session.signIn).not.toHaveBeenCalled();
  });
});
