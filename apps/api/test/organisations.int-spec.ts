import pino from 'pino';
import { loadDemoData } from '../src/database/demo/demo-loader';
import { DEMO_PASSWORD } from '../src/database/demo/demo-people';
import { Organisation } from '../src/modules/organisations/organisation.entity';
import { errorCode, GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';

interface Node {
  id: string;
  name: string;
  kind: string;
  country: string;
  city: string | null;
}
interface Connection {
  totalCount: number;
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const LIST = `query L($first: Int, $after: String, $filter: OrganisationFilter) {
  organisations(first: $first, after: $after, filter: $filter) {
    totalCount edges { cursor node { id name kind country city } } pageInfo { hasNextPage endCursor }
  }
}`;
const DETAIL = `query D($id: ID!) {
  organisation(id: $id) { id name kind country sector sizeClass website cluster { name kind } tutors { id displayName email side occupationField } }
}`;
interface Detail {
  organisation: {
    name: string;
    cluster: { name: string; kind: string }[];
    tutors: { id: string; displayName: string; email: string | null; side: string }[];
  };
}

describe('organisations', () => {
  let t: TestApp;
  const clients: Record<string, GqlClient> = {};
  const as = async (who: string) => {
    if (!clients[who]) {
      clients[who] = new GqlClient(t.baseUrl);
      await clients[who].login(`${who}@tandem.example`, DEMO_PASSWORD);
    }
    return clients[who];
  };
  const orgId = async (name: string) => (await t.db.getRepository(Organisation).findOneByOrFail({ name })).id;
  const tutorCount = async (name: string): Promise<number> =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id WHERE o.name = $1`,
        [name],
      )
    )[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.db, pino({ level: 'silent' }), 'test');
  });
  afterAll(() => t.close());

  it('walks the whole directory page by page in name order, each organisation once, with the total on every page', async () => {
    const tutor = await as('tutor.school.ee');
    const seen: Node[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: { data: { organisations: Connection } | null } = await tutor.request<{ organisations: Connection }>(
        LIST,
        { first: 7, after },
      );
      const page: Connection = res.data!.organisations;
      expect(page.totalCount).toBe(38); // with the Finnish host company of the host offers (issue 18)
      expect(page.edges.length).toBeLessThanOrEqual(7);
      seen.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      if (!page.pageInfo.hasNextPage) expect(page.edges.at(-1)?.cursor).toBe(page.pageInfo.endCursor);
      pages++;
    } while (after);
    expect(pages).toBe(6);
    expect(seen).toHaveLength(38);
    expect(new Set(seen.map((n) => n.id)).size).toBe(38);
    const inDb: { name: string }[] = await t.db.query(`SELECT name FROM organisation ORDER BY name, id`);
    expect(seen.map((n) => n.name)).toEqual(inDb.map((r) => r.name));
  });

  it('filters by country, kind and search, counting only the matches', async () => {
    const observer = await as('observer');
    const lv = (await observer.request<{ organisations: Connection }>(LIST, { first: 50, filter: { country: 'lv' } }))
      .data!.organisations;
    expect(lv.totalCount).toBe(12);
    expect(lv.edges.every((e) => e.node.country === 'LV')).toBe(true);

    const ltSchools = (
      await observer.request<{ organisations: Connection }>(LIST, {
        first: 2,
        filter: { country: 'LT', kind: 'VET_INSTITUTION' },
      })
    ).data!.organisations;
    expect(ltSchools.totalCount).toBe(4);
    expect(ltSchools.edges).toHaveLength(2);
    expect(ltSchools.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await observer.request<{ organisations: Connection }>(LIST, {
        first: 2,
        after: ltSchools.pageInfo.endCursor,
        filter: { country: 'LT', kind: 'VET_INSTITUTION' },
      })
    ).data!.organisations;
    expect(rest.edges.map((e) => e.node.kind)).toEqual(['VET_INSTITUTION', 'VET_INSTITUTION']);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const search = async (text: string) =>
      (
        await observer.request<{ organisations: Connection }>(LIST, { first: 50, filter: { search: text } })
      ).data!.organisations.edges.map((e) => e.node.name);
    expect(await search('metall')).toEqual(['Harju Metall OÜ']);
    expect(await search('10456731')).toEqual(['Harju Metall OÜ']);
    expect(await search('Liepāja')).toHaveLength(3);
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
  });

  it('refuses a forged cursor, a page size over 100 and a signed-out reader', async () => {
    const tutor = await as('tutor.company.ee');
    const forged = await tutor.request(LIST, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(errorCode(forged)).toBe('VALIDATION_FAILED');
    expect(forged.errors![0].extensions['fields']).toEqual([
      { field: 'after', rule: 'cursor', message: 'is not a cursor of this list' },
    ]);
    expect(errorCode(await tutor.request(LIST, { first: 0 }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await tutor.request(`{ organisations(first: 101) { totalCount } }`))).toBe('VALIDATION_FAILED');
    expect(errorCode(await new GqlClient(t.baseUrl).request(LIST, { first: 5 }))).toBe('UNAUTHENTICATED');
  });

  it('shows a company with the schools of its cluster, a school with its companies', async () => {
    const trainer = await as('trainer.lt');
    const company = (await trainer.request<Detail>(DETAIL, { id: await orgId('Harju Metall OÜ') })).data!.organisation;
    expect(company.cluster).toEqual([
      { name: 'Ida-Virumaa Kutsehariduskeskus', kind: 'VET_INSTITUTION' },
      { name: 'Tallinna Tööstushariduskeskus', kind: 'VET_INSTITUTION' },
    ]);
    const school = (await trainer.request<Detail>(DETAIL, { id: await orgId('Rīgas Valsts tehnikums') })).data!
      .organisation;
    expect(school.cluster.map((c) => c.name)).toEqual(['Baltijas Elektro SIA', 'Daugavas Metālapstrāde SIA']);
    // A trainer manages no organisation's tutors: no names (issue 17).
    expect(school.tutors).toEqual([]);
    expect(errorCode(await trainer.request(DETAIL, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it.each([
    ['admin', true],
    ['coordinator.ee', true],
    ['manager', true],
    ['coordinator.lv', false],
    ['trainer.ee', false],
    ['observer', false],
    ['researcher', false],
    // A tutor sees their partner and candidates elsewhere, not the colleagues of an organisation.
    ['tutor.school.ee', false],
    ['tutor.company.ee', false],
  ])(
    'shows %s the tutors of Harju Metall OÜ with their e-mails: %s (issue 17: only those who manage them)',
    async (who, named) => {
      const client = await as(who as string);
      const res = await client.request<Detail>(DETAIL, { id: await orgId('Harju Metall OÜ') });
      const tutors = res.data!.organisation.tutors;
      if (!named) {
        expect(tutors).toEqual([]);
        return;
      }
      // The demo's network tutors and its generated cohort (for the cockpit) work there.
      const all = await tutorCount('Harju Metall OÜ');
      expect(all).toBeGreaterThanOrEqual(3);
      expect(tutors).toHaveLength(all);
      expect(tutors.every((x) => x.side === 'COMPANY' && x.displayName.length > 3)).toBe(true);
      expect(tutors.filter((x) => x.email !== null)).toHaveLength(all);
    },
  );

  it('shows the manager of Harju Metall no tutors of another organisation', async () => {
    const manager = await as('manager');
    const res = await manager.request<Detail>(DETAIL, { id: await orgId('Tallinna Tööstushariduskeskus') });
    expect(res.data!.organisation.tutors).toEqual([]);
  });

  it('keeps clusters and tutor sides right in the database itself', async () => {
    const [a, b, school, authority] = await Promise.all([
      orgId('Harju Metall OÜ'),
      orgId('Emajõe Ehitus AS'),
      orgId('Tartu Kutsehariduskeskus'),
      orgId('Tallinna Ülikool, Haridusteaduste instituut'),
    ]);
    // Two companies: the foreign key (school_id, school_kind) finds no VET_INSTITUTION with that id.
    await expect(
      t.db.query(`INSERT INTO cluster_link (school_id, company_id) VALUES ($1, $2)`, [a, b]),
    ).rejects.toThrow(/foreign key/);
    await expect(
      t.db.query(`INSERT INTO cluster_link (school_id, company_id) VALUES ($1, $2)`, [school, authority]),
    ).rejects.toThrow(/foreign key/);
    // A linked organisation cannot change its kind under the link.
    await expect(t.db.query(`UPDATE organisation SET kind = 'AUTHORITY' WHERE id = $1`, [school])).rejects.toThrow(
      /foreign key/,
    );
    const [person] = await t.db.query(
      `INSERT INTO person (email, given_name, family_name) VALUES ('side@test.example', 'S', 'T') RETURNING id`,
    );
    await expect(
      t.db.query(
        `INSERT INTO tutor_profile (person_id, organisation_id, organisation_kind, side) VALUES ($1, $2, 'COMPANY', 'SCHOOL')`,
        [person.id, a],
      ),
    ).rejects.toThrow(/ck_tutor_profile_side/);
    await expect(
      t.db.query(
        `INSERT INTO tutor_profile (person_id, organisation_id, organisation_kind, side) VALUES ($1, $2, 'VET_INSTITUTION', 'SCHOOL')`,
        [person.id, a],
      ),
    ).rejects.toThrow(/foreign key/);
  });
});
