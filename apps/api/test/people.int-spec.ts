import { AuditEvent } from '../src/audit/audit-event.entity';
import { Person } from '../src/modules/people/person.entity';
import { createOrganisation, createPerson, TEST_PASSWORD } from './support/fixtures';
import { errorCode, GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';

const UPDATE = `mutation Update($input: UpdateMyPreferencesInput!) {
  updateMyPreferences(input: $input) { preferredLanguage timeZone }
}`;

describe('people and reference data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(grants: Parameters<typeof createPerson>[1] = []) {
    const person = await createPerson(t.db, grants);
    const client = new GqlClient(t.baseUrl);
    await client.login(person.email, TEST_PASSWORD);
    return { person, client };
  }

  it('saves the language and time zone of the signed-in person and audits it', async () => {
    const { person, client } = await signedIn([{ role: 'TUTOR' }]);
    const res = await client.request<{ updateMyPreferences: { preferredLanguage: string; timeZone: string } }>(UPDATE, {
      input: { preferredLanguage: 'lv', timeZone: 'Europe/Riga' },
    });
    expect(res.data?.updateMyPreferences).toEqual({ preferredLanguage: 'lv', timeZone: 'Europe/Riga' });
    const audit = await t.db
      .getRepository(AuditEvent)
      .findOneByOrFail({ actorPersonId: person.id, operation: 'updateMyPreferences' });
    expect(audit.targetId).toBe(person.id);
  });

  it.each([
    [{ preferredLanguage: 'de' }, 'preferredLanguage'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ preferredLanguage: 'et', extra: 'x' }, null],
  ])('refuses %j and changes nothing', async (input, field) => {
    const { person, client } = await signedIn();
    const res = await client.request(UPDATE, { input });
    expect(['VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(errorCode(res));
    if (field) expect(res.errors![0].extensions['fields']).toEqual([expect.objectContaining({ field })]);
    const after = await t.db.getRepository(Person).findOneByOrFail({ id: person.id });
    expect(after.preferredLanguage).toBe('en');
    expect(after.timeZone).toBeNull();
  });

  it('refuses an empty change', async () => {
    const { client } = await signedIn();
    expect(errorCode(await client.request(UPDATE, { input: {} }))).toBe('VALIDATION_FAILED');
  });

  it('shows a manager their organisation in their role grant', async () => {
    const org = await createOrganisation(t.db);
    const { client } = await signedIn([{ role: 'MANAGER', organisationId: org.id }]);
    const res = await client.request<{ me: { roles: unknown[] } }>(
      `{ me { roles { role scopeKind organisation { id name } } } }`,
    );
    expect(res.data?.me.roles).toEqual([
      { role: 'MANAGER', scopeKind: 'ORGANISATION', organisation: { id: org.id, name: org.name } },
    ]);
  });

  it('lists the programme countries first and all ISO countries', async () => {
    const { client } = await signedIn();
    const all = await client.request<{ countries: { code: string; programmeCountry: boolean }[] }>(
      `{ countries { code programmeCountry } }`,
    );
    expect(all.data?.countries.slice(0, 3).map((c) => c.code)).toEqual(['EE', 'LT', 'LV']);
    expect(all.data?.countries).toHaveLength(249);
    expect(all.data?.countries).toContainEqual({ code: 'FI', programmeCountry: false });
  });

  it('requires a session for reference data and editions', async () => {
    const anonymous = new GqlClient(t.baseUrl);
    expect(errorCode(await anonymous.request(`{ countries { code } }`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.request(`{ editions { id } }`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.request(`{ auditEvents { total } }`))).toBe('UNAUTHENTICATED');
  });

  it('shows the audit log to an admin, newest first, with actor names', async () => {
    const { person } = await signedIn([{ role: 'ADMIN' }]);
    const admin = new GqlClient(t.baseUrl);
    await admin.login(person.email, TEST_PASSWORD);
    const res = await admin.request<{
      auditEvents: { total: number; items: { operation: string; actorName: string }[] };
    }>(`{ auditEvents(first: 5) { total items { operation actorName } } }`);
    expect(res.data?.auditEvents.total).toBeGreaterThan(0);
    expect(res.data?.auditEvents.items[0]).toEqual({ operation: 'login', actorName: 'Test Person' });
    expect(errorCode(await admin.request(`{ auditEvents(first: 500) { total } }`))).toBe('VALIDATION_FAILED');
  });

  it('filters the audit log by operation, counting only those events; an unknown operation is refused', async () => {
    const { person } = await signedIn([{ role: 'ADMIN' }]);
    const admin = new GqlClient(t.baseUrl);
    await admin.login(person.email, TEST_PASSWORD);
    await admin.request(`mutation { updateMyPreferences(input: { preferredLanguage: "et" }) { preferredLanguage } }`);
    type Page = { auditEvents: { total: number; items: { operation: string; actorName: string }[] } };
    const all = await admin.request<Page>(`{ auditEvents(first: 1) { total } }`);
    const nullOperation = await admin.request<Page>(`{ auditEvents(first: 1, operation: null) { total } }`);
    expect(nullOperation.data!.auditEvents.total).toBe(all.data!.auditEvents.total);
    const res = await admin.request<Page>(
      `{ auditEvents(first: 200, operation: "updateMyPreferences") { total items { operation actorName } } }`,
    );
    const page = res.data!.auditEvents;
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((e) => e.operation === 'updateMyPreferences')).toBe(true);
    expect(page.items[0].actorName).toBe('Test Person');
    expect(page.total).toBeLessThan(all.data!.auditEvents.total);
    const bad = await admin.request(`{ auditEvents(operation: "dropTable") { total } }`);
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    expect(bad.errors![0].extensions['fields']).toEqual([
      { field: 'operation', rule: 'auditOperation', message: 'is not an audited operation' },
    ]);
  });

  it('refuses the audit log to every role but ADMIN', async () => {
    for (const role of ['COORDINATOR', 'TRAINER', 'TUTOR', 'MANAGER', 'RESEARCHER', 'OBSERVER'] as const) {
      const grants =
        role === 'COORDINATOR' || role === 'TRAINER'
          ? [{ role, countryCode: 'LT' }]
          : role === 'MANAGER'
            ? [{ role, organisationId: (await createOrganisation(t.db, 'LT')).id }]
            : [{ role }];
      const { client } = await signedIn(grants);
      expect(errorCode(await client.request(`{ auditEvents { total } }`))).toBe('FORBIDDEN');
    }
  });
});
