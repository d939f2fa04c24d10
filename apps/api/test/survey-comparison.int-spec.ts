import { createPerson } from './support/fixtures';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';
import { signedInClient } from './support/training-fixtures';
import { givenEdition, givenNationalModule, type GivenModule } from './support/factories/training-sessions';
import { givenOpenSurvey, type GivenOpenSurvey } from './support/factories/surveys';

const COMPARE = `query C($surveyId: ID!, $questionCode: String!, $by: SurveyComparisonBy!, $countryCode: String) {
  surveyQuestionComparison(surveyId: $surveyId, questionCode: $questionCode, by: $by, countryCode: $countryCode) {
    questionCode type totalCount minGroupSize
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
  surveyQuestionComparison: { totalCount: number | null; groups: Group[] };
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
