import type { Role } from '@tandem/shared-domain';
import { createHash, randomBytes } from 'node:crypto';
import { givenOrganisation } from './factories/network';
import { givenPerson, type GivenPerson } from './factories/people';
import { GqlClient } from './gql-client';
import type { TestApp } from './test-app';

/** A client signed in as a person the test created: their id and e-mail travel with it. */
export class SignedInClient extends GqlClient {
  constructor(
    baseUrl: string,
    readonly personId: string,
    readonly email: string,
  ) {
    super(baseUrl);
  }
}

/** Signs a person in without a password round-trip (argon2 for many people would take minutes). */
export async function signInAsPerson(t: TestApp, person: Pick<GivenPerson, 'id' | 'email'>): Promise<SignedInClient> {
  const token = randomBytes(32).toString('base64url');
  await t.db.query(
    `INSERT INTO session (token_hash, person_id, last_seen_at, expires_at, absolute_expires_at)
     VALUES ($1, $2, now(), now() + interval '1 day', now() + interval '2 days')`,
    [createHash('sha256').update(token).digest('hex'), person.id],
  );
  const fastify = t.app.getHttpAdapter().getInstance() as { signCookie(value: string): string };
  const client = new SignedInClient(t.baseUrl, person.id, person.email);
  client.cookie = `tandem_session=${fastify.signCookie(token)}`;
  return client;
}

export interface SignInScope {
  countryCode?: string;
  organisationId?: string;
}

/**
 * A new person holding `role` (in the country or organisation of `scope`; ADMIN, RESEARCHER and a
 * scope-less OBSERVER programme-wide, TUTOR for themselves), signed in.
 */
export async function signInAs(
  t: TestApp,
  role: Role,
  scope: SignInScope = {},
  person: { givenName?: string; familyName?: string; preferredLanguage?: string } = {},
): Promise<SignedInClient> {
  const created = await givenPerson(t.db, { grants: [{ role, ...scope }], ...person });
  return signInAsPerson(t, created);
}

export interface CastMember extends SignInScope {
  role: Role;
  /** For a MANAGER: their grant is in a new organisation of this country. */
  organisationIn?: string;
  givenName?: string;
  familyName?: string;
  preferredLanguage?: string;
}

/**
 * The named people of a spec, each created and signed in on first use and the same client after:
 * `const as = cast(() => t, { admin: { role: 'ADMIN' }, 'coordinator.ee': { role: 'COORDINATOR', countryCode: 'EE' } })`,
 * then `(await as('admin')).request(…)`.
 */
export function cast<K extends string>(
  app: () => TestApp,
  members: Record<K, CastMember>,
): (who: K) => Promise<SignedInClient> {
  const clients = new Map<K, Promise<SignedInClient>>();
  return (who) => {
    let client = clients.get(who);
    if (!client) {
      const { role, givenName, familyName, preferredLanguage, organisationIn, ...scope } = members[who];
      const t = app();
      client = (async () => {
        const organisationId = organisationIn
          ? (await givenOrganisation(t.db, { countryCode: organisationIn })).id
          : scope.organisationId;
        return signInAs(t, role, { ...scope, organisationId }, { givenName, familyName, preferredLanguage });
      })();
      clients.set(who, client);
    }
    return client;
  };
}
