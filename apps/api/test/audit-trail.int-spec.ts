import {
  givenCompetenceProfile,
  givenEdition,
  givenRound,
  givenSelfAssessment,
  givenTandem,
  type GivenTandem,
} from './support/factories';
import { errorCode, GqlClient } from './support/gql-client';
import { signInAs, signInAsPerson, type SignedInClient } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

const MINE = `query { myAuditTrail(first: 20) { total items { operation actorName targetType targetId } } }`;
const OF_PERSON = `query P($personId: ID!) { personAuditTrail(personId: $personId) { total items { operation actorName } } }`;
const READ = `query R($id: ID!) { selfAssessment(id: $id) { id } }`;
const RECORD = `query R($id: ID!) { personRecord(id: $id) { id } }`;

interface Trail {
  total: number;
  items: { operation: string; actorName: string | null; targetType: string; targetId: string }[];
}

describe('who read or changed my data (issue 17)', () => {
  let t: TestApp;
  let tandem: GivenTandem;
  let assessmentId: string;
  let school: SignedInClient;
  let company: SignedInClient;

  beforeAll(async () => {
    t = await startTestApp();
    const edition = await givenEdition(t.db);
    const profile = await givenCompetenceProfile(t.db, { areas: ['A'], perArea: 2 });
    tandem = await givenTandem(t.db, { edition, countryCode: 'EE' });
    const baseline = await givenRound(t.db, { edition, profile, kind: 'BASELINE', opensInDays: -30, closesInDays: 10 });
    assessmentId = await givenSelfAssessment(t.db, {
      roundId: baseline,
      profile,
      personId: tandem.school.id,
      shared: true,
    });
    school = await signInAsPerson(t, tandem.school);
    company = await signInAsPerson(t, tandem.company);
  });
  afterAll(() => t?.close());

  const trail = async (client: SignedInClient) =>
    (await client.request<{ myAuditTrail: Trail }>(MINE)).data!.myAuditTrail;

  it('shows the person who read their shared self-assessment, once an hour per reader, and not their own reads', async () => {
    await school.request(READ, { id: assessmentId });
    expect((await trail(school)).items.filter((i) => i.operation === 'readSelfAssessment')).toEqual([]);

    // Reads within the hour are one event (two racing first reads may both write one).
    const reads = await Promise.all([1, 2].map(() => company.request(READ, { id: assessmentId })));
    expect(reads.every((r) => r.errors === undefined)).toBe(true);
    await company.request(READ, { id: assessmentId });
    const events = (await trail(school)).items.filter((i) => i.operation === 'readSelfAssessment');
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events.length).toBeLessThanOrEqual(2);
    expect(events[0]).toEqual({
      operation: 'readSelfAssessment',
      actorName: `${tandem.company.givenName} ${tandem.company.familyName}`,
      targetType: 'Person',
      targetId: tandem.school.id,
    });
    // The reader's own trail does not list what they read of others.
    expect((await trail(company)).items.filter((i) => i.operation === 'readSelfAssessment')).toEqual([]);
  });

  it('shows a coordinator’s view of their record; ADMIN reads anyone’s trail, others are refused', async () => {
    const coordinator = await signInAs(
      t,
      'COORDINATOR',
      { countryCode: 'EE' },
      { givenName: 'Mari', familyName: 'Kask' },
    );
    expect((await coordinator.request(RECORD, { id: tandem.company.id })).errors).toBeUndefined();
    const mine = await trail(company);
    expect(mine.items.find((i) => i.operation === 'viewPersonRecord')).toMatchObject({ actorName: 'Mari Kask' });

    const admin = await signInAs(t, 'ADMIN');
    const res = await admin.request<{ personAuditTrail: Trail }>(OF_PERSON, { personId: tandem.company.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.personAuditTrail.items.map((i) => i.operation)).toContain('viewPersonRecord');

    expect(errorCode(await coordinator.request(OF_PERSON, { personId: tandem.company.id }))).toBe('FORBIDDEN');
    expect(errorCode(await school.request(OF_PERSON, { personId: tandem.company.id }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.request(OF_PERSON, { personId: 'not-an-id' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await school.request(`query { myAuditTrail(first: 0) { total } }`))).toBe('VALIDATION_FAILED');
    expect(errorCode(await new GqlClient(t.baseUrl).request(MINE))).toBe('UNAUTHENTICATED');
  });
});
