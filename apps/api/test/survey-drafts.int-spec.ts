import { randomUUID } from 'node:crypto';
import { createPerson } from './support/fixtures';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';
import { signedInClient } from './support/training-fixtures';
import { givenEdition, givenTandems } from './support/factories/training-sessions';
import { givenOpenSurvey, type GivenOpenSurvey } from './support/factories/surveys';

const DRAFT = `query D($surveyId: ID!) { mySurveyDraft(surveyId: $surveyId) { surveyId submitted editable answers { questionId value } } }`;
const SAVE = `mutation SD($input: SaveSurveyDraftInput!) { saveSurveyDraft(input: $input) { surveyId answers { questionId value } } }`;
const SUBMIT = `mutation R($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { id } }`;
const UPDATE = `mutation U($input: SubmitSurveyResponseInput!) { updateSurveyResponse(input: $input) { id } }`;
const EDITING = `mutation E($input: SetSurveyEditingInput!) { setSurveyEditing(input: $input) { id allowEditUntilClose } }`;
const SET_MODE = `mutation SM($input: SetSurveyModeInput!) { setSurveyMode(input: $input) { id mode allowEditUntilClose } }`;
const CLOSE = `mutation C($input: SurveyIdInput!) { closeSurvey(input: $input) { id status } }`;

type Answer = { questionId: string; value: string };
interface Draft {
  mySurveyDraft: { surveyId: string; submitted: boolean; editable: boolean; answers: Answer[] };
}

const fields = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] as { field: string }[] | undefined) ?? []).map((f) => f.field);

describe('survey drafts: saved as one goes, restored, turned into the response; editing only where linked and allowed', () => {
  let t: TestApp;
  let editionId: string;
  let coordinatorEE: GqlClient;
  let coordinatorLV: GqlClient;
  let otherTrainer: GqlClient;

  const full = (q: Record<string, string>, over: Record<string, string> = {}): Answer[] =>
    Object.entries({ Q1: '4', Q2: '5', Q3: 'NA', Q4: '9', Q5: 'RIGHT', Q7: 'More practice', ...over }).map(
      ([code, value]) => ({ questionId: q[code], value }),
    );
  const save = (client: GqlClient, surveyId: string, answers: Answer[]) =>
    client.request<{ saveSurveyDraft: { answers: Answer[] } }>(SAVE, { input: { surveyId, answers } });
  const draftOf = async (client: GqlClient, surveyId: string) =>
    (await client.request<Draft>(DRAFT, { surveyId })).data?.mySurveyDraft;
  const submit = (client: GqlClient, surveyId: string, answers: Answer[]) =>
    client.request<{ submitSurveyResponse: { id: string } }>(SUBMIT, { input: { surveyId, answers } });
  const drafts = async (surveyId: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM survey_draft WHERE survey_id = $1`, [surveyId]))[0].n as number;
  const storedCounts = async (surveyId: string) =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM survey_response WHERE survey_id = $1)::int AS responses,
                (SELECT count(*) FROM survey_respondent WHERE survey_id = $1)::int AS respondents,
                (SELECT count(*) FROM survey_draft WHERE survey_id = $1)::int AS drafts`,
        [surveyId],
      )
    )[0] as { responses: number; respondents: number; drafts: number };

  beforeAll(async () => {
    t = await startTestApp();
    ({ editionId } = await givenEdition(t.db));
    coordinatorEE = await signedInClient(
      t,
      (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'EE' }])).id,
    );
    coordinatorLV = await signedInClient(
      t,
      (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'LV' }])).id,
    );
    otherTrainer = await signedInClient(t, (await createPerson(t.db, [{ role: 'TRAINER', countryCode: 'EE' }])).id);
  }, 60_000);
  afterAll(() => t?.close());

  describe('an ANONYMOUS survey', () => {
    let s: GivenOpenSurvey;
    beforeAll(async () => {
      s = await givenOpenSurvey(t, editionId, 3);
    }, 60_000);

    it('saves the answers given so far as the person’s draft and gives them back, to them only', async () => {
      const [me, other] = s.tutors;
      expect(await draftOf(me.client, s.surveyId)).toEqual({
        surveyId: s.surveyId,
        submitted: false,
        editable: true,
        answers: [],
      });
      const first = await save(me.client, s.surveyId, [{ questionId: s.q['Q1'], value: '4' }]);
      expect(first.errors).toBeUndefined();
      // Replaced each time; required questions may still be open.
      const second = await save(me.client, s.surveyId, [
        { questionId: s.q['Q1'], value: '3' },
        { questionId: s.q['Q7'], value: 'Half written' },
      ]);
      expect(second.errors).toBeUndefined();
      expect((await draftOf(me.client, s.surveyId))?.answers).toEqual([
        { questionId: s.q['Q1'], value: '3' },
        { questionId: s.q['Q7'], value: 'Half written' },
      ]);
      expect((await draftOf(other.client, s.surveyId))?.answers).toEqual([]);
      expect(await drafts(s.surveyId)).toBe(1);
    });

    it('refuses drafts of people not asked, of other roles and of other surveys’ questions; bad values are typed and store nothing', async () => {
      const [me] = s.tutors;
      const before = await draftOf(me.client, s.surveyId);
      const outsider = await givenTandems(t, editionId, 1, 'EE');
      expect(errorCode(await save(outsider[0].school.client, s.surveyId, []))).toBe('FORBIDDEN');
      expect(errorCode(await save(s.trainer, s.surveyId, []))).toBe('FORBIDDEN');
      expect(errorCode(await save(coordinatorLV, s.surveyId, []))).toBe('FORBIDDEN');
      expect(errorCode(await save(me.client, randomUUID(), []))).toBe('NOT_FOUND');
      const foreign = { id: randomUUID() };
      const cases: [string, Answer[], string][] = [
        ['not a question of this survey', [{ questionId: foreign.id, value: '3' }], 'answers.0.questionId'],
        ['outside the scale', [{ questionId: s.q['Q4'], value: '11' }], 'answers.0.value'],
        [
          'a SINGLE with two values',
          [
            { questionId: s.q['Q5'], value: 'RIGHT' },
            { questionId: s.q['Q5'], value: 'TOO_FAST' },
          ],
          'answers.1.value',
        ],
      ];
      for (const [what, answers, field] of cases) {
        const res = await save(me.client, s.surveyId, answers);
        expect([what, errorCode(res)]).toEqual([what, 'VALIDATION_FAILED']);
        expect([what, fields(res)]).toEqual([what, [field]]);
      }
      expect(
        errorCode(await save(me.client, s.surveyId, [{ questionId: s.q['Q7'], value: 'x'.repeat(100_000) }])),
      ).toBe('VALIDATION_FAILED');
      expect(await draftOf(me.client, s.surveyId)).toEqual(before);
    });

    it('turns the draft into the response and deletes it, once, also when submissions and saves arrive at the same moment', async () => {
      const [me, second] = s.tutors;
      await save(second.client, s.surveyId, [{ questionId: s.q['Q1'], value: '2' }]);
      expect(await drafts(s.surveyId)).toBe(2);
      const results = await Promise.all([
        submit(me.client, s.surveyId, full(s.q)),
        save(me.client, s.surveyId, [{ questionId: s.q['Q1'], value: '1' }]),
        submit(me.client, s.surveyId, full(s.q)),
        save(me.client, s.surveyId, [{ questionId: s.q['Q1'], value: '5' }]),
        submit(me.client, s.surveyId, full(s.q)),
      ]);
      const submits = [results[0], results[2], results[4]];
      expect(submits.filter((r) => !r.errors)).toHaveLength(1);
      expect(submits.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(2);
      // A save either came before the submission (and its draft went with it) or was refused after it.
      for (const r of [results[1], results[3]]) expect([undefined, 'CONFLICT']).toContain(errorCode(r));
      expect(await storedCounts(s.surveyId)).toEqual({ responses: 1, respondents: 1, drafts: 1 });
      const [left] = await t.db.query(`SELECT person_id FROM survey_draft WHERE survey_id = $1`, [s.surveyId]);
      expect(left.person_id).toBe(second.id);
      expect(await draftOf(me.client, s.surveyId)).toEqual({
        surveyId: s.surveyId,
        submitted: true,
        editable: false,
        answers: [],
      });
      expect(errorCode(await save(me.client, s.surveyId, []))).toBe('CONFLICT');
      // The outside check's mutation is unchanged: a second submission is a CONFLICT.
      expect(errorCode(await submit(me.client, s.surveyId, full(s.q)))).toBe('CONFLICT');
      // The submitted answers are the ones sent, not the draft's.
      const [answer] = await t.db.query(
        `SELECT a.value FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
          WHERE r.survey_id = $1 AND a.question_id = $2`,
        [s.surveyId, s.q['Q1']],
      );
      expect(answer.value).toBe('4');
    });

    it('keeps in the response rows no person, token or time finer than a day, and the draft no time at all', async () => {
      const columns: { table_name: string; column_name: string; data_type: string }[] = await t.db.query(
        `SELECT table_name, column_name, data_type FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name IN ('survey_response', 'survey_answer', 'survey_draft')`,
      );
      const of = (table: string) => columns.filter((c) => c.table_name === table);
      for (const table of ['survey_response', 'survey_answer']) {
        expect(of(table).filter((c) => /person|token|user|session|email|draft/.test(c.column_name))).toEqual([]);
        expect(of(table).filter((c) => /time|interval/.test(c.data_type))).toEqual([]);
      }
      expect(of('survey_draft').filter((c) => /time|date|interval/.test(c.data_type))).toEqual([]);
      // The stored response of this ANONYMOUS survey: the day only, no link row, no draft left of its sender.
      const stored = await t.db.query(
        `SELECT r.submitted_on::text AS day, (SELECT count(*) FROM survey_response_link l WHERE l.response_id = r.id)::int AS links
           FROM survey_response r WHERE r.survey_id = $1`,
        [s.surveyId],
      );
      expect(stored).toEqual([{ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), links: 0 }]);
      // Nothing joins the response to the draft table or the respondent (no shared key but the survey).
      const refs = await t.db.query(
        `SELECT conname FROM pg_constraint WHERE contype = 'f' AND confrelid = 'survey_response'::regclass
            AND conrelid IN ('survey_draft'::regclass, 'survey_respondent'::regclass)`,
      );
      expect(refs).toEqual([]);
    });

    it('never lets a submitted anonymous response be changed, and refuses the editing flag (VALIDATION_FAILED)', async () => {
      const [me] = s.tutors;
      expect(errorCode(await me.client.request(UPDATE, { input: { surveyId: s.surveyId, answers: full(s.q) } }))).toBe(
        'SURVEY_RESPONSE_FINAL',
      );
      const refused = await s.trainer.request(EDITING, { input: { surveyId: s.surveyId, allowEditUntilClose: true } });
      expect(errorCode(refused)).toBe('VALIDATION_FAILED');
      expect(fields(refused)).toEqual(['input.allowEditUntilClose']);
      const [row] = await t.db.query(`SELECT allow_edit_until_close FROM survey WHERE id = $1`, [s.surveyId]);
      expect(row.allow_edit_until_close).toBe(false);
      // Nor can the database hold it.
      await expect(
        t.db.query(`UPDATE survey SET allow_edit_until_close = true WHERE id = $1`, [s.surveyId]),
      ).rejects.toThrow(/ck_survey_edit_not_anonymous/);
    });
  });

  describe('a CONFIDENTIAL survey that allows editing until it closes', () => {
    let s: GivenOpenSurvey;
    beforeAll(async () => {
      s = await givenOpenSurvey(t, editionId, 2, 'CONFIDENTIAL');
    }, 60_000);

    it('is set by the survey’s managers only (audited); other trainers and other countries are refused', async () => {
      const input = { surveyId: s.surveyId, allowEditUntilClose: true };
      expect(errorCode(await otherTrainer.request(EDITING, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await coordinatorLV.request(EDITING, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await s.tutors[0].client.request(EDITING, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await s.trainer.request(EDITING, { input: { ...input, surveyId: 'not-a-uuid' } }))).toBe(
        'VALIDATION_FAILED',
      );
      const [before] = await t.db.query(`SELECT allow_edit_until_close FROM survey WHERE id = $1`, [s.surveyId]);
      expect(before.allow_edit_until_close).toBe(false);
      const set = await coordinatorEE.request<{ setSurveyEditing: { allowEditUntilClose: boolean } }>(EDITING, {
        input,
      });
      expect(set.data?.setSurveyEditing.allowEditUntilClose).toBe(true);
      const audit = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'setSurveyEditing' AND target_id = $1`,
        [s.surveyId],
      );
      expect(audit[0].n).toBe(1);
    });

    it('gives the respondent their response back to change until the survey closes', async () => {
      const [me, other] = s.tutors;
      await save(me.client, s.surveyId, [{ questionId: s.q['Q1'], value: '2' }]);
      const sent = await submit(me.client, s.surveyId, full(s.q, { Q1: '2' }));
      expect(sent.errors).toBeUndefined();
      const back = await draftOf(me.client, s.surveyId);
      expect(back).toMatchObject({ submitted: true, editable: true });
      expect(back?.answers).toContainEqual({ questionId: s.q['Q1'], value: '2' });
      expect(await drafts(s.surveyId)).toBe(0);
      // Bad input is typed and changes nothing.
      const bad = await me.client.request(UPDATE, {
        input: { surveyId: s.surveyId, answers: full(s.q, { Q4: '12' }) },
      });
      expect(errorCode(bad)).toBe('VALIDATION_FAILED');
      expect((await draftOf(me.client, s.surveyId))?.answers).toEqual(back?.answers);
      const changed = await me.client.request<{ updateSurveyResponse: { id: string } }>(UPDATE, {
        input: { surveyId: s.surveyId, answers: full(s.q, { Q1: '5' }) },
      });
      expect(changed.data?.updateSurveyResponse.id).toBe(sent.data?.submitSurveyResponse.id);
      expect((await draftOf(me.client, s.surveyId))?.answers).toContainEqual({ questionId: s.q['Q1'], value: '5' });
      expect(await storedCounts(s.surveyId)).toEqual({ responses: 1, respondents: 1, drafts: 0 });
      // Someone who has not answered has nothing to change.
      expect(
        errorCode(await other.client.request(UPDATE, { input: { surveyId: s.surveyId, answers: full(s.q) } })),
      ).toBe('CONFLICT');
    });

    it('makes submitted responses final again when the flag is off, and after closing', async () => {
      const [me] = s.tutors;
      const off = await s.trainer.request(EDITING, { input: { surveyId: s.surveyId, allowEditUntilClose: false } });
      expect(off.errors).toBeUndefined();
      expect(errorCode(await me.client.request(UPDATE, { input: { surveyId: s.surveyId, answers: full(s.q) } }))).toBe(
        'SURVEY_RESPONSE_FINAL',
      );
      expect(await draftOf(me.client, s.surveyId)).toMatchObject({ submitted: true, editable: false, answers: [] });
      await s.trainer.request(EDITING, { input: { surveyId: s.surveyId, allowEditUntilClose: true } });
      expect((await s.trainer.request(CLOSE, { input: { surveyId: s.surveyId } })).errors).toBeUndefined();
      expect(errorCode(await me.client.request(UPDATE, { input: { surveyId: s.surveyId, answers: full(s.q) } }))).toBe(
        'SURVEY_CLOSED',
      );
    });

    it('turns the flag off when a survey becomes ANONYMOUS (before any response)', async () => {
      const d = await givenOpenSurvey(t, editionId, 1, 'NAMED');
      await d.trainer.request(EDITING, { input: { surveyId: d.surveyId, allowEditUntilClose: true } });
      const anon = await d.trainer.request<{ setSurveyMode: { mode: string; allowEditUntilClose: boolean } }>(
        SET_MODE,
        {
          input: { surveyId: d.surveyId, mode: 'ANONYMOUS' },
        },
      );
      expect(anon.data?.setSurveyMode).toMatchObject({ mode: 'ANONYMOUS', allowEditUntilClose: false });
    });
  });
});
