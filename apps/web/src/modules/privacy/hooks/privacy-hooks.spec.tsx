import { act, renderHook } from '@testing-library/react';
import { CONSENT_PURPOSES } from '@tandem/shared-domain';
import { GraphQLError } from 'graphql';
import { mockedApollo } from '../../../testing/mocked-apollo';
import { SetConsentsMutation } from '../graphql/privacy';
import { useSetConsents } from './useSetConsents';

const answer = (granted: ReadonlySet<string>) =>
  CONSENT_PURPOSES.map((purpose) => ({
    __typename: 'Consent' as const,
    purpose,
    granted: granted.has(purpose),
    answered: true,
    changedAt: '2026-12-02T10:00:00.000Z',
  }));

describe('useSetConsents', () => {
  it('sends a decision for every purpose, refused unless ticked', async () => {
    const ticked = new Set(['PARTNER_SUGGESTIONS'] as const);
    const consents = CONSENT_PURPOSES.map((purpose) => ({ purpose, granted: ticked.has(purpose as never) }));
    const apollo = mockedApollo([
      {
        request: { query: SetConsentsMutation, variables: { input: { consents } } },
        result: { data: { setConsents: answer(ticked) } },
      },
    ]);
    const { result } = renderHook(() => useSetConsents(), { wrapper: apollo.wrapper });
    let saved: boolean | undefined;
    await act(async () => {
      saved = await result.current.save(ticked, CONSENT_PURPOSES);
    });
    expect(saved).toBe(true);
    expect(apollo.sentAs('SetConsents')[0].variables).toEqual({ input: { consents } });
  });

  it('keeps a refusal as the failure and answers false', async () => {
    const consents = CONSENT_PURPOSES.map((purpose) => ({ purpose, granted: false }));
    const apollo = mockedApollo([
      {
        request: { query: SetConsentsMutation, variables: { input: { consents } } },
        result: { errors: [new GraphQLError('No.', { extensions: { code: 'VALIDATION_FAILED' } })] },
      },
    ]);
    const { result } = renderHook(() => useSetConsents(), { wrapper: apollo.wrapper });
    let saved: boolean | undefined;
    await act(async () => {
      saved = await result.current.save(new Set(), CONSENT_PURPOSES);
    });
    expect(saved).toBe(false);
    expect(result.current.failure).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
