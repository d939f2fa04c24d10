import { randomUUID } from 'node:crypto';
import {
  givenCompetenceProfile,
  givenEdition,
  givenModule,
  givenRound,
  givenSelfAssessment,
  givenTutor,
  type GivenModule,
  type GivenProfile,
  type GivenTutor,
} from './support/factories';
import { errorCode, type GqlClient } from './support/gql-client';
import { cast, signInAsPerson } from './support/sign-in';
import { countStatements } from './support/statement-counter';
import { startTestApp, TestApp } from './support/test-app';

interface Suggestion {
  resource: { id: string; title: string };
  reasons: { code: string; title: string; level: number; scaleLevels: number }[];
}

const SUGGEST = `query S($moduleId: ID, $first: Int) { suggestedResources(moduleId: $moduleId, first: $first) {
  resource { id title } reasons { code title level scaleLevels } } }`;
const PROPOSE = `mutation P($input: ProposeResourceInput!) { proposeResource(input: $input) { id } }`;
const REVIEW = `mutation R($id: ID!) { reviewResource(id: $id, decision: APPROVE) { id } }`;

describe('suggested resources (issue 18)', () => {
  let t: TestApp;
  const as = cast(() => t, {
    admin: { role: 'ADMIN' },
    'trainer.ee': { role: 'TRAINER', countryCode: 'EE' },
    manager: { role: 'MANAGER', organisationIn: 'EE' },
    observer: { role: 'OBSERVER' },
  });
  let profile: GivenProfile;
  let module: GivenModule;
  let tutorA: GivenTutor;
  let tutorB: GivenTutor;
  let tutorC: GivenTutor;
  let a: GqlClient;
  const r: Record<string, string> = {};

  const competence = (code: string) => profile.competences.find((c) => c.code === code)!.id;
  /** A resource the admin proposes (tagged) and, unless `publish` is false, approves. */
  const resource = async (title: string, codes: string[], moduleIds: string[] = [], publish = true) => {
    const admin = await as('admin');
    const res = await admin.request<{ proposeResource: { id: string } }>(PROPOSE, {
      input: {
        kind: 'GUIDE',
        titles: [{ language: 'en', text: title }],
        versions: [{ language: 'en', body: `${title} text` }],
        competenceIds: codes.map(competence),
        moduleIds,
      },
    });
    expect(res.errors).toBeUndefined();
    const id = res.data!.proposeResource.id;
    if (publish) expect((await admin.request(REVIEW, { id })).errors).toBeUndefined();
    return id;
  };
  const suggest = async (client: GqlClient, vars: { moduleId?: string; first?: number } = {}) => {
    const res = await client.request<{ suggestedResources: Suggestion[] }>(SUGGEST, vars);
    expect(res.errors).toBeUndefined();
    return res.data!.suggestedResources;
  };
  const ids = (list: Suggestion[]) => list.map((s) => s.resource.id);

  beforeAll(async () => {
    t = await startTestApp();
    const edition = await givenEdition(t.db);
    profile = await givenCompetenceProfile(t.db, { areas: ['PLAN', 'TEACH'], perArea: 2, scaleLevels: 4 });
    const baseline = await givenRound(t.db, {
      edition,
      profile,
      kind: 'BASELINE',
      opensInDays: -30,
      closesInDays: -20,
    });
    const after1 = await givenRound(t.db, {
      edition,
      profile,
      kind: 'AFTER_MODULE',
      moduleNumber: 1,
      opensInDays: -2,
      closesInDays: 5,
    });
    module = await givenModule(t.db, { edition });
    await t.db.query(`INSERT INTO module_competence (module_id, competence_code) VALUES ($1, 'TEACH.1')`, [module.id]);
    tutorA = await givenTutor(t.db, { edition, preferredLanguage: 'et' });
    tutorB = await givenTutor(t.db, { edition });
    tutorC = await givenTutor(t.db, { edition });
    // A: PLAN.1 3, PLAN.2 1, TEACH.1 2, TEACH.2 4 (the top: nothing to suggest there).
    const levelsA = [3, 1, 2, 4];
    await givenSelfAssessment(t.db, { roundId: baseline, profile, personId: tutorA.id, level: (i) => levelsA[i] });
    // A draft of a later round rating PLAN.1 lowest must not count.
    await givenSelfAssessment(t.db, { roundId: after1, profile, personId: tutorA.id, status: 'DRAFT', level: () => 1 });
    await givenSelfAssessment(t.db, {
      roundId: baseline,
      profile,
      personId: tutorC.id,
      status: 'DRAFT',
      level: () => 1,
    });
    r['plan2'] = await resource('Planning guide', ['PLAN.2']);
    r['teach1'] = await resource('Teaching guide', ['TEACH.1']);
    r['plan1'] = await resource('Plan basics', ['PLAN.1']);
    r['teach2'] = await resource('Advanced teaching', ['TEACH.2']);
    r['both'] = await resource('Plan and teach', ['PLAN.2', 'TEACH.1']);
    r['module'] = await resource('Module handout', [], [module.id]);
    r['unpublished'] = await resource('Draft planning guide', ['PLAN.2'], [module.id], false);
    a = await signInAsPerson(t, tutorA);
  });
  afterAll(() => t.close());

  it('suggests the resources of the lowest-rated competences first (ties: more of them), with the reasons', async () => {
    const list = await suggest(a);
    expect(ids(list)).toEqual([r['both'], r['plan2'], r['teach1'], r['plan1']]);
    expect(list[0].reasons).toEqual([
      { code: 'PLAN.2', title: 'PLAN.2 et', level: 1, scaleLevels: 4 },
      { code: 'TEACH.1', title: 'TEACH.1 et', level: 2, scaleLevels: 4 },
    ]);
    expect(ids(await suggest(a, { first: 2 }))).toEqual([r['both'], r['plan2']]);
  });

  it('ignores a draft self-assessment and never shows an unpublished resource', async () => {
    const list = await suggest(a);
    expect(list.find((s) => s.resource.id === r['plan1'])!.reasons.map((x) => x.level)).toEqual([3]);
    expect(ids(list)).not.toContain(r['unpublished']);
    expect(ids(await suggest(a, { moduleId: module.id }))).not.toContain(r['unpublished']);
  });

  it('restricts to the module: resources tagged to it or to a competence it develops, personal ones first', async () => {
    const list = await suggest(a, { moduleId: module.id });
    expect(ids(list)).toEqual([r['both'], r['teach1'], r['module']]);
    expect(list[2].reasons).toEqual([]);
  });

  it("never reads another tutor's ratings", async () => {
    const before = await suggest(a);
    const baseline = (
      await t.db.query(`SELECT id FROM assessment_round WHERE kind = 'BASELINE' AND profile_version_id = $1`, [
        profile.id,
      ])
    )[0].id as string;
    const levelsB = [2, 3, 1, 2];
    await givenSelfAssessment(t.db, { roundId: baseline, profile, personId: tutorB.id, level: (i) => levelsB[i] });
    expect(await suggest(a)).toEqual(before);
    const b = await suggest(await signInAsPerson(t, tutorB));
    // PLAN.1 and TEACH.2 tie at 2: the newer resource first.
    expect(ids(b)).toEqual([r['both'], r['teach1'], r['teach2'], r['plan1'], r['plan2']]);
    expect(b[0].reasons.map((x) => [x.code, x.level])).toEqual([
      ['TEACH.1', 1],
      ['PLAN.2', 3],
    ]);
  });

  it('without a submitted self-assessment: the most used (or the module’s) resources, with no reason', async () => {
    const c = await signInAsPerson(t, tutorC);
    const admin = await as('admin');
    for (let i = 0; i < 3; i++)
      await admin.request(`mutation D($id: ID!) { recordResourceDownload(id: $id) }`, { id: r['teach2'] });
    const list = await suggest(c);
    expect(list[0].resource.id).toBe(r['teach2']);
    expect(list.every((s) => s.reasons.length === 0)).toBe(true);
    expect(ids(list)).not.toContain(r['unpublished']);
    expect(new Set(ids(await suggest(c, { moduleId: module.id })))).toEqual(
      new Set([r['both'], r['teach1'], r['module']]),
    );
  });

  it('gives a trainer the module’s resources with no personal reasons', async () => {
    const list = await suggest(await as('trainer.ee'), { moduleId: module.id });
    expect(new Set(ids(list))).toEqual(new Set([r['both'], r['teach1'], r['module']]));
    expect(list.every((s) => s.reasons.length === 0)).toBe(true);
  });

  it('reads a fixed number of statements, however many suggestions (no N+1)', async () => {
    const counter = countStatements();
    try {
      counter.reset();
      await suggest(a, { first: 1 });
      const one = counter.count;
      counter.reset();
      expect((await suggest(a, { first: 20 })).length).toBeGreaterThan(3);
      expect(counter.count).toBe(one);
    } finally {
      counter.restore();
    }
  });

  it('refuses the other roles', async () => {
    for (const who of ['manager', 'observer'] as const)
      expect(errorCode(await (await as(who)).request(SUGGEST, { moduleId: module.id }))).toBe('FORBIDDEN');
  });

  it('refuses a bad module id or size, and answers NOT_FOUND for an unknown module', async () => {
    expect(errorCode(await a.request(SUGGEST, { moduleId: 'not-an-id' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await a.request(SUGGEST, { first: 0 }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await a.request(SUGGEST, { first: 21 }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await a.request(SUGGEST, { moduleId: randomUUID() }))).toBe('NOT_FOUND');
  });
});
