import { randomBytes } from 'node:crypto';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { OutboxMessage } from '../src/modules/mail/outbox-message.entity';
import { NetworkApplication } from '../src/modules/network-applications/network-application.entity';
import { Notification } from '../src/modules/notifications/notification.entity';
import { Organisation } from '../src/modules/organisations/organisation.entity';
import { Person } from '../src/modules/people/person.entity';
import { RoleGrant } from '../src/modules/people/role-grant.entity';
import { createPerson, TEST_PASSWORD } from './support/fixtures';
import { errorCode, GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';

const APPLY = `mutation Apply($input: ApplyToJoinNetworkInput!) { applyToJoinNetwork(input: $input) }`;
const LIST = `query List($status: NetworkApplicationStatus, $first: Int, $after: String) {
  networkApplications(status: $status, first: $first, after: $after) { totalCount edges { cursor node { id organisationName country registryCode status contactEmail } } pageInfo { hasNextPage endCursor } }
}`;
const ONE = `query One($id: ID!) { networkApplication(id: $id) { id status contactEmail } }`;
const APPROVE = `mutation Approve($id: ID!) { approveNetworkApplication(id: $id) { id status decidedBy decidedAt createdOrganisationId } }`;
const REJECT = `mutation Reject($id: ID!, $reason: String!) { rejectNetworkApplication(id: $id, reason: $reason) { id status rejectionReason decidedBy } }`;

let seq = 0;
const registryCode = () => randomBytes(4).toString('hex').toUpperCase();
const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${++seq}@test.example`;

describe('joining the network', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://tandem.test' });
  });
  afterAll(() => t.close());

  const applicationInput = (overrides: Record<string, unknown> = {}) => ({
    organisationName: 'Kauno staklės UAB',
    kind: 'COMPANY',
    country: 'LT',
    registryCode: registryCode(),
    city: 'Kaunas',
    website: 'https://stakles.example',
    sector: 'MANUFACTURING',
    sizeClass: 'SMALL',
    contactGivenName: 'Aistė',
    contactFamilyName: 'Jonaitienė',
    contactEmail: uniqueEmail('contact'),
    preferredLanguage: 'lt',
    message: 'We train two welders a year.',
    ...overrides,
  });

  async function signedIn(grants: Parameters<typeof createPerson>[1]) {
    const person = await createPerson(t.db, grants);
    const client = new GqlClient(t.baseUrl);
    await client.login(person.email, TEST_PASSWORD);
    return { person, client };
  }

  /** Files an application signed out and returns its stored row. */
  async function applied(overrides: Record<string, unknown> = {}) {
    const input = applicationInput(overrides);
    const res = await new GqlClient(t.baseUrl).request(APPLY, { input });
    expect(res.errors).toBeUndefined();
    return t.db
      .getRepository(NetworkApplication)
      .findOneByOrFail({ registryCode: input.registryCode as string, status: 'PENDING' });
  }

  it('files an application from a signed-out visitor, tells the country’s coordinators and nobody else', async () => {
    const { person: lt } = await signedIn([{ role: 'COORDINATOR', countryCode: 'LT' }]);
    const { person: lv } = await signedIn([{ role: 'COORDINATOR', countryCode: 'LV' }]);
    const input = applicationInput({
      contactEmail: uniqueEmail('Mixed.Case').toUpperCase(),
      registryCode: ' ab-1234 ',
    });
    const res = await new GqlClient(t.baseUrl).request(APPLY, { input });
    expect(res).toEqual({ status: 200, data: { applyToJoinNetwork: true }, errors: undefined });
    const stored = await t.db
      .getRepository(NetworkApplication)
      .findOneByOrFail({ contactEmail: (input.contactEmail as string).toLowerCase() });
    expect(stored).toMatchObject({ status: 'PENDING', countryCode: 'LT', registryCode: 'AB-1234', decidedAt: null });
    expect(stored.requesterIpHash).toMatch(/^[0-9a-f]{64}$/);
    const note = await t.db.getRepository(Notification).findOneByOrFail({ recipientPersonId: lt.id });
    expect(note).toMatchObject({
      kind: 'NETWORK_APPLICATION_RECEIVED',
      payload: { targetType: 'NetworkApplication', targetId: stored.id, countryCode: 'LT' },
    });
    expect(await t.db.getRepository(Notification).countBy({ recipientPersonId: lv.id })).toBe(0);
    expect(await t.db.getRepository(AuditEvent).countBy({ operation: 'applyToJoinNetwork', targetId: stored.id })).toBe(
      1,
    );
  });

  it('answers the same for a known or new e-mail and registry code, and drops a second pending application silently', async () => {
    const existingPerson = await createPerson(t.db);
    const code = registryCode();
    await t.db
      .getRepository(Organisation)
      .insert({ name: 'Esama UAB', kind: 'COMPANY', countryCode: 'LT', registryCode: code, city: 'Vilnius' });
    const fresh = await new GqlClient(t.baseUrl).request(APPLY, { input: applicationInput() });
    const knownEmail = await new GqlClient(t.baseUrl).request(APPLY, {
      input: applicationInput({ contactEmail: existingPerson.email }),
    });
    const knownCode = await new GqlClient(t.baseUrl).request(APPLY, {
      input: applicationInput({ registryCode: code }),
    });
    const again = await new GqlClient(t.baseUrl).request(APPLY, {
      input: applicationInput({ registryCode: code, organisationName: 'Someone else' }),
    });
    for (const res of [knownEmail, knownCode, again]) expect(res).toEqual(fresh);
    expect(await t.db.getRepository(NetworkApplication).countBy({ countryCode: 'LT', registryCode: code })).toBe(1);
  });

  it('throttles per e-mail and per address with TOO_MANY_ATTEMPTS, whatever is sent', async () => {
    const contactEmail = uniqueEmail('flood');
    const client = new GqlClient(t.baseUrl);
    const codes = [];
    for (let i = 0; i < 7; i++)
      codes.push(errorCode(await client.request(APPLY, { input: applicationInput({ contactEmail }) })) ?? 'OK');
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    expect(await t.db.getRepository(NetworkApplication).countBy({ contactEmail })).toBe(5);

    const sameAddress = new GqlClient(t.baseUrl);
    const results = [];
    for (let i = 0; i < 32; i++) {
      const res = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': sameAddress.ip },
        body: JSON.stringify({ query: APPLY, variables: { input: applicationInput() } }),
      });
      results.push(
        ((await res.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code ?? 'OK',
      );
    }
    expect(results.slice(0, 30).every((c) => c === 'OK')).toBe(true);
    expect(results.slice(30)).toEqual(['TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
  });

  it('refuses bad input with VALIDATION_FAILED naming each field, and stores nothing', async () => {
    const contactEmail = 'not an e-mail';
    const res = await new GqlClient(t.baseUrl).request(APPLY, {
      input: applicationInput({
        organisationName: ' ',
        kind: 'AUTHORITY',
        country: 'FI',
        registryCode: 'x',
        website: 'ftp://x',
        contactEmail,
        preferredLanguage: 'de',
      }),
    });
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    const fields = (res.errors![0].extensions['fields'] as { field: string }[]).map((f) => f.field);
    expect(new Set(fields)).toEqual(
      new Set(['organisationName', 'kind', 'country', 'registryCode', 'website', 'contactEmail', 'preferredLanguage']),
    );
    expect(await t.db.getRepository(NetworkApplication).countBy({ contactEmail })).toBe(0);
  });

  it('keeps another country’s applications from a coordinator: not listed, NOT_FOUND to open or decide, nothing changes', async () => {
    const ee = await applied({ country: 'EE', preferredLanguage: 'et' });
    const { client: lv } = await signedIn([{ role: 'COORDINATOR', countryCode: 'LV' }]);
    const list = await lv.request<{ networkApplications: { edges: { node: { country: string } }[] } }>(LIST, {
      first: 50,
    });
    expect(list.errors).toBeUndefined();
    expect(list.data!.networkApplications.edges.every((e) => e.node.country === 'LV')).toBe(true);
    for (const res of [
      await lv.request(ONE, { id: ee.id }),
      await lv.request(APPROVE, { id: ee.id }),
      await lv.request(REJECT, { id: ee.id, reason: 'Not ours' }),
    ]) {
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
    }
    expect(await t.db.getRepository(NetworkApplication).findOneByOrFail({ id: ee.id })).toMatchObject({
      status: 'PENDING',
      decidedAt: null,
    });
    const { client: tutor } = await signedIn([{ role: 'TUTOR' }]);
    expect(errorCode(await tutor.request(LIST, {}))).toBe('FORBIDDEN');
    expect(errorCode(await new GqlClient(t.baseUrl).request(LIST, {}))).toBe('UNAUTHENTICATED');
  });

  it('lists the queue a page at a time, oldest first; an admin sees every country', async () => {
    const { client: lt } = await signedIn([{ role: 'COORDINATOR', countryCode: 'LT' }]);
    await applied();
    await applied();
    type ListData = {
      networkApplications: {
        totalCount: number;
        edges: { node: { id: string; country: string; status: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = await lt.request<ListData>(LIST, { status: 'PENDING', first: 1 });
    const total = first.data!.networkApplications.totalCount;
    expect(total).toBeGreaterThanOrEqual(2);
    const seen = [first.data!.networkApplications.edges[0].node.id];
    let cursor = first.data!.networkApplications.pageInfo.endCursor;
    for (;;) {
      const page = await lt.request<ListData>(LIST, { status: 'PENDING', first: 1, after: cursor });
      seen.push(...page.data!.networkApplications.edges.map((e) => e.node.id));
      if (!page.data!.networkApplications.pageInfo.hasNextPage) break;
      cursor = page.data!.networkApplications.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(total);
    const { client: admin } = await signedIn([{ role: 'ADMIN' }]);
    await applied({ country: 'EE' });
    const all = await admin.request<ListData>(LIST, { first: 50 });
    expect(new Set(all.data!.networkApplications.edges.map((e) => e.node.country))).toEqual(new Set(['EE', 'LT']));
    expect(errorCode(await admin.request(LIST, { after: 'nonsense' }))).toBe('VALIDATION_FAILED');
  });

  it('approves: creates the organisation, invites the contact as its MANAGER in their language, audits it; twice → ALREADY_DECIDED', async () => {
    const { person: coordinator, client } = await signedIn([{ role: 'COORDINATOR', countryCode: 'LT' }]);
    const application = await applied();
    const res = await client.request<{
      approveNetworkApplication: { status: string; decidedBy: string; createdOrganisationId: string };
    }>(APPROVE, { id: application.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.approveNetworkApplication).toMatchObject({ status: 'APPROVED', decidedBy: 'Test Person' });
    const organisation = await t.db
      .getRepository(Organisation)
      .findOneByOrFail({ id: res.data!.approveNetworkApplication.createdOrganisationId });
    expect(organisation).toMatchObject({
      name: 'Kauno staklės UAB',
      kind: 'COMPANY',
      countryCode: 'LT',
      registryCode: application.registryCode,
      city: 'Kaunas',
      sector: 'MANUFACTURING',
    });
    const contact = await t.db.getRepository(Person).findOneByOrFail({ email: application.contactEmail });
    expect(contact).toMatchObject({ givenName: 'Aistė', familyName: 'Jonaitienė', preferredLanguage: 'lt' });
    expect(await t.db.getRepository(RoleGrant).findOneByOrFail({ personId: contact.id })).toMatchObject({
      role: 'MANAGER',
      scopeKind: 'ORGANISATION',
      organisationId: organisation.id,
    });
    const mail = await t.db.getRepository(OutboxMessage).findOneByOrFail({ recipientEmail: application.contactEmail });
    expect(mail).toMatchObject({ kind: 'INVITATION', language: 'lt', status: 'QUEUED' });
    expect(mail.textBody).toMatch(/https:\/\/tandem\.test\/invitation\/[\w-]{43}/);
    expect(
      await t.db
        .getRepository(AuditEvent)
        .countBy({ actorPersonId: coordinator.id, operation: 'approveNetworkApplication', targetId: application.id }),
    ).toBe(1);

    const twice = await client.request(APPROVE, { id: application.id });
    expect(twice.errors?.[0]?.extensions).toEqual({ code: 'ALREADY_DECIDED', status: 'APPROVED' });
    expect(errorCode(await client.request(REJECT, { id: application.id, reason: 'Changed my mind' }))).toBe(
      'ALREADY_DECIDED',
    );
    expect(
      await t.db.getRepository(Organisation).countBy({ countryCode: 'LT', registryCode: application.registryCode }),
    ).toBe(1);
  });

  it('refuses to approve when the registry code is taken in the country (DUPLICATE_ORGANISATION, naming it) and changes nothing', async () => {
    const { client } = await signedIn([{ role: 'COORDINATOR', countryCode: 'LT' }]);
    const application = await applied();
    await t.db.getRepository(Organisation).insert({
      name: 'Jau yra UAB',
      kind: 'COMPANY',
      countryCode: 'LT',
      registryCode: application.registryCode,
      city: 'Vilnius',
    });
    const res = await client.request(APPROVE, { id: application.id });
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'DUPLICATE_ORGANISATION',
      registryCode: application.registryCode,
      countryCode: 'LT',
    });
    expect(res.errors![0].message).toBe(
      `An organisation with registry code ${application.registryCode} already exists in LT.`,
    );
    expect(await t.db.getRepository(NetworkApplication).findOneByOrFail({ id: application.id })).toMatchObject({
      status: 'PENDING',
    });
    expect(await t.db.getRepository(Person).countBy({ email: application.contactEmail })).toBe(0);
  });

  it('grants MANAGER to a contact who already has an account, without an invitation', async () => {
    const { client } = await signedIn([{ role: 'COORDINATOR', countryCode: 'LT' }]);
    const existing = await createPerson(t.db);
    const application = await applied({ contactEmail: existing.email });
    const res = await client.request<{ approveNetworkApplication: { createdOrganisationId: string } }>(APPROVE, {
      id: application.id,
    });
    expect(res.errors).toBeUndefined();
    expect(
      await t.db.getRepository(RoleGrant).findOneByOrFail({ personId: existing.id, role: 'MANAGER' }),
    ).toMatchObject({ organisationId: res.data!.approveNetworkApplication.createdOrganisationId });
    expect(await t.db.getRepository(OutboxMessage).countBy({ recipientEmail: existing.email })).toBe(0);
  });

  it('lets exactly one of simultaneous approvals win; the others get ALREADY_DECIDED', async () => {
    const application = await applied();
    const clients = await Promise.all(
      [1, 2, 3].map(async () => (await signedIn([{ role: 'COORDINATOR', countryCode: 'LT' }])).client),
    );
    const results = await Promise.all(clients.map((c) => c.request(APPROVE, { id: application.id })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'ALREADY_DECIDED')).toHaveLength(2);
    expect(
      await t.db.getRepository(Organisation).countBy({ countryCode: 'LT', registryCode: application.registryCode }),
    ).toBe(1);
    expect(await t.db.getRepository(OutboxMessage).countBy({ recipientEmail: application.contactEmail })).toBe(1);
  });

  it('rejects with a reason mailed to the contact in their language; the reason is required', async () => {
    const { person: coordinator, client } = await signedIn([{ role: 'COORDINATOR', countryCode: 'LV' }]);
    const application = await applied({ country: 'LV', preferredLanguage: 'lv', contactGivenName: 'Anda' });
    const blank = await client.request(REJECT, { id: application.id, reason: '   ' });
    expect(errorCode(blank)).toBe('VALIDATION_FAILED');
    expect(blank.errors![0].extensions['fields']).toEqual([expect.objectContaining({ field: 'reason' })]);

    const reason = 'Uzņēmums neapmāca izglītojamos darba vidē.';
    const res = await client.request(REJECT, { id: application.id, reason });
    expect(res.data?.['rejectNetworkApplication']).toMatchObject({
      status: 'REJECTED',
      rejectionReason: reason,
      decidedBy: 'Test Person',
    });
    const mail = await t.db.getRepository(OutboxMessage).findOneByOrFail({ recipientEmail: application.contactEmail });
    expect(mail).toMatchObject({
      kind: 'NETWORK_APPLICATION_REJECTED',
      language: 'lv',
      subject: 'Jūsu pieteikums pievienoties Tandem tīklam',
      recipientPersonId: null,
    });
    expect(mail.textBody).toContain(reason);
    expect(mail.textBody).toContain('Labdien, Anda!');
    expect(
      await t.db
        .getRepository(AuditEvent)
        .countBy({ actorPersonId: coordinator.id, operation: 'rejectNetworkApplication', targetId: application.id }),
    ).toBe(1);
    expect(
      await t.db.getRepository(Organisation).countBy({ countryCode: 'LV', registryCode: application.registryCode }),
    ).toBe(0);
  });
});
