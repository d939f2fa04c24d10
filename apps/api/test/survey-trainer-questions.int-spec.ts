import { createPerson } from './support/fixtures';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';
import { signedInClient } from './support/training-fixtures';
import { givenEdition } from './support/factories/training-sessions';
import { givenOpenSurvey, type GivenOpenSurvey } from './support/factories/surveys';

const QUESTION_FIELDS = `id code type text textIsFallback byTrainer required options { code text } translations { language text }`;
const SURVEY = `query S($id: ID!, $language: String) { survey(id: $id, language: $language) {
  id canAddOwnQuestions questions { ${QUESTION_FIELDS} } } }`;
const ADD = `mutation A($input: AddTrainerQuestionInput!) { addSurveyTrainerQuestion(input: $input) { id questions { ${QUESTION_FIELDS} } } }`;
const UPDATE = `mutation U($input: UpdateTrainerQuestionInput!) { updateSurveyTrainerQuestion(input: $input) { id questions { ${QUESTION_FIELDS} } } }`;
const REMOVE = `mutation R($input: RemoveTrainerQuestionInput!) { removeSurveyTrainerQuestion(input: $input) { id questions { id } } }`;
const SUBMIT = `mutation S($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { id } }`;
const RESULTS = `query Q($surveyId: ID!) { surveyResults(surveyId: $surveyId) { questions { id code byTrainer suppressed } } }`;

interface Question {
  id: string;
  code: string;
  type: string;
  text: string;
  textIsFallback: boolean;
  byTrainer: boolean;
  options: { code: string; text: string }[];
  translations: { language: string; text: string }[];
}
type Added = { addSurveyTrainerQuestion: { questions: Question[] } };

const fields = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] as { field: string }[] | undefined) ?? []).map((f) => f.field);

describe('a trainer’s own questions in their session’s feedback: up to three, until the first response', () => {
  let t: TestApp;
  let s: GivenOpenSurvey;
  let otherTrainer: GqlClient;
  let coordinatorEE: GqlClient;
  let admin: GqlClient;

  const likert = (
    surveyId: string,
    en = 'The role play helped me',
    more: { language: string; text: string }[] = [],
  ) => ({
    surveyId,
    type: 'LIKERT_5',
    text: [{ language: 'en', text: en }, ...more],
    required: false,
  });
  const add = (client: GqlClient, input: Record<string, unknown>) => client.request<Added>(ADD, { input });
  const own = async () =>
    (await t.db.query(`SELECT code, text FROM survey_question WHERE survey_id = $1 AND by_trainer ORDER BY code`, [
      s.surveyId,
    ])) as { code: string; text: Record<string, string> }[];

  beforeAll(async () => {
    t = await startTestApp();
    const { editionId } = await givenEdition(t.db);
    s = await givenOpenSurvey(t, editionId, 3);
    otherTrainer = await signedInClient(t, (await createPerson(t.db, [{ role: 'TRAINER', countryCode: 'EE' }])).id);
    coordinatorEE = await signedInClient(
      t,
      (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'EE' }])).id,
    );
    admin = await signedInClient(t, (await createPerson(t.db, [{ role: 'ADMIN' }])).id);
  }, 60_000);
  afterAll(() => t?.close());

  it('adds a question of the trainer’s own, in the languages given, English standing in for the others', async () => {
    const before = await s.trainer.request<{ survey: { canAddOwnQuestions: boolean } }>(SURVEY, { id: s.surveyId });
    expect(before.data?.survey.canAddOwnQuestions).toBe(true);
    const res = await add(
      s.trainer,
      likert(s.surveyId, 'The role play helped me', [{ language: 'et', text: 'Rollimäng aitas mind' }]),
    );
    expect(res.errors).toBeUndefined();
    const mine = res.data?.addSurveyTrainerQuestion.questions.filter((q) => q.byTrainer);
    expect(mine).toEqual([
      expect.objectContaining({ code: 'T1', type: 'LIKERT_5', text: 'The role play helped me', byTrainer: true }),
    ]);
    const inEt = await s.tutors[0].client.request<{ survey: { questions: Question[] } }>(SURVEY, {
      id: s.surveyId,
      language: 'et',
    });
    const inLv = await s.tutors[0].client.request<{ survey: { questions: Question[] } }>(SURVEY, {
      id: s.surveyId,
      language: 'lv',
    });
    expect(inEt.data?.survey.questions.find((q) => q.code === 'T1')).toMatchObject({
      text: 'Rollimäng aitas mind',
      textIsFallback: false,
    });
    expect(inLv.data?.survey.questions.find((q) => q.code === 'T1')).toMatchObject({
      text: 'The role play helped me',
      textIsFallback: true,
    });
    // The template's questions come first; the trainer's after them.
    const codes = inEt.data?.survey.questions.map((q) => q.code) ?? [];
    expect(codes[codes.length - 1]).toBe('T1');
    const audit = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'addSurveyTrainerQuestion' AND actor_person_id = $1`,
      [s.trainerId],
    );
    expect(audit[0].n).toBe(1);
  });

  it('refuses other trainers, coordinators, ADMIN and tutors, and bad input with typed errors, storing nothing', async () => {
    for (const client of [otherTrainer, coordinatorEE, admin, s.tutors[0].client])
      expect(errorCode(await add(client, likert(s.surveyId)))).toBe('FORBIDDEN');
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'no English text',
        { ...likert(s.surveyId), text: [{ language: 'et', text: 'Ainult eesti keeles' }] },
        'input.text',
      ],
      [
        'a SINGLE with one option',
        { ...likert(s.surveyId), type: 'SINGLE', options: [{ text: [{ language: 'en', text: 'Yes' }] }] },
        'input.options',
      ],
      [
        'an option without English',
        {
          ...likert(s.surveyId),
          type: 'SINGLE',
          options: [{ text: [{ language: 'en', text: 'Yes' }] }, { text: [{ language: 'lv', text: 'Nē' }] }],
        },
        'input.options.1.text',
      ],
      [
        'a language twice',
        {
          ...likert(s.surveyId),
          text: [
            { language: 'en', text: 'A' },
            { language: 'en', text: 'B' },
          ],
        },
        'input.text.1.language',
      ],
    ];
    for (const [what, input, field] of cases) {
      const res = await add(s.trainer, input);
      expect([what, errorCode(res)]).toEqual([what, 'VALIDATION_FAILED']);
      expect([what, fields(res)]).toEqual([what, expect.arrayContaining([field])]);
    }
    expect(errorCode(await add(s.trainer, { ...likert(s.surveyId), type: 'SECTION' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await add(s.trainer, likert(s.surveyId, 'x'.repeat(100_000))))).toBe('VALIDATION_FAILED');
    expect((await own()).map((q) => q.code)).toEqual(['T1']);
  });

  it('changes and removes the trainer’s own questions only (never the template’s)', async () => {
    const [t1] = await t.db.query(`SELECT id FROM survey_question WHERE survey_id = $1 AND code = 'T1'`, [s.surveyId]);
    const changed = await s.trainer.request(UPDATE, {
      input: { ...likert(s.surveyId, 'The role play was useful'), surveyId: undefined, questionId: t1.id },
    });
    expect(changed.errors).toBeUndefined();
    expect((await own())[0].text).toEqual({ en: 'The role play was useful' });
    expect(
      errorCode(
        await otherTrainer.request(UPDATE, {
          input: { ...likert(s.surveyId), surveyId: undefined, questionId: t1.id },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await s.trainer.request(UPDATE, {
          input: { ...likert(s.surveyId), surveyId: undefined, questionId: s.q['Q1'] },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await s.trainer.request(REMOVE, { input: { questionId: s.q['Q1'] } }))).toBe('NOT_FOUND');
    expect(errorCode(await otherTrainer.request(REMOVE, { input: { questionId: t1.id } }))).toBe('FORBIDDEN');
    expect((await s.trainer.request(REMOVE, { input: { questionId: t1.id } })).errors).toBeUndefined();
    expect(await own()).toEqual([]);
  });

  it('takes at most three, also when they arrive at the same moment (TRAINER_QUESTION_LIMIT)', async () => {
    const all = await Promise.all([1, 2, 3, 4, 5].map((i) => add(s.trainer, likert(s.surveyId, `Question ${i}`))));
    expect(all.filter((r) => !r.errors)).toHaveLength(3);
    expect(all.filter((r) => errorCode(r) === 'TRAINER_QUESTION_LIMIT')).toHaveLength(2);
    expect((await own()).map((q) => q.code)).toEqual(['T1', 'T2', 'T3']);
  });

  it('freezes the questions once someone has answered; the results mark the trainer’s own', async () => {
    const mine = await own();
    const answers = [
      ...Object.entries({ Q1: '4', Q2: '5', Q3: 'NA', Q4: '9', Q5: 'RIGHT' }).map(([code, value]) => ({
        questionId: s.q[code],
        value,
      })),
    ];
    const ids = await t.db.query(`SELECT id FROM survey_question WHERE survey_id = $1 AND by_trainer ORDER BY code`, [
      s.surveyId,
    ]);
    const sent = await s.tutors[0].client.request(SUBMIT, {
      input: { surveyId: s.surveyId, answers: [...answers, { questionId: ids[0].id, value: '5' }] },
    });
    expect(sent.errors).toBeUndefined();
    expect(errorCode(await add(s.trainer, likert(s.surveyId)))).toBe('CONFLICT');
    expect(errorCode(await s.trainer.request(REMOVE, { input: { questionId: ids[0].id } }))).toBe('CONFLICT');
    expect(await own()).toEqual(mine);
    const results = await s.trainer.request<{ surveyResults: { questions: { code: string; byTrainer: boolean }[] } }>(
      RESULTS,
      { surveyId: s.surveyId },
    );
    const flags = Object.fromEntries(results.data?.surveyResults.questions.map((q) => [q.code, q.byTrainer]) ?? []);
    expect(flags).toMatchObject({ Q1: false, T1: true, T2: true, T3: true });
  });
});
