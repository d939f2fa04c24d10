import { createPerson } from './support/fixtures';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { SurveyRemindersService } from '../src/modules/surveys/survey-reminders.service';
import { startTestApp, TestApp } from './support/test-app';
import { BulkTandem, BulkTutor, signedInClient } from './support/training-fixtures';
import {
  givenEdition,
  givenEnrolments,
  givenNationalModule,
  givenSession,
  givenTandems,
  GivenModule,
} from './support/factories/training-sessions';

const MY_SURVEYS = `{ mySurveys { survey { id kind title mode status } status } }`;
const SURVEY = `query S($id: ID!) { survey(id: $id) { id mode status questions { id code type required showIfQuestionId } } }`;
const SUBMIT = `mutation R($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { id } }`;
const RESULTS = `query Q($surveyId: ID!, $countryCode: String, $side: String) {
  surveyResults(surveyId: $surveyId, countryCode: $countryCode, side: $side) {
    suppressed responseCount responseRate invitedCount
    questions { id code type suppressed count mean median notApplicableCount distribution { value count } texts }
  } }`;
const MARK = `mutation M($input: MarkAttendanceInput!) { markAttendance(input: $input) { session { id } } }`;
const SET_MODE = `mutation SM($input: SetSurveyModeInput!) { setSurveyMode(input: $input) { id mode } }`;
const CLOSE = `mutation C($input: SurveyIdInput!) { closeSurvey(input: $input) { id status } }`;

interface Question {
  id: string;
  code: string;
  type: string;
}
interface Results {
  surveyResults: {
    suppressed: boolean;
    responseCount: number | null;
    responseRate: number | null;
    invitedCount: number;
    questions: {
      id: string;
      code: string;
      type: string;
      suppressed: boolean;
      count: number | null;
      mean: number | null;
      median: number | null;
      notApplicableCount: number | null;
      distribution: { value: string; count: number }[];
      texts: string[] | null;
    }[];
  };
}

const fields = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] as { field: string }[] | undefined) ?? []).map((f) => f.field);

describe('surveys: feedback of a session, one anonymous response per person, k-anonymous results', () => {
  let t: TestApp;
  let editionId: string;
  let module: GivenModule;
  let sessionId: string;
  let trainer: GqlClient;
  let otherTrainer: GqlClient;
  let admin: GqlClient;
  let coordinatorEE: GqlClient;
  let coordinatorLV: GqlClient;
  let tandems: BulkTandem[];
  let present: BulkTutor[];
  let absent: BulkTutor;
  let surveyId: string;
  let q: Record<string, string>;

  const enrol = (session: string, list: BulkTandem[]) => givenEnrolments(t.db, session, list);
  const answers = (over: Record<string, string | string[] | undefined> = {}) => {
    const values: Record<string, string | string[] | undefined> = {
      Q1: '4',
      Q2: '5',
      Q3: 'NA',
      Q4: '9',
      Q5: 'RIGHT',
      Q6: ['GROUP_WORK', 'other:Role play'],
      Q7: 'More practice with real learners',
      ...over,
    };
    return Object.entries(values).flatMap(([code, v]) =>
      v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((value) => ({ questionId: q[code], value })),
    );
  };
  const submit = (client: GqlClient, list = answers(), id = surveyId) =>
    client.request<{ submitSurveyResponse: { id: string } }>(SUBMIT, { input: { surveyId: id, answers: list } });
  const stored = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM survey_response WHERE survey_id = $1)::int AS responses,
                (SELECT count(*) FROM survey_respondent WHERE survey_id = $1)::int AS respondents`,
        [surveyId],
      )
    )[0] as { responses: number; respondents: number };
  const results = (client: GqlClient, filter: { countryCode?: string; side?: string } = {}) =>
    client.request<Results>(RESULTS, { surveyId, ...filter });

  beforeAll(async () => {
    t = await startTestApp();
    ({ editionId } = await givenEdition(t.db));
    module = await givenNationalModule(t.db, editionId, 'EE');
    sessionId = await givenSession(t.db, { ...module, editionId }, { inDays: -1 });
    const trainerPerson = await createPerson(t.db, [{ role: 'TRAINER', countryCode: 'EE' }]);
    await t.db.query(`INSERT INTO session_trainer (session_id, person_id) VALUES ($1, $2)`, [
      sessionId,
      trainerPerson.id,
    ]);
    trainer = await signedInClient(t, trainerPerson.id);
    otherTrainer = await signedInClient(t, (await createPerson(t.db, [{ role: 'TRAINER', countryCode: 'EE' }])).id);
    admin = await signedInClient(t, (await createPerson(t.db, [{ role: 'ADMIN' }])).id);
    coordinatorEE = await signedInClient(
      t,
      (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'EE' }])).id,
    );
    coordinatorLV = await signedInClient(
      t,
      (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'LV' }])).id,
    );
    tandems = await givenTandems(t, editionId, 6, 'EE');
    await enrol(sessionId, tandems);
    // Present: six school tutors and three company tutors; one company tutor absent, two excused.
    present = [...tandems.map((x) => x.school), ...tandems.slice(0, 3).map((x) => x.company)];
    absent = tandems[3].company;
    const entries = [
      ...present.map((p) => ({ personId: p.id, status: 'PRESENT' })),
      { personId: absent.id, status: 'ABSENT' },
      ...tandems.slice(4).map((x) => ({ personId: x.company.id, status: 'EXCUSED' })),
    ];
    const marked = await trainer.request(MARK, { input: { sessionId, entries } });
    expect(marked.errors).toBeUndefined();
    const [row] = await t.db.query(`SELECT id, status, mode FROM survey WHERE session_id = $1`, [sessionId]);
    expect(row).toMatchObject({ status: 'OPEN', mode: 'ANONYMOUS' });
    surveyId = row.id;
    const survey = await present[0].client.request<{ survey: { questions: Question[] } }>(SURVEY, { id: surveyId });
    q = Object.fromEntries((survey.data?.survey.questions ?? []).map((x) => [x.code, x.id]));
  }, 60_000);
  afterAll(() => t?.close());

  it('makes the feedback survey from the template when a session is scheduled (a DRAFT nobody is asked yet)', async () => {
    const coordinator = coordinatorEE;
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const res = await coordinator.request<{ scheduleSession: { id: string } }>(
      `mutation S($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
      {
        input: {
          moduleId: module.moduleId,
          startsAt: `${day}T09:00`,
          endsAt: `${day}T15:00`,
          timeZone: 'Europe/Tallinn',
          capacity: 10,
          venue: 'Tartu',
          language: 'et',
        },
      },
    );
    expect(res.errors).toBeUndefined();
    const [row] = await t.db.query(
      `SELECT sv.kind, sv.status, count(q.id)::int AS questions, count(q.show_if_question_id)::int AS conditional
         FROM survey sv JOIN survey_question q ON q.survey_id = sv.id WHERE sv.session_id = $1 GROUP BY sv.id`,
      [res.data?.scheduleSession.id],
    );
    expect(row).toEqual({ kind: 'FEEDBACK', status: 'DRAFT', questions: 9, conditional: 1 });
  });

  it('asks only the people marked PRESENT', async () => {
    const mine = await present[0].client.request<{
      mySurveys: { survey: { id: string; kind: string; title: string }; status: string }[];
    }>(MY_SURVEYS);
    expect(mine.data?.mySurveys).toEqual([
      expect.objectContaining({
        status: 'PENDING',
        survey: expect.objectContaining({ id: surveyId, kind: 'FEEDBACK', mode: 'ANONYMOUS' }),
      }),
    ]);
    expect(mine.data?.mySurveys[0].survey.title).toBeTruthy();
    const none = await absent.client.request<{ mySurveys: unknown[] }>(MY_SURVEYS);
    expect(none.data?.mySurveys).toEqual([]);
    expect(errorCode(await submit(absent.client))).toBe('FORBIDDEN');
    expect(errorCode(await absent.client.request(SURVEY, { id: surveyId }))).toBe('NOT_FOUND');
  });

  it('refuses bad answers with VALIDATION_FAILED and stores nothing', async () => {
    const [other] = await t.db.query(
      `SELECT q.id FROM survey_question q JOIN survey sv ON sv.id = q.survey_id WHERE sv.id <> $1 AND q.code = 'Q1' LIMIT 1`,
      [surveyId],
    );
    const client = present[0].client;
    const cases: [string, ReturnType<typeof answers>, string][] = [
      ['another survey’s question', [...answers(), { questionId: other.id, value: '3' }], 'answers.8.questionId'],
      ['outside the scale', answers({ Q4: '11' }), 'answers.3.value'],
      ['a SINGLE with two values', answers({ Q5: ['RIGHT', 'TOO_FAST'] }), 'answers.5.value'],
      ['a missing required answer', answers({ Q1: undefined }), `question.${q.Q1}`],
      ['a hidden question answered', answers({ Q5A: 'Nothing' }), `question.${q.Q5A}`],
      ['"not applicable" where not allowed', answers({ Q1: 'NA' }), 'answers.0.value'],
    ];
    for (const [what, list, field] of cases) {
      const res = await submit(client, list);
      expect([what, errorCode(res)]).toEqual([what, 'VALIDATION_FAILED']);
      expect([what, fields(res)]).toEqual([what, expect.arrayContaining([field])]);
    }
    const huge = await submit(client, answers({ Q7: 'x'.repeat(100_000) }));
    expect(errorCode(huge)).toBe('VALIDATION_FAILED');
    expect(await stored()).toEqual({ responses: 0, respondents: 0 });
  });

  it('takes one response per person: a second one is a CONFLICT, also when two arrive at once', async () => {
    const first = await submit(present[0].client);
    expect(first.errors).toBeUndefined();
    expect(first.data?.submitSurveyResponse.id).toBeTruthy();
    expect(errorCode(await submit(present[0].client))).toBe('CONFLICT');
    const both = await Promise.all([submit(present[1].client), submit(present[1].client), submit(present[1].client)]);
    expect(both.filter((r) => !r.errors).length).toBe(1);
    expect(both.filter((r) => errorCode(r) === 'CONFLICT').length).toBe(2);
    expect(await stored()).toEqual({ responses: 2, respondents: 2 });
    const mine = await present[0].client.request<{ mySurveys: { status: string }[] }>(MY_SURVEYS);
    expect(mine.data?.mySurveys[0].status).toBe('ANSWERED');
  });

  it('keeps in the tables nothing that links an anonymous response to a person, a token or a time finer than a day', async () => {
    const columns: { table_name: string; column_name: string; data_type: string }[] = await t.db.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name IN ('survey_response', 'survey_answer', 'survey_respondent')`,
    );
    const of = (table: string) => columns.filter((c) => c.table_name === table);
    for (const table of ['survey_response', 'survey_answer']) {
      expect(of(table).filter((c) => /person|token|user|session|email/.test(c.column_name))).toEqual([]);
      expect(of(table).filter((c) => /time|interval/.test(c.data_type))).toEqual([]);
    }
    expect(of('survey_response').map((c) => [c.column_name, c.data_type])).toContainEqual(['submitted_on', 'date']);
    // Who answered is kept apart, with the day only and no reference to the response.
    expect(
      of('survey_respondent')
        .map((c) => c.column_name)
        .sort(),
    ).toEqual(['answered_on', 'person_id', 'survey_id']);
    expect(of('survey_respondent').find((c) => c.column_name === 'answered_on')?.data_type).toBe('date');
    const links = await t.db.query(
      `SELECT count(*)::int AS n FROM survey_response_link l JOIN survey_response r ON r.id = l.response_id WHERE r.survey_id = $1`,
      [surveyId],
    );
    expect(links[0].n).toBe(0);
  });

  it('refuses to change the mode once someone has answered', async () => {
    expect(errorCode(await trainer.request(SET_MODE, { input: { surveyId, mode: 'NAMED' } }))).toBe('CONFLICT');
    const [draft] = await t.db.query(`SELECT id FROM survey WHERE status = 'DRAFT' LIMIT 1`);
    const changed = await coordinatorEE.request<{ setSurveyMode: { mode: string } }>(SET_MODE, {
      input: { surveyId: draft.id, mode: 'CONFIDENTIAL' },
    });
    expect(changed.data?.setSurveyMode.mode).toBe('CONFIDENTIAL');
  });

  it('shows a group under 5 as too few to show, in the API', async () => {
    const few = await results(trainer);
    expect(few.errors).toBeUndefined();
    expect(few.data?.surveyResults).toMatchObject({
      suppressed: true,
      responseCount: null,
      responseRate: null,
      invitedCount: 9,
    });
    expect(
      few.data?.surveyResults.questions.every((x) => x.suppressed && x.count === null && !x.distribution.length),
    ).toBe(true);
  });

  it('shows results in scope only: own sessions for trainers, own country for coordinators, all for ADMIN', async () => {
    // Five school tutors and two company tutors have answered: 7 responses in all.
    for (const p of [...present.slice(2, 5), present[6], present[7]])
      expect((await submit(p.client)).errors).toBeUndefined();
    const own = await results(trainer);
    expect(own.data?.surveyResults).toMatchObject({ suppressed: false, responseCount: 7, responseRate: 0.78 });
    const byCode = new Map(own.data?.surveyResults.questions.map((x) => [x.code, x]));
    expect(byCode.get('Q1')).toMatchObject({ suppressed: false, count: 7, mean: 4, median: 4 });
    expect(byCode.get('Q3')).toMatchObject({ notApplicableCount: 7, mean: null });
    expect(byCode.get('Q6')?.distribution).toEqual(
      expect.arrayContaining([
        { value: 'GROUP_WORK', count: 7 },
        { value: 'OTHER', count: 7 },
      ]),
    );
    // Free texts need a group of 10.
    expect(byCode.get('Q7')).toMatchObject({ suppressed: true, texts: null });
    expect((await results(admin)).data?.surveyResults.responseCount).toBe(7);
    expect((await results(coordinatorEE)).data?.surveyResults.responseCount).toBe(7);
    expect(errorCode(await results(otherTrainer))).toBe('FORBIDDEN');
    expect(errorCode(await results(coordinatorLV))).toBe('FORBIDDEN');
    expect(errorCode(await results(coordinatorEE, { countryCode: 'LV' }))).toBe('FORBIDDEN');
    expect(errorCode(await results(present[0].client))).toBe('FORBIDDEN');
  });

  it('lets no filter and subtraction reveal a group under 5', async () => {
    const views = new Map<string, number | null>();
    for (const countryCode of [undefined, 'EE'])
      for (const side of [undefined, 'SCHOOL', 'COMPANY']) {
        const res = await results(admin, { countryCode, side });
        views.set(`${countryCode ?? '*'}|${side ?? '*'}`, res.data?.surveyResults.responseCount ?? null);
      }
    expect(views.get('*|COMPANY')).toBeNull();
    expect(views.get('EE|COMPANY')).toBeNull();
    // Any two published figures of a total and a part: their difference is no group of 1..4.
    for (const [whole, part] of [
      ['*|*', '*|SCHOOL'],
      ['EE|*', 'EE|SCHOOL'],
      ['*|*', 'EE|SCHOOL'],
      ['EE|*', '*|SCHOOL'],
    ]) {
      const a = views.get(whole);
      const b = views.get(part);
      if (a != null && b != null) expect(a - b === 0 || a - b >= 5).toBe(true);
    }
  });

  it('exports the results in scope with the same suppression, and a codebook, as CSV', async () => {
    const get = (client: GqlClient, path: string) =>
      fetch(`${t.baseUrl}/api/surveys/${surveyId}/${path}`, {
        headers: { cookie: client.cookie ?? '', 'x-forwarded-for': client.ip },
      });
    const csv = await get(trainer, 'results.csv');
    expect(csv.status).toBe(200);
    const body = await csv.text();
    expect(body).toContain('Q1,LIKERT_5,,,7,4,4');
    expect(body).toMatch(/Q7,TEXT,,,,,,too few to show/);
    expect((await get(admin, 'results.csv?side=COMPANY')).status).toBe(200);
    expect(await (await get(admin, 'results.csv?side=COMPANY')).text()).toContain('RESPONSES,,all / COMPANY');
    expect((await get(otherTrainer, 'results.csv')).status).toBe(403);
    const codebook = await (await get(coordinatorEE, 'codebook.csv')).text();
    expect(codebook).toContain('Q5A,7,TEXT,no');
    expect(codebook).toContain('Q5 = TOO_FAST');
    expect((await get(coordinatorLV, 'codebook.csv')).status).toBe(403);
  });

  it('reminds only who has not answered, once per step, and one more time when a coordinator asks', async () => {
    const reminders = t.app.get(SurveyRemindersService);
    const mailsTo = async () =>
      (
        await t.db.query(
          `SELECT recipient_person_id AS id FROM outbox_message WHERE kind = 'SURVEY_REMINDER' AND recipient_person_id = ANY($1::uuid[])`,
          [present.map((p) => p.id)],
        )
      ).map((r: { id: string }) => r.id);
    expect(await reminders.sendDue(new Date())).toBe(0);
    await t.db.query(`UPDATE survey SET opens_at = now() - interval '4 days' WHERE id = $1`, [surveyId]);
    const waiting = [present[5].id, present[8].id].sort();
    expect(await reminders.sendDue(new Date())).toBe(2);
    expect(await reminders.sendDue(new Date())).toBe(0);
    expect((await mailsTo()).sort()).toEqual(waiting);
    const REMIND = `mutation RS($input: SurveyIdInput!) { remindSurvey(input: $input) }`;
    expect(errorCode(await coordinatorLV.request(REMIND, { input: { surveyId } }))).toBe('FORBIDDEN');
    expect(
      (await coordinatorEE.request<{ remindSurvey: number }>(REMIND, { input: { surveyId } })).data?.remindSurvey,
    ).toBe(2);
    expect(
      (await coordinatorEE.request<{ remindSurvey: number }>(REMIND, { input: { surveyId } })).data?.remindSurvey,
    ).toBe(0);
    // Past the window: none.
    expect(await reminders.sendDue(new Date(Date.now() + 30 * 86_400_000))).toBe(0);
  });

  it('refuses a response after closing with SURVEY_CLOSED', async () => {
    const closed = await trainer.request<{ closeSurvey: { status: string } }>(CLOSE, { input: { surveyId } });
    expect(closed.data?.closeSurvey.status).toBe('CLOSED');
    expect(errorCode(await submit(present[5].client))).toBe('SURVEY_CLOSED');
    expect(await stored()).toEqual({ responses: 7, respondents: 7 });
  });
});
