import { createPerson } from './support/fixtures';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';
import { signedInClient } from './support/training-fixtures';
import { givenEdition, givenNationalModule, type GivenModule } from './support/factories/training-sessions';
import { givenOpenSurvey, type GivenOpenSurvey } from './support/factories/surveys';

const COMPARE = `query C($surveyId: ID!, $questionCode: String!, $by: SurveyComparisonBy!, $countryCode: String, $side: String,
  $responseLanguage: String, $trainerId: ID) {
  surveyQuestionComparison(surveyId: $surveyId, questionCode: $questionCode, by: $by, countryCode: $countryCode, side: $side,
    responseLanguage: $responseLanguage, trainerId: $trainerId) {
    questionCode type totalCount minGroupSize side responseLanguage trainerId trainers { id name }
    groups { key label surveyId moduleVersion suppressed count mean distribution { value count } } } }`;
const SUBMIT = `mutation S($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { id } }`;
const ADD = `mutation A($input: AddTrainerQuestionInput!) { addSurveyTrainerQuestion(input: $input) { id } }`;

interface Group {
  key: string;
  surveyId: string | null;
  moduleVersion: number;
  suppressed: boolean;
  count: number | null;
  mean: number | null;
}
interface Comparison {
  surveyQuestionComparison: { totalCount: number | null; trainers: { id: string; name: string }[]; groups: Group[] };
}

const fields = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] as { field: string }[] | undefined) ?? []).map((f) => f.field);

describe('survey comparison: one template question over sessions and module versions, k-anonymous, in scope', () => {
  let t: TestApp;
  let a: GivenOpenSurvey; // v1, 12 responses
  let b: GivenOpenSurvey; // v1, 6 responses
  let c: GivenOpenSurvey; // v2, 12 responses
  let d: GivenOpenSurvey; // v3, 2 responses: too few
  let admin: GqlClient;
  let coordinatorEE: GqlClient;
  let coordinatorLV: GqlClient;
  let otherTrainer: GqlClient;

  const compare = (client: GqlClient, by: 'SESSION' | 'MODULE_VERSION', questionCode = 'Q1', extra = {}) =>
    client.request<Comparison>(COMPARE, { surveyId: a.surveyId, questionCode, by, ...extra });

  async function answerAll(s: GivenOpenSurvey, q1: string) {
    for (const tutor of s.tutors) {
      const answers = Object.entries({ Q1: q1, Q2: '4', Q3: 'NA', Q4: '8', Q5: 'RIGHT' }).map(([code, value]) => ({
        questionId: s.q[code],
        value,
      }));
      const res = await tutor.client.request(SUBMIT, { input: { surveyId: s.surveyId, answers } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    const { editionId } = await givenEdition(t.db);
    const v1 = await givenNationalModule(t.db, editionId, 'EE');
    const version = async (n: number, status: string): Promise<GivenModule> => {
      const [row] = await t.db.query(
        `INSERT INTO module_version (module_id, version, status, title, contact_hours, self_study_hours, delivery_mode, published_at)
         VALUES ($1, $2, $3, $4, 6, 0, 'IN_PERSON', now()) RETURNING id`,
        [v1.moduleId, n, status, JSON.stringify({ en: `Test module v${n}` })],
      );
      return { ...v1, versionId: row.id };
    };
    await t.db.query(`UPDATE module_version SET status = 'SUPERSEDED' WHERE id = $1`, [v1.versionId]);
    const v2 = await version(2, 'SUPERSEDED');
    const v3 = await version(3, 'PUBLISHED');
    a = await givenOpenSurvey(t, editionId, 6, undefined, { module: v1, inDays: -30 });
    b = await givenOpenSurvey(t, editionId, 3, undefined, { module: v1, inDays: -20 });
    c = await givenOpenSurvey(t, editionId, 6, undefined, { module: v2, inDays: -10 });
    d = await givenOpenSurvey(t, editionId, 1, undefined, { module: v3, inDays: -2 });
    // A trainer's own question in session A: never compared.
    const own = await a.trainer.request(ADD, {
      input: { surveyId: a.surveyId, type: 'LIKERT_5', text: [{ language: 'en', text: 'The role play helped' }] },
    });
    if (own.errors) throw new Error(JSON.stringify(own.errors));
    await answerAll(a, '3');
    await answerAll(b, '3');
    await answerAll(c, '5');
    await answerAll(d, '1');
    admin = await signedInClient(t, (await createPerson(t.db, [{ role: 'ADMIN' }])).id);
    coordinatorEE = await signedInClient(
      t,
      (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'EE' }])).id,
    );
    coordinatorLV = await signedInClient(
      t,
      (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'LV' }])).id,
    );
    otherTrainer = await signedInClient(t, (await createPerson(t.db, [{ role: 'TRAINER', countryCode: 'EE' }])).id);
  }, 180_000);
  afterAll(() => t?.close());

  it('shows the question per session with counts and means; a session under 5 is too few to show', async () => {
    const res = await compare(admin, 'SESSION');
    expect(res.errors).toBeUndefined();
    const groups = res.data?.surveyQuestionComparison.groups ?? [];
    expect(groups.map((g) => [g.surveyId, g.moduleVersion, g.suppressed, g.count, g.mean])).toEqual([
      [a.surveyId, 1, false, 12, 3],
      [b.surveyId, 1, false, 6, 3],
      [c.surveyId, 2, false, 12, 5],
      [d.surveyId, 3, true, null, null],
    ]);
  });

  it('shows the module versions side by side: version 2 better than version 1, version 3 too few', async () => {
    const res = await compare(coordinatorEE, 'MODULE_VERSION');
    expect(res.errors).toBeUndefined();
    const groups = res.data?.surveyQuestionComparison.groups ?? [];
    expect(groups.map((g) => [g.moduleVersion, g.suppressed, g.count, g.mean])).toEqual([
      [1, false, 18, 3],
      [2, false, 12, 5],
      [3, true, null, null],
    ]);
  });

  it('lets no total minus the published groups reveal a group under 5', async () => {
    const sessions = (await compare(admin, 'SESSION')).data?.surveyQuestionComparison;
    const versions = (await compare(admin, 'MODULE_VERSION')).data?.surveyQuestionComparison;
    const shown = (list: Group[] | undefined) =>
      (list ?? []).filter((g) => !g.suppressed).map((g) => g.count as number);
    const total = sessions?.totalCount ?? null;
    expect(versions?.totalCount).toBe(total);
    if (total !== null) {
      for (const parts of [shown(sessions?.groups), shown(versions?.groups)]) {
        const rest = total - parts.reduce((s, n) => s + n, 0);
        expect(rest === 0 || rest >= 5).toBe(true);
      }
    }
    // A version minus its published sessions.
    const v1 = versions?.groups.find((g) => g.moduleVersion === 1)?.count ?? 0;
    const v1Sessions = shown(sessions?.groups.filter((g) => g.moduleVersion === 1));
    const rest = v1 - v1Sessions.reduce((s, n) => s + n, 0);
    expect(rest === 0 || rest >= 5).toBe(true);
  });

  it('keeps to the viewer’s scope: a trainer sees their own sessions; others and other countries are refused', async () => {
    const own = await compare(a.trainer, 'SESSION');
    expect(own.errors).toBeUndefined();
    expect(own.data?.surveyQuestionComparison.groups.map((g) => g.surveyId)).toEqual([a.surveyId]);
    const ownVersions = await compare(a.trainer, 'MODULE_VERSION');
    expect(ownVersions.data?.surveyQuestionComparison.groups.map((g) => [g.moduleVersion, g.count])).toEqual([[1, 12]]);
    expect(errorCode(await compare(otherTrainer, 'SESSION'))).toBe('FORBIDDEN');
    expect(errorCode(await compare(coordinatorLV, 'SESSION'))).toBe('FORBIDDEN');
    expect(errorCode(await compare(coordinatorEE, 'SESSION', 'Q1', { countryCode: 'LV' }))).toBe('FORBIDDEN');
    expect(errorCode(await compare(a.tutors[0].client, 'SESSION'))).toBe('FORBIDDEN');
  });

  it('refuses what cannot be compared (free texts, a trainer’s own question, an unknown code) with VALIDATION_FAILED', async () => {
    for (const code of ['Q7', 'T1', 'NOPE']) {
      const res = await compare(admin, 'SESSION', code);
      expect([code, errorCode(res)]).toEqual([code, 'VALIDATION_FAILED']);
      expect(fields(res)).toEqual(['questionCode']);
    }
  });
});

describe('survey comparison filters: side, trainer and response language, and no subtraction reveals a group under 5', () => {
  let t: TestApp;
  let p: GivenOpenSurvey; // 12 responses, trainers P and X
  let q: GivenOpenSurvey; // 4 responses, trainers Q and X: too few
  let r: GivenOpenSurvey; // 12 responses, trainer Q; two of them in Russian
  let x: { id: string; client: GqlClient };
  let admin: GqlClient;
  let coordinatorLV: GqlClient;

  const compare = (client: GqlClient, by: 'SESSION' | 'MODULE_VERSION', extra: Record<string, unknown> = {}) =>
    client.request<Comparison>(COMPARE, { surveyId: p.surveyId, questionCode: 'Q1', by, ...extra });
  const shown = (res: GqlResponse<Comparison>) =>
    (res.data?.surveyQuestionComparison.groups ?? []).filter((g) => !g.suppressed).map((g) => g.count as number);
  /** Every published count and total, and their differences: none may be a group of 1 to 4. */
  const revealsSmall = (counts: (number | null)[]) => {
    const known = counts.filter((n): n is number => n !== null);
    return known.some((a) => (a > 0 && a < 5) || known.some((b) => a - b > 0 && a - b < 5));
  };

  async function answerAll(s: GivenOpenSurvey, q1: string) {
    for (const tutor of s.tutors) {
      const answers = Object.entries({ Q1: q1, Q2: '4', Q3: '4', Q4: '8', Q5: 'RIGHT' }).map(([code, value]) => ({
        questionId: s.q[code],
        value,
      }));
      const res = await tutor.client.request(SUBMIT, { input: { surveyId: s.surveyId, answers } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    const { editionId } = await givenEdition(t.db);
    const module = await givenNationalModule(t.db, editionId, 'EE');
    p = await givenOpenSurvey(t, editionId, 6, undefined, { module, inDays: -30 });
    q = await givenOpenSurvey(t, editionId, 2, undefined, { module, inDays: -20 });
    r = await givenOpenSurvey(t, editionId, 6, undefined, { module, inDays: -10 });
    const person = await createPerson(t.db, [{ role: 'TRAINER', countryCode: 'EE' }]);
    x = { id: person.id, client: await signedInClient(t, person.id) };
    await t.db.query(`INSERT INTO session_trainer (session_id, person_id) VALUES ($1, $3), ($2, $3), ($4, $5)`, [
      p.sessionId,
      q.sessionId,
      x.id,
      r.sessionId,
      q.trainerId,
    ]);
    await answerAll(p, '4');
    await answerAll(q, '2');
    await answerAll(r, '5');
    // Two of R's respondents answered in Russian (one of each side), the others in Estonian.
    await t.db.query(`UPDATE survey_response SET language = 'et' WHERE survey_id = ANY($1::uuid[])`, [
      [p.surveyId, q.surveyId, r.surveyId],
    ]);
    await t.db.query(
      `UPDATE survey_response SET language = 'ru' WHERE id IN (
         SELECT DISTINCT ON (side) id FROM survey_response WHERE survey_id = $1 ORDER BY side, id)`,
      [r.surveyId],
    );
    admin = await signedInClient(t, (await createPerson(t.db, [{ role: 'ADMIN' }])).id);
    coordinatorLV = await signedInClient(
      t,
      (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'LV' }])).id,
    );
  }, 180_000);
  afterAll(() => t?.close());

  it('filters by side: each session’s school tutors, the small session hidden', async () => {
    const res = await compare(admin, 'SESSION', { side: 'SCHOOL' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.surveyQuestionComparison).toMatchObject({ side: 'SCHOOL' });
    const groups = res.data?.surveyQuestionComparison.groups ?? [];
    expect(groups.map((g) => [g.surveyId, g.suppressed, g.count, g.mean])).toEqual([
      [p.surveyId, false, 6, 4],
      [q.surveyId, true, null, null],
      [r.surveyId, false, 6, 5],
    ]);
  });

  it('filters by trainer: their sessions only; their sessions minus a shown one never reveal the small one', async () => {
    const sessions = await compare(admin, 'SESSION', { trainerId: x.id });
    expect(sessions.errors).toBeUndefined();
    expect(sessions.data?.surveyQuestionComparison.groups.map((g) => [g.surveyId, g.suppressed])).toEqual([
      [p.surveyId, expect.any(Boolean)],
      [q.surveyId, true],
    ]);
    expect(sessions.data?.surveyQuestionComparison.trainers.map((tr) => tr.id)).toContain(x.id);
    const versions = await compare(admin, 'MODULE_VERSION', { trainerId: x.id });
    // X's version (P + Q = 16) minus P (12) would be Q's 4.
    expect(
      revealsSmall([...shown(sessions), ...shown(versions), versions.data!.surveyQuestionComparison.totalCount]),
    ).toBe(false);
    // Nor with the unfiltered version and the other trainer's sessions.
    const everything = await compare(admin, 'MODULE_VERSION');
    const ofQ = await compare(admin, 'MODULE_VERSION', { trainerId: q.trainerId });
    const ofP = await compare(admin, 'MODULE_VERSION', { trainerId: p.trainerId });
    expect(
      revealsSmall([
        ...shown(everything),
        ...shown(ofQ),
        ...shown(ofP),
        ...shown(versions),
        ...shown(await compare(admin, 'SESSION')),
      ]),
    ).toBe(false);
  });

  it('filters by response language; neither the language nor all minus it reveals the two Russian answers', async () => {
    const byLanguage = async (responseLanguage: string | null) => {
      const res = await compare(admin, 'SESSION', { responseLanguage });
      expect(res.errors).toBeUndefined();
      return res.data!.surveyQuestionComparison.groups.find((g) => g.surveyId === r.surveyId) as Group;
    };
    const all = await byLanguage(null);
    expect([all.suppressed, all.count]).toEqual([false, 12]);
    const ru = await byLanguage('ru');
    const et = await byLanguage('et');
    expect(ru.suppressed).toBe(true);
    expect(et.suppressed).toBe(true);
    // P answered all in Estonian: its Estonian group is all of it, and shown.
    const pEt = (await compare(admin, 'SESSION', { responseLanguage: 'et' })).data!.surveyQuestionComparison.groups[0];
    expect([pEt.surveyId, pEt.suppressed, pEt.count]).toEqual([p.surveyId, false, 12]);
    // With a side too: 5 Estonian school answers of 6 would reveal the one Russian.
    for (const side of ['SCHOOL', 'COMPANY']) {
      const res = await compare(admin, 'SESSION', { responseLanguage: 'et', side });
      const group = res.data!.surveyQuestionComparison.groups.find((g) => g.surveyId === r.surveyId) as Group;
      expect([side, group.suppressed]).toEqual([side, true]);
    }
  });

  it('refuses the filters to the wrong role and the wrong country, and another trainer’s sessions to a trainer', async () => {
    expect(errorCode(await compare(p.tutors[0].client, 'SESSION', { side: 'SCHOOL' }))).toBe('FORBIDDEN');
    expect(errorCode(await compare(coordinatorLV, 'SESSION', { side: 'SCHOOL', countryCode: 'EE' }))).toBe('FORBIDDEN');
    expect(errorCode(await compare(coordinatorLV, 'SESSION', { responseLanguage: 'et' }))).toBe('FORBIDDEN');
    expect(errorCode(await compare(p.trainer, 'SESSION', { trainerId: x.id }))).toBe('FORBIDDEN');
    const own = await compare(p.trainer, 'SESSION', { trainerId: p.trainerId });
    expect(own.errors).toBeUndefined();
    expect(own.data?.surveyQuestionComparison.trainers.map((tr) => tr.id)).toEqual([p.trainerId]);
  });

  it('refuses a side or a language it does not know, with VALIDATION_FAILED', async () => {
    for (const extra of [{ side: 'NONE' }, { responseLanguage: 'xx' }, { trainerId: 'not-a-uuid' }]) {
      const res = await compare(admin, 'SESSION', extra);
      expect([extra, errorCode(res)]).toEqual([extra, 'VALIDATION_FAILED']);
    }
  });
});
