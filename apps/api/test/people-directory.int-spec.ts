import { TutorProfile } from '../src/modules/people/tutor-profile.entity';
import { createOrganisation, createPerson, PersonFixture, TEST_PASSWORD } from './support/fixtures';
import { errorCode, GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';

const PEOPLE = `query P($first: Int, $after: String, $search: String, $role: Role, $countryCode: String) {
  people(first: $first, after: $after, search: $search, role: $role, countryCode: $countryCode) {
    totalCount edges { node { id email familyName roles { role countryCode organisation { name } } } } pageInfo { hasNextPage endCursor }
  }
}`;
interface PeopleShape {
  people: {
    totalCount: number;
    edges: {
      node: { id: string; email: string; familyName: string; roles: { role: string; countryCode: string | null }[] };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
const PERSON = `query One($id: ID!) { person(id: $id) { id email roles { role } } }`;

describe('people directory (role management)', () => {
  let t: TestApp;
  const ids: Record<string, PersonFixture> = {};
  const clients: Record<string, GqlClient> = {};
  // A family name unique to this file, so that searches find only its people.
  const tag = `Dirtest${Date.now() % 100000}`;

  beforeAll(async () => {
    t = await startTestApp();
    const eeOrg = await createOrganisation(t.db, 'EE');
    const lvOrg = await createOrganisation(t.db, 'LV');
    ids['coordEE'] = await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'EE' }], {
      familyName: `${tag} Coordinator`,
    });
    ids['admin'] = await createPerson(t.db, [{ role: 'ADMIN' }], { familyName: `${tag} Admin` });
    ids['trainerEE'] = await createPerson(t.db, [{ role: 'TRAINER', countryCode: 'EE' }], {
      familyName: `${tag} Aavik`,
    });
    ids['trainerLV'] = await createPerson(t.db, [{ role: 'TRAINER', countryCode: 'LV' }], {
      familyName: `${tag} Bērziņš`,
    });
    ids['managerEE'] = await createPerson(t.db, [{ role: 'MANAGER', organisationId: eeOrg.id }], {
      familyName: `${tag} Mets`,
    });
    ids['tutorEE'] = await createPerson(t.db, [{ role: 'TUTOR' }], { familyName: `${tag} Tamm` });
    ids['tutorLV'] = await createPerson(t.db, [{ role: 'TUTOR' }], { familyName: `${tag} Ozols` });
    await t.db.getRepository(TutorProfile).insert([
      { personId: ids['tutorEE'].id, organisationId: eeOrg.id, organisationKind: 'COMPANY', side: 'COMPANY' },
      { personId: ids['tutorLV'].id, organisationId: lvOrg.id, organisationKind: 'COMPANY', side: 'COMPANY' },
    ]);
    for (const who of ['coordEE', 'admin', 'trainerEE', 'tutorEE']) {
      clients[who] = new GqlClient(t.baseUrl);
      await clients[who].login(ids[who].email, TEST_PASSWORD);
    }
  });
  afterAll(() => t.close());

  it('shows a coordinator the people of their country only: grants in it, its organisations, tutors employed there', async () => {
    const res = await clients['coordEE'].request<PeopleShape>(PEOPLE, { search: tag, first: 50 });
    expect(res.errors).toBeUndefined();
    const names = res.data!.people.edges.map((e) => e.node.familyName);
    expect(names).toEqual([`${tag} Aavik`, `${tag} Coordinator`, `${tag} Mets`, `${tag} Tamm`]);
    expect(res.data!.people.totalCount).toBe(4);
    // The LV people cannot be named into view either.
    expect(errorCode(await clients['coordEE'].request(PEOPLE, { countryCode: 'LV' }))).toBe('FORBIDDEN');
    expect(errorCode(await clients['coordEE'].request(PERSON, { id: ids['trainerLV'].id }))).toBe('NOT_FOUND');
    const one = await clients['coordEE'].request<{ person: { email: string; roles: { role: string }[] } }>(PERSON, {
      id: ids['tutorEE'].id,
    });
    expect(one.data?.person).toEqual({
      id: ids['tutorEE'].id,
      email: ids['tutorEE'].email,
      roles: [{ role: 'TUTOR' }],
    });
  });

  it('lets an admin see everyone, filter by role and country, and walk the pages in order', async () => {
    const all = await clients['admin'].request<PeopleShape>(PEOPLE, { search: tag, first: 50 });
    expect(all.data!.people.totalCount).toBe(7);
    const trainers = await clients['admin'].request<PeopleShape>(PEOPLE, { search: tag, role: 'TRAINER' });
    expect(trainers.data!.people.edges.map((e) => e.node.familyName)).toEqual([`${tag} Aavik`, `${tag} Bērziņš`]);
    const lv = await clients['admin'].request<PeopleShape>(PEOPLE, { search: tag, countryCode: 'LV' });
    expect(lv.data!.people.edges.map((e) => e.node.familyName)).toEqual([`${tag} Bērziņš`, `${tag} Ozols`]);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: PeopleShape = (await clients['admin'].request<PeopleShape>(PEOPLE, { search: tag, first: 3, after }))
        .data!;
      seen.push(...page.people.edges.map((e) => e.node.familyName));
      after = page.people.pageInfo.hasNextPage ? page.people.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.data!.people.edges.map((e) => e.node.familyName));
  });

  it('finds by several words of the name or the e-mail, with LIKE characters taken literally', async () => {
    const res = await clients['admin'].request<PeopleShape>(PEOPLE, { search: `tamm ${tag.toLowerCase()}` });
    expect(res.data!.people.edges.map((e) => e.node.id)).toEqual([ids['tutorEE'].id]);
    const byEmail = await clients['admin'].request<PeopleShape>(PEOPLE, { search: ids['trainerLV'].email });
    expect(byEmail.data!.people.edges.map((e) => e.node.id)).toEqual([ids['trainerLV'].id]);
    expect((await clients['admin'].request<PeopleShape>(PEOPLE, { search: `${tag}%` })).data!.people.totalCount).toBe(
      0,
    );
  });

  it('refuses other roles and bad input with typed errors', async () => {
    expect(errorCode(await clients['trainerEE'].request(PEOPLE, {}))).toBe('FORBIDDEN');
    expect(errorCode(await clients['tutorEE'].request(PERSON, { id: ids['tutorEE'].id }))).toBe('FORBIDDEN');
    expect(errorCode(await new GqlClient(t.baseUrl).request(PEOPLE, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await clients['admin'].request(PEOPLE, { after: 'not-a-cursor' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await clients['admin'].request(PEOPLE, { first: 0 }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await clients['admin'].request(PEOPLE, { countryCode: 'ee' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await clients['admin'].request(PERSON, { id: 'nope' }))).toBe('VALIDATION_FAILED');
  });
});
