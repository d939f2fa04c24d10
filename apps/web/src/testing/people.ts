import type { SessionPersonFragment } from '@tandem/web-graphql';
import type { SessionApi } from '../modules/session/session-context';

/** A tutor of a Latvian company, as the session knows them. */
export function sessionPerson(overrides: Partial<SessionPersonFragment> = {}): SessionPersonFragment {
  return {
    __typename: 'Person',
    id: 'person-1',
    displayName: 'Cara Company',
    givenName: 'Cara',
    familyName: 'Company',
    email: 'cara@example.org',
    preferredLanguage: 'lv',
    timeZone: null,
    roles: [
      {
        __typename: 'RoleGrant',
        id: 'grant-1',
        role: 'TUTOR',
        scopeKind: 'ORGANISATION',
        countryCode: 'LV',
        organisation: { __typename: 'OrganisationRef', id: 'org-1', name: 'Metāls SIA' },
      },
    ],
    ...overrides,
  };
}

/** A session nobody has signed in to yet, recording what the hooks do with it. */
export function signedOutSession() {
  return {
    session: { status: 'signedOut', reason: 'anonymous' } as const,
    signIn: vi.fn<SessionApi['signIn']>(),
    end: vi.fn<SessionApi['end']>(),
  } satisfies SessionApi;
}
