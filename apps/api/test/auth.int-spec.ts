import { AuditEvent } from '../src/audit/audit-event.entity';
import { Session } from '../src/auth/session.entity';
import { Person } from '../src/modules/people/person.entity';
import { createPerson, TEST_PASSWORD } from './support/fixtures';
import { errorCode, GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';

const ME = `{ me { id email roles { role scopeKind countryCode } } }`;

describe('sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with the right password, sets an httpOnly session cookie and answers me', async () => {
    const person = await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'LV' }]);
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(input: { email: "${person.email}", password: "${TEST_PASSWORD}" }) { email } }`,
      }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tandem_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const client = new GqlClient(t.baseUrl);
    client.cookie = cookie!.split(';')[0];
    const me = await client.request<{ me: { email: string; roles: { role: string; countryCode: string }[] } }>(ME);
    expect(me.data?.me.email).toBe(person.email);
    expect(me.data?.me.roles).toEqual([{ role: 'COORDINATOR', scopeKind: 'COUNTRY', countryCode: 'LV' }]);
  });

  it('treats the e-mail case-insensitively', async () => {
    const person = await createPerson(t.db);
    const client = new GqlClient(t.baseUrl);
    const res = await client.login(person.email.toUpperCase(), TEST_PASSWORD);
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.id).toBe(person.id);
  });

  it('refuses me without a session cookie with UNAUTHENTICATED', async () => {
    const res = await new GqlClient(t.baseUrl).request(ME);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('refuses a forged or unsigned cookie', async () => {
    const client = new GqlClient(t.baseUrl);
    client.cookie = 'tandem_session=abc.def';
    expect(errorCode(await client.request(ME))).toBe('UNAUTHENTICATED');
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const person = await createPerson(t.db);
    const wrong = await new GqlClient(t.baseUrl).login(person.email, 'not the password at all');
    const unknown = await new GqlClient(t.baseUrl).login('nobody-here@test.example', 'not the password at all');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('refuses a deactivated account like a wrong password', async () => {
    const person = await createPerson(t.db, [], { deactivatedAt: new Date() });
    expect(errorCode(await new GqlClient(t.baseUrl).login(person.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
  });

  const sameAddress = () => `10.99.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
  const throttledMails = (personId: string) =>
    t.db.query(
      `SELECT language, subject FROM outbox_message WHERE recipient_person_id = $1 AND kind = 'SIGN_IN_THROTTLED'`,
      [personId],
    );

  it('slows down only the address that failed: after 5 failures it waits even with the right password, while the owner signs in from elsewhere at once and is told by e-mail', async () => {
    const person = await createPerson(t.db, [], { preferredLanguage: 'lv' });
    const attacker = sameAddress();
    for (let i = 0; i < 5; i++) {
      const res = await new GqlClient(t.baseUrl, attacker).login(person.email, `wrong password ${i}`);
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    }
    const blocked = await new GqlClient(t.baseUrl, attacker).login(person.email, TEST_PASSWORD);
    expect(errorCode(blocked)).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.errors?.[0].extensions['retryAfterSeconds']).toBeGreaterThan(0);
    expect(blocked.errors?.[0].extensions['retryAfterSeconds']).toBeLessThanOrEqual(15);
    expect(await t.db.getRepository(Session).countBy({ personId: person.id })).toBe(0);

    const owner = await new GqlClient(t.baseUrl).login(person.email, TEST_PASSWORD);
    expect(owner.errors).toBeUndefined();
    const mails = await throttledMails(person.id);
    expect(mails).toHaveLength(1);
    expect(mails[0].language).toBe('lv');
  });

  it('doubles the wait with every further failure of that address, up to 15 minutes', async () => {
    const person = await createPerson(t.db);
    const attacker = sameAddress();
    for (let i = 0; i < 5; i++) await new GqlClient(t.baseUrl, attacker).login(person.email, `wrong ${i}`);
    // the first wait (15 s) has passed
    await t.db.query(`UPDATE login_attempt SET attempted_at = attempted_at - interval '16 seconds' WHERE ip = $1`, [
      attacker,
    ]);
    expect(errorCode(await new GqlClient(t.baseUrl, attacker).login(person.email, 'wrong again'))).toBe(
      'UNAUTHENTICATED',
    );
    const waiting = await new GqlClient(t.baseUrl, attacker).login(person.email, TEST_PASSWORD);
    expect(errorCode(waiting)).toBe('TOO_MANY_ATTEMPTS');
    expect(waiting.errors?.[0].extensions['retryAfterSeconds']).toBeGreaterThan(15);
    expect(waiting.errors?.[0].extensions['retryAfterSeconds']).toBeLessThanOrEqual(30);
    expect(await throttledMails(person.id)).toHaveLength(1);
  });

  it('throttles an address that tries many accounts', async () => {
    const client = new GqlClient(t.baseUrl);
    for (let i = 0; i < 30; i++) {
      expect(errorCode(await client.login(`spray-${i}@test.example`, 'guess guess guess'))).toBe('UNAUTHENTICATED');
    }
    const person = await createPerson(t.db);
    expect(errorCode(await client.login(person.email, TEST_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('lets no more than 5 of a burst of parallel guesses from one address get an answer on the password', async () => {
    const person = await createPerson(t.db);
    const attacker = sameAddress();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => new GqlClient(t.baseUrl, attacker).login(person.email, `burst guess ${i}`)),
    );
    const codes = results.map(errorCode);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(7);
    expect(errorCode(await new GqlClient(t.baseUrl, attacker).login(person.email, TEST_PASSWORD))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    expect(errorCode(await new GqlClient(t.baseUrl).login(person.email, TEST_PASSWORD))).toBeUndefined();
  });

  it('never counts successful sign-ins, also when 40 arrive at once from one address (a classroom behind one router)', async () => {
    const router = sameAddress();
    const pupils = await Promise.all(Array.from({ length: 40 }, () => createPerson(t.db)));
    const results = await Promise.all(
      pupils.map((p) => new GqlClient(t.baseUrl, router).login(p.email, TEST_PASSWORD)),
    );
    expect(results.map(errorCode).filter(Boolean)).toEqual([]);
    // and the same account signing in on 20 devices at once
    const results2 = await Promise.all(
      Array.from({ length: 20 }, () => new GqlClient(t.baseUrl, router).login(pupils[0].email, TEST_PASSWORD)),
    );
    expect(results2.map(errorCode).filter(Boolean)).toEqual([]);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM login_attempt WHERE ip = $1`, [router]))[0].n).toBe(0);
  });

  it('keeps password-reset requests out of the sign-in bucket: 31 requests from an address do not block its sign-ins', async () => {
    const address = sameAddress();
    const client = new GqlClient(t.baseUrl, address);
    for (let i = 0; i < 31; i++)
      await client.request(`mutation { requestPasswordReset(email: "reset-${i}@test.example") }`);
    const person = await createPerson(t.db);
    expect(errorCode(await new GqlClient(t.baseUrl, address).login(person.email, TEST_PASSWORD))).toBeUndefined();
  });

  it('signs out: the session row is gone and the old cookie no longer works', async () => {
    const person = await createPerson(t.db);
    const client = new GqlClient(t.baseUrl);
    await client.login(person.email, TEST_PASSWORD);
    const oldCookie = client.cookie;
    const out = await client.request<{ logout: boolean }>(`mutation { logout }`);
    expect(out.data?.logout).toBe(true);
    expect(client.cookie).toBeNull();
    const replay = new GqlClient(t.baseUrl);
    replay.cookie = oldCookie;
    expect(errorCode(await replay.request(ME))).toBe('UNAUTHENTICATED');
    expect(await t.db.getRepository(Session).countBy({ personId: person.id })).toBe(0);
  });

  it('expires a session after its idle time', async () => {
    const person = await createPerson(t.db);
    const client = new GqlClient(t.baseUrl);
    await client.login(person.email, TEST_PASSWORD);
    expect(errorCode(await client.request(ME))).toBeUndefined();
    await t.db.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE person_id = $1`, [person.id]);
    expect(errorCode(await client.request(ME))).toBe('UNAUTHENTICATED');
  });

  it('records sign-in and sign-out in the audit log', async () => {
    const person = await createPerson(t.db);
    const client = new GqlClient(t.baseUrl);
    await client.login(person.email, TEST_PASSWORD);
    await client.request(`mutation { logout }`);
    const events = await t.db
      .getRepository(AuditEvent)
      .find({ where: { actorPersonId: person.id }, order: { id: 'ASC' } });
    expect(events.map((e) => e.operation)).toEqual(['login', 'logout']);
  });
});

describe('password change', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const CHANGE = `mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;

  it('ends the other sessions and keeps the current one', async () => {
    const person = await createPerson(t.db);
    const laptop = new GqlClient(t.baseUrl);
    const phone = new GqlClient(t.baseUrl);
    await laptop.login(person.email, TEST_PASSWORD);
    await phone.login(person.email, TEST_PASSWORD);
    const res = await laptop.request(CHANGE, {
      input: { currentPassword: TEST_PASSWORD, newPassword: 'a much longer new password' },
    });
    expect(res.errors).toBeUndefined();
    expect(errorCode(await laptop.request(ME))).toBeUndefined();
    expect(errorCode(await phone.request(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await new GqlClient(t.baseUrl).login(person.email, 'a much longer new password'))).toBeUndefined();
  });

  it('refuses a password shorter than 12 characters with the failing field, and changes nothing', async () => {
    const person = await createPerson(t.db);
    const client = new GqlClient(t.baseUrl);
    await client.login(person.email, TEST_PASSWORD);
    const before = await t.db
      .getRepository(Person)
      .findOne({ where: { id: person.id }, select: { id: true, passwordHash: true } });
    const res = await client.request(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'short' } });
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect(res.errors?.[0].extensions['fields']).toEqual([
      expect.objectContaining({ field: 'newPassword', message: 'must be at least 12 characters' }),
    ]);
    const after = await t.db
      .getRepository(Person)
      .findOne({ where: { id: person.id }, select: { id: true, passwordHash: true } });
    expect(after?.passwordHash).toBe(before?.passwordHash);
  });

  it('refuses a wrong current password', async () => {
    const person = await createPerson(t.db);
    const client = new GqlClient(t.baseUrl);
    await client.login(person.email, TEST_PASSWORD);
    const res = await client.request(CHANGE, {
      input: { currentPassword: 'wrong wrong wrong', newPassword: 'another long password' },
    });
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect(res.errors?.[0].extensions['fields']).toEqual([
      { field: 'currentPassword', rule: 'wrong', message: 'is wrong' },
    ]);
  });

  it('needs a session', async () => {
    const res = await new GqlClient(t.baseUrl).request(CHANGE, {
      input: { currentPassword: TEST_PASSWORD, newPassword: 'another long password' },
    });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});
