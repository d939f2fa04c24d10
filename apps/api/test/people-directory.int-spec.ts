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

  it('shows organisation, country and status, filters by organisation and status, and exports the filtered list as CSV', async () => {
    const LIST = `query L($search: String, $organisationId: ID, $status: PersonStatus, $countryCode: String) {
      people(search: $search, organisationId: $organisationId, status: $status, countryCode: $countryCode, first: 50) {
        edges { node { id familyName countryCode status organisation { id } } }
      }
    }`;
    type ListShape = {
      people: {
        edges: {
          node: {
            id: string;
            familyName: string;
            countryCode: string | null;
            status: string;
            organisation: { id: string } | null;
          };
        }[];
      };
    };
    const eeOrgId = (
      await t.db.query(`SELECT organisation_id FROM tutor_profile WHERE person_id = $1`, [ids['tutorEE'].id])
    )[0].organisation_id as string;
    const inOrg = await clients['coordEE'].request<ListShape>(LIST, { search: tag, organisationId: eeOrgId });
    expect(inOrg.errors).toBeUndefined();
    expect(inOrg.data!.people.edges.map((e) => e.node)).toEqual([
      {
        id: ids['managerEE'].id,
        familyName: `${tag} Mets`,
        countryCode: 'EE',
        status: 'ACTIVE',
        organisation: { id: eeOrgId },
      },
      {
        id: ids['tutorEE'].id,
        familyName: `${tag} Tamm`,
        countryCode: 'EE',
        status: 'ACTIVE',
        organisation: { id: eeOrgId },
      },
    ]);

    await t.db.query(`UPDATE person SET deactivated_at = now() WHERE id = $1`, [ids['trainerEE'].id]);
    try {
      const off = await clients['admin'].request<ListShape>(LIST, { search: tag, status: 'DEACTIVATED' });
      expect(off.data!.people.edges.map((e) => e.node.id)).toEqual([ids['trainerEE'].id]);
      const on = await clients['admin'].request<ListShape>(LIST, { search: tag, status: 'ACTIVE' });
      expect(on.data!.people.edges.map((e) => e.node.id)).not.toContain(ids['trainerEE'].id);
    } finally {
      await t.db.query(`UPDATE person SET deactivated_at = NULL WHERE id = $1`, [ids['trainerEE'].id]);
    }
    expect(errorCode(await clients['admin'].request(LIST, { organisationId: 'nope' }))).toBe('VALIDATION_FAILED');

    const download = (client: GqlClient, query: string) =>
      fetch(`${t.baseUrl}/api/people/export.csv?${query}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
    const csv = await download(clients['coordEE'], `search=${tag}&organisationId=${eeOrgId}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('family_name,given_name,email,organisation,country,status,roles');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([`${tag} Mets`, `${tag} Tamm`]);
    expect(lines[2]).toContain(`${ids['tutorEE'].email},`);
    expect((await download(clients['coordEE'], 'countryCode=LV')).status).toBe(403);
    expect((await download(clients['trainerEE'], '')).status).toBe(403);
    expect((await download(clients['admin'], 'status=SLEEPING')).status).toBe(400);
  });
});
