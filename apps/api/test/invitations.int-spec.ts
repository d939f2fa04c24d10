import { AuditEvent } from '../src/audit/audit-event.entity';
import { PasswordHasher } from '../src/auth/password-hasher';
import { AccountToken } from '../src/modules/invitations/account-token.entity';
import { OutboxMessage } from '../src/modules/mail/outbox-message.entity';
import { Person } from '../src/modules/people/person.entity';
import { RoleGrant } from '../src/modules/people/role-grant.entity';
import { TutorProfile } from '../src/modules/people/tutor-profile.entity';
import { createOrganisation, createPerson, TEST_PASSWORD } from './support/fixtures';
import { errorCode, GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const INVITE = `mutation Invite($input: InvitePersonInput!) { invitePerson(input: $input) { id email roles { role scopeKind countryCode } } }`;
const INVITATION = `query Invitation($token: String!) { invitation(token: $token) { email givenName invitedBy expired used } }`;
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id email preferredLanguage } }`;
const REQUEST_RESET = `mutation Req($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const GRANT = `mutation Grant($input: GrantRoleInput!) { grantRole(input: $input) { id roles { role scopeKind countryCode } } }`;
const REVOKE = `mutation Revoke($grantId: String!) { revokeRole(grantId: $grantId) { id roles { role } } }`;
const NEW_PASSWORD = 'a long new password 42';

let seq = 0;
const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${++seq}@test.example`;

describe('invitations, password reset and role grants', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://tandem.test' });
  });
  afterAll(() => t.close());

  async function signedIn(grants: Parameters<typeof createPerson>[1]) {
    const person = await createPerson(t.db, grants);
    const client = new GqlClient(t.baseUrl);
    await client.login(person.email, TEST_PASSWORD);
    return { person, client };
  }

  /**
   * The link's token, as the recipient reads it in the mail (reset links are mailed just after the
   * answer: wait for one other than `previous`).
   */
  async function tokenMailedTo(
    email: string,
    path: 'invitation' | 'reset-password',
    previous?: string,
  ): Promise<string> {
    const latest = async () => {
      const messages = await t.db
        .getRepository(OutboxMessage)
        .find({ where: { recipientEmail: email }, order: { createdAt: 'DESC' } });
      const token = messages[0]?.textBody.match(new RegExp(`https://tandem\\.test/${path}/([\\w-]+)`))?.[1];
      return token !== previous ? token : undefined;
    };
    return waitFor(latest, 5000, 20).catch(() => {
      throw new Error(`no ${path} mail to ${email}`);
    });
  }

  const invite = (client: GqlClient, input: Record<string, unknown>) =>
    client.request<{ invitePerson: { id: string; email: string; roles: unknown[] } }>(INVITE, {
      input: { givenName: 'Liis', familyName: 'Tamm', preferredLanguage: 'et', ...input },
    });

  async function invited(input: Record<string, unknown> = {}) {
    const { client } = await signedIn([{ role: 'ADMIN' }]);
    const email = uniqueEmail('invitee');
    const res = await invite(client, { email, role: 'TRAINER', countryCode: 'EE', ...input });
    expect(res.errors).toBeUndefined();
    return { email, personId: res.data!.invitePerson.id, token: await tokenMailedTo(email, 'invitation') };
  }

  it('lets a coordinator invite a trainer of their country, mails the link in the invitee language and audits it', async () => {
    const { person: coordinator, client } = await signedIn([{ role: 'COORDINATOR', countryCode: 'EE' }]);
    const email = uniqueEmail('Trainer').toUpperCase();
    const res = await invite(client, { email, role: 'TRAINER', countryCode: 'EE', preferredLanguage: 'lv' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.invitePerson).toMatchObject({
      email: email.toLowerCase(),
      roles: [{ role: 'TRAINER', scopeKind: 'COUNTRY', countryCode: 'EE' }],
    });
    const mail = await t.db.getRepository(OutboxMessage).findOneByOrFail({ recipientEmail: email.toLowerCase() });
    expect(mail).toMatchObject({ kind: 'INVITATION', language: 'lv', subject: 'Ielūgums uz Tandem', status: 'QUEUED' });
    expect(mail.textBody).toMatch(/https:\/\/tandem\.test\/invitation\/[\w-]{43}/);
    const token = await tokenMailedTo(email.toLowerCase(), 'invitation');
    // Only the hash is stored.
    expect(await t.db.getRepository(AccountToken).countBy({ tokenHash: token })).toBe(0);
    const stored = await t.db.getRepository(AccountToken).findOneByOrFail({ personId: res.data!.invitePerson.id });
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86400_000);
    expect(
      await t.db.getRepository(AuditEvent).countBy({ actorPersonId: coordinator.id, operation: 'invitePerson' }),
    ).toBe(1);
  });

  it.each([
    ['a trainer of another country', { role: 'TRAINER', countryCode: 'LV' }],
    ['an admin', { role: 'ADMIN' }],
    ['a researcher', { role: 'RESEARCHER' }],
    ['a programme-wide observer', { role: 'OBSERVER' }],
  ])('refuses a coordinator of EE inviting %s (FORBIDDEN) and changes nothing', async (_label, input) => {
    const { client } = await signedIn([{ role: 'COORDINATOR', countryCode: 'EE' }]);
    const email = uniqueEmail('refused');
    expect(errorCode(await invite(client, { email, ...input }))).toBe('FORBIDDEN');
    expect(await t.db.getRepository(Person).countBy({ email })).toBe(0);
    expect(await t.db.getRepository(OutboxMessage).countBy({ recipientEmail: email })).toBe(0);
  });

  it('refuses a coordinator of EE inviting a manager or tutor of an LV organisation', async () => {
    const lvOrg = await createOrganisation(t.db, 'LV');
    const { client } = await signedIn([{ role: 'COORDINATOR', countryCode: 'EE' }]);
    expect(
      errorCode(await invite(client, { email: uniqueEmail('m'), role: 'MANAGER', organisationId: lvOrg.id })),
    ).toBe('FORBIDDEN');
    expect(errorCode(await invite(client, { email: uniqueEmail('t'), role: 'TUTOR', organisationId: lvOrg.id }))).toBe(
      'FORBIDDEN',
    );
  });

  it('invites a tutor with a profile at their employer', async () => {
    const eeOrg = await createOrganisation(t.db, 'EE');
    const { client } = await signedIn([{ role: 'COORDINATOR', countryCode: 'EE' }]);
    const res = await invite(client, { email: uniqueEmail('tutor'), role: 'TUTOR', organisationId: eeOrg.id });
    expect(res.data?.invitePerson.roles).toEqual([{ role: 'TUTOR', scopeKind: 'SELF', countryCode: null }]);
    expect(
      await t.db.getRepository(TutorProfile).findOneByOrFail({ personId: res.data!.invitePerson.id }),
    ).toMatchObject({ side: 'COMPANY', organisationId: eeOrg.id });
  });

  it('refuses invitations from tutors and names missing scope fields', async () => {
    const { client: tutor } = await signedIn([{ role: 'TUTOR' }]);
    expect(errorCode(await invite(tutor, { email: uniqueEmail('x'), role: 'TRAINER', countryCode: 'EE' }))).toBe(
      'FORBIDDEN',
    );
    const { client: admin } = await signedIn([{ role: 'ADMIN' }]);
    const res = await invite(admin, { email: uniqueEmail('x'), role: 'COORDINATOR' });
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect(res.errors![0].extensions['fields']).toEqual([
      expect.objectContaining({ field: 'countryCode', message: 'is required for the role COORDINATOR' }),
    ]);
  });

  it('refuses to invite someone who already has an account (CONFLICT)', async () => {
    const existing = await createPerson(t.db);
    const { client } = await signedIn([{ role: 'ADMIN' }]);
    expect(errorCode(await invite(client, { email: existing.email, role: 'TRAINER', countryCode: 'EE' }))).toBe(
      'CONFLICT',
    );
  });

  it('shows the invitation on its public page', async () => {
    const { email, token } = await invited();
    const res = await new GqlClient(t.baseUrl).request(INVITATION, { token });
    expect(res.data?.invitation).toEqual({
      email,
      givenName: 'Liis',
      invitedBy: 'Test Person',
      expired: false,
      used: false,
    });
    expect(errorCode(await new GqlClient(t.baseUrl).request(INVITATION, { token: 'x'.repeat(43) }))).toBe('NOT_FOUND');
  });

  it('accepts once: sets password, language and consent, signs in; a reused link is INVITATION_USED', async () => {
    const { email, personId, token } = await invited();
    const anonymous = new GqlClient(t.baseUrl);
    const res = await anonymous.request(ACCEPT, {
      input: { token, password: NEW_PASSWORD, preferredLanguage: 'ru', researchConsent: true },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.acceptInvitation).toEqual({ id: personId, email, preferredLanguage: 'ru' });
    expect(anonymous.cookie).not.toBeNull();
    expect((await anonymous.request<{ me: { id: string } }>(`{ me { id } }`)).data?.me.id).toBe(personId);
    const person = await t.db.getRepository(Person).findOneByOrFail({ id: personId });
    expect(person).toMatchObject({ preferredLanguage: 'ru' });
    const consents: { granted: boolean }[] = await t.db.query(
      `SELECT granted FROM consent_event WHERE person_id = $1 AND purpose = 'RESEARCH'`,
      [personId],
    );
    expect(consents).toEqual([{ granted: true }]);
    expect(person.privacyNoticeAcceptedAt).toBeInstanceOf(Date);
    expect((await new GqlClient(t.baseUrl).login(email, NEW_PASSWORD)).errors).toBeUndefined();

    const again = new GqlClient(t.baseUrl);
    const reused = await again.request(ACCEPT, {
      input: { token, password: 'another password 123', preferredLanguage: 'en', researchConsent: false },
    });
    expect(errorCode(reused)).toBe('INVITATION_USED');
    expect(again.cookie).toBeNull();
    expect(await t.db.getRepository(Person).findOneByOrFail({ id: personId })).toMatchObject({
      preferredLanguage: 'ru',
    });
    const [{ n }]: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM consent_event WHERE person_id = $1`,
      [personId],
    );
    expect(n).toBe(1);
    expect((await new GqlClient(t.baseUrl).login(email, NEW_PASSWORD)).errors).toBeUndefined();
    expect((await new GqlClient(t.baseUrl).request(INVITATION, { token })).data?.invitation).toMatchObject({
      used: true,
    });
  });

  it('lets exactly one of two simultaneous accepts win', async () => {
    const { token } = await invited();
    const accept = () =>
      new GqlClient(t.baseUrl).request(ACCEPT, {
        input: { token, password: NEW_PASSWORD, preferredLanguage: 'en', researchConsent: false },
      });
    const results = await Promise.all([accept(), accept(), accept()]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'INVITATION_USED')).toHaveLength(2);
  });

  it('refuses an expired invitation with INVITATION_EXPIRED and changes nothing', async () => {
    const { personId, token } = await invited();
    await t.db.query(`UPDATE account_token SET expires_at = now() - interval '1 minute' WHERE person_id = $1`, [
      personId,
    ]);
    const client = new GqlClient(t.baseUrl);
    expect(
      errorCode(
        await client.request(ACCEPT, {
          input: { token, password: NEW_PASSWORD, preferredLanguage: 'en', researchConsent: true },
        }),
      ),
    ).toBe('INVITATION_EXPIRED');
    expect(client.cookie).toBeNull();
    const person = await t.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .addSelect('p.passwordHash')
      .where('p.id = :personId', { personId })
      .getOneOrFail();
    expect(person).toMatchObject({ passwordHash: null });
    expect(await t.db.query(`SELECT 1 FROM consent_event WHERE person_id = $1`, [personId])).toEqual([]);
    expect((await t.db.getRepository(AccountToken).findOneByOrFail({ personId })).usedAt).toBeNull();
    expect((await client.request(INVITATION, { token })).data?.invitation).toMatchObject({
      expired: true,
      used: false,
    });
  });

  it('refuses a weak password with VALIDATION_FAILED and leaves the link usable', async () => {
    const { personId, token } = await invited();
    const res = await new GqlClient(t.baseUrl).request(ACCEPT, {
      input: { token, password: 'short', preferredLanguage: 'en', researchConsent: true },
    });
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect(res.errors![0].extensions['fields']).toEqual([expect.objectContaining({ field: 'password' })]);
    expect((await t.db.getRepository(AccountToken).findOneByOrFail({ personId })).usedAt).toBeNull();
    const ok = await new GqlClient(t.baseUrl).request(ACCEPT, {
      input: { token, password: NEW_PASSWORD, preferredLanguage: 'en', researchConsent: false },
    });
    expect(ok.errors).toBeUndefined();
  });

  it('re-inviting someone who has not accepted sends a new link and retires the old one', async () => {
    const { email, token: first } = await invited();
    const { client } = await signedIn([{ role: 'ADMIN' }]);
    expect((await invite(client, { email, role: 'TRAINER', countryCode: 'EE' })).errors).toBeUndefined();
    const second = await tokenMailedTo(email, 'invitation');
    expect(second).not.toBe(first);
    expect(
      errorCode(
        await new GqlClient(t.baseUrl).request(ACCEPT, {
          input: { token: first, password: NEW_PASSWORD, preferredLanguage: 'en', researchConsent: false },
        }),
      ),
    ).toBe('INVITATION_EXPIRED');
    expect(
      (
        await new GqlClient(t.baseUrl).request(ACCEPT, {
          input: { token: second, password: NEW_PASSWORD, preferredLanguage: 'en', researchConsent: false },
        })
      ).errors,
    ).toBeUndefined();
  });

  describe('password reset', () => {
    it('answers true for known and unknown e-mails alike, and mails only the known one', async () => {
      const person = await createPerson(t.db, [], { preferredLanguage: 'lt' });
      const client = new GqlClient(t.baseUrl);
      const unknown = uniqueEmail('nobody');
      const a = await client.request(REQUEST_RESET, { email: person.email });
      const b = await client.request(REQUEST_RESET, { email: unknown });
      expect(a).toEqual({ status: 200, data: { requestPasswordReset: true }, errors: undefined });
      expect(b).toEqual(a);
      expect(await t.db.getRepository(OutboxMessage).countBy({ recipientEmail: unknown })).toBe(0);
      const mail = await waitFor(() => t.db.getRepository(OutboxMessage).findOneBy({ recipientEmail: person.email }));
      expect(await t.db.getRepository(OutboxMessage).countBy({ recipientEmail: unknown })).toBe(0);
      expect(mail).toMatchObject({ kind: 'PASSWORD_RESET', language: 'lt', subject: 'Tandem slaptažodžio atkūrimas' });
      const stored = await t.db
        .getRepository(AccountToken)
        .findOneByOrFail({ personId: person.id, purpose: 'PASSWORD_RESET' });
      expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    });

    it('throttles requests per e-mail the same way whether the account exists or not', async () => {
      const person = await createPerson(t.db);
      const unknown = uniqueEmail('ghost');
      for (const email of [person.email, unknown]) {
        const client = new GqlClient(t.baseUrl);
        const codes = [];
        for (let i = 0; i < 7; i++) codes.push(errorCode(await client.request(REQUEST_RESET, { email })) ?? 'OK');
        expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
      }
      // Reset requests do not count as failed sign-ins.
      expect((await new GqlClient(t.baseUrl).login(person.email, TEST_PASSWORD)).errors).toBeUndefined();
    });

    it('sets a new password once, ends all sessions; reused → PASSWORD_RESET_USED, expired → PASSWORD_RESET_EXPIRED', async () => {
      const person = await createPerson(t.db);
      const session = new GqlClient(t.baseUrl);
      await session.login(person.email, TEST_PASSWORD);
      await new GqlClient(t.baseUrl).request(REQUEST_RESET, { email: person.email });
      const token = await tokenMailedTo(person.email, 'reset-password');

      expect(errorCode(await new GqlClient(t.baseUrl).request(RESET, { input: { token, password: 'short' } }))).toBe(
        'VALIDATION_FAILED',
      );
      expect(
        (await new GqlClient(t.baseUrl).request(RESET, { input: { token, password: NEW_PASSWORD } })).data,
      ).toEqual({ resetPassword: true });
      expect(errorCode(await session.request(`{ me { id } }`))).toBe('UNAUTHENTICATED');
      expect((await new GqlClient(t.baseUrl).login(person.email, NEW_PASSWORD)).errors).toBeUndefined();
      expect(
        errorCode(
          await new GqlClient(t.baseUrl).request(RESET, { input: { token, password: 'yet another password' } }),
        ),
      ).toBe('PASSWORD_RESET_USED');

      await new GqlClient(t.baseUrl).request(REQUEST_RESET, { email: person.email });
      const second = await tokenMailedTo(person.email, 'reset-password', token);
      await t.db.query(
        `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE person_id = $1 AND used_at IS NULL`,
        [person.id],
      );
      expect(
        errorCode(
          await new GqlClient(t.baseUrl).request(RESET, { input: { token: second, password: 'yet another password' } }),
        ),
      ).toBe('PASSWORD_RESET_EXPIRED');
      expect((await new GqlClient(t.baseUrl).login(person.email, NEW_PASSWORD)).errors).toBeUndefined();
      // An invitation token is not a reset token.
      const { token: invitationToken } = await invited();
      expect(
        errorCode(
          await new GqlClient(t.baseUrl).request(RESET, { input: { token: invitationToken, password: NEW_PASSWORD } }),
        ),
      ).toBe('NOT_FOUND');
    });
    it('checks the token before hashing the new password: bogus tokens cost no argon2 time, and an address sending many is refused', async () => {
      const hasher = t.app.get(PasswordHasher);
      const hash = jest.spyOn(hasher, 'hash');
      try {
        const attacker = new GqlClient(t.baseUrl);
        const bogus = (i: number) => ({ token: `bogus-token-${i}-${'x'.repeat(30)}`, password: NEW_PASSWORD });
        const codes: string[] = [];
        for (let i = 0; i < 20; i++) {
          codes.push(errorCode(await attacker.request(RESET, { input: bogus(i) }))!);
          codes.push(
            errorCode(
              await attacker.request(ACCEPT, {
                input: { ...bogus(i), preferredLanguage: 'en', researchConsent: false },
              }),
            )!,
          );
        }
        expect(hash).not.toHaveBeenCalled();
        expect(codes.slice(0, 20).every((c) => c === 'NOT_FOUND')).toBe(true);
        expect(codes.slice(20).every((c) => c === 'TOO_MANY_ATTEMPTS')).toBe(true);
        // Another address, with a real token, goes through.
        const { token } = await invited();
        const ok = await new GqlClient(t.baseUrl).request(ACCEPT, {
          input: { token, password: NEW_PASSWORD, preferredLanguage: 'en', researchConsent: true },
        });
        expect(ok.errors).toBeUndefined();
        expect(hash).toHaveBeenCalledTimes(1);
      } finally {
        hash.mockRestore();
      }
    });

    it('answers a reset request as fast for an unknown e-mail as for a known one', async () => {
      const known = await Promise.all(Array.from({ length: 30 }, () => createPerson(t.db)));
      const timeOf = async (email: string) => {
        const started = performance.now();
        const res = await new GqlClient(t.baseUrl).request(REQUEST_RESET, { email });
        expect(res.data).toEqual({ requestPasswordReset: true });
        const ms = performance.now() - started;
        // let the link mailed after the answer finish, so it does not slow the next measurement
        await new Promise((r) => setTimeout(r, 30));
        return ms;
      };
      const knownMs: number[] = [];
      const unknownMs: number[] = [];
      for (const person of known) {
        knownMs.push(await timeOf(person.email));
        unknownMs.push(await timeOf(uniqueEmail('unknown')));
      }
      const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      // Before the answer both paths do the same work (count the request); the link is mailed after it.
      expect(Math.abs(p50(knownMs) - p50(unknownMs))).toBeLessThan(Math.max(3, p50(unknownMs) * 0.3));
      await waitFor(async () => (await t.db.getRepository(OutboxMessage).countBy({ kind: 'PASSWORD_RESET' })) >= 30);
    });
  });

  describe('role grants', () => {
    it('lets a coordinator grant and revoke roles of their country, and audits both', async () => {
      const { person: coordinator, client } = await signedIn([{ role: 'COORDINATOR', countryCode: 'EE' }]);
      const target = await createPerson(t.db);
      const granted = await client.request<{ grantRole: { roles: { role: string }[] } }>(GRANT, {
        input: { personId: target.id, role: 'TRAINER', countryCode: 'EE' },
      });
      expect(granted.data?.grantRole.roles).toEqual([{ role: 'TRAINER', scopeKind: 'COUNTRY', countryCode: 'EE' }]);
      expect(
        errorCode(await client.request(GRANT, { input: { personId: target.id, role: 'TRAINER', countryCode: 'EE' } })),
      ).toBe('CONFLICT');
      const grant = await t.db.getRepository(RoleGrant).findOneByOrFail({ personId: target.id });
      expect((await client.request(REVOKE, { grantId: grant.id })).data).toEqual({
        revokeRole: { id: target.id, roles: [] },
      });
      const ops = await t.db.getRepository(AuditEvent).findBy({ actorPersonId: coordinator.id, targetId: target.id });
      expect(ops.map((o) => o.operation).sort()).toEqual(['grantRole', 'revokeRole']);
    });

    it('refuses a coordinator of EE granting ADMIN or LV roles, or revoking LV grants', async () => {
      const { client } = await signedIn([{ role: 'COORDINATOR', countryCode: 'EE' }]);
      const target = await createPerson(t.db, [{ role: 'TRAINER', countryCode: 'LV' }]);
      expect(errorCode(await client.request(GRANT, { input: { personId: target.id, role: 'ADMIN' } }))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(
          await client.request(GRANT, { input: { personId: target.id, role: 'COORDINATOR', countryCode: 'LV' } }),
        ),
      ).toBe('FORBIDDEN');
      const lvGrant = await t.db.getRepository(RoleGrant).findOneByOrFail({ personId: target.id });
      expect(errorCode(await client.request(REVOKE, { grantId: lvGrant.id }))).toBe('FORBIDDEN');
      expect(await t.db.getRepository(RoleGrant).countBy({ personId: target.id })).toBe(1);
    });

    it('keeps at least one ADMIN', async () => {
      await t.db.query(`DELETE FROM role_grant WHERE role = 'ADMIN'`);
      const { person, client } = await signedIn([{ role: 'ADMIN' }]);
      const own = await t.db.getRepository(RoleGrant).findOneByOrFail({ personId: person.id, role: 'ADMIN' });
      expect(errorCode(await client.request(REVOKE, { grantId: own.id }))).toBe('CONFLICT');
    });
  });
});
