import { randomUUID } from 'node:crypto';
import { createPerson } from './support/fixtures';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { pdfText } from './support/pdf-text';
import { startTestApp, TestApp } from './support/test-app';
import { BulkTandem, BulkTutor, signedInClient } from './support/training-fixtures';
import {
  givenEdition,
  givenNationalModule,
  givenSession,
  givenTandems,
  GivenModule,
} from './support/factories/training-sessions';

const FINDING_FIELDS = `id status statement lockVersion canEdit canComment countryCodes
  citations { id kind snapshot { label groupSize value quote json } } comments { text }`;
const FINDINGS = `query F($editionId: ID) { findings(editionId: $editionId) { ${FINDING_FIELDS} } }`;
const ACTIONS = `query A($editionId: ID) { improvementActions(editionId: $editionId) {
  id status moduleVersion { version } findings { id } checkNote checkBefore { value groupSize } checkAfter { value groupSize } lockVersion } }`;
const YOU_SAID = `query Y($editionId: ID) { youSaidWeDid(editionId: $editionId) { findings { id statement } actions { id status } } }`;
const CREATE_ANALYSIS = `mutation C($input: CreateInterimAnalysisInput!) { createInterimAnalysis(input: $input) { id status periodStart } }`;
const CREATE = `mutation C($input: CreateFindingInput!) { createFinding(input: $input) { ${FINDING_FIELDS} } }`;
const UPDATE = `mutation U($input: UpdateFindingInput!) { updateFinding(input: $input) { ${FINDING_FIELDS} } }`;
const PUBLISH = `mutation P($input: PublishFindingInput!) { publishFinding(input: $input) { ${FINDING_FIELDS} } }`;
const CITE = `mutation A($input: AddCitationInput!) { addCitation(input: $input) { ${FINDING_FIELDS} } }`;
const COMMENT = `mutation K($input: CommentOnFindingInput!) { commentOnFinding(input: $input) { id comments { text } } }`;
const CREATE_ACTION = `mutation CA($input: CreateImprovementActionInput!) { createImprovementAction(input: $input) { id status lockVersion } }`;
const SET_STATUS = `mutation S($input: SetImprovementActionStatusInput!) { setImprovementActionStatus(input: $input) {
  id status moduleVersion { version } checkNote checkBefore { value } checkAfter { value } } }`;
const TRANSLATE = `mutation T($input: SetFindingTranslationInput!) { setFindingTranslation(input: $input) {
  id language translations { language statement } } }`;
const PUBLISH_ANALYSIS = `mutation PA($id: ID!) { publishInterimAnalysis(id: $id) { id status } }`;
const SUBMIT = `mutation R($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { id } }`;
const SURVEY = `query S($id: ID!) { survey(id: $id) { questions { id code } } }`;
const MARK = `mutation M($input: MarkAttendanceInput!) { markAttendance(input: $input) { session { id } } }`;

type Finding = {
  id: string;
  status: string;
  statement: string;
  lockVersion: number;
  canEdit: boolean;
  canComment: boolean;
  countryCodes: string[];
  citations: {
    id: string;
    kind: string;
    snapshot: { label: string; groupSize: number; value: number | null; quote: string | null; json: string };
  }[];
  comments: { text: string }[];
};

const rules = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] as { field: string; rule: string }[] | undefined) ?? []).map((f) => f.rule);

describe('evidence: findings cite frozen, k-anonymous evidence; actions change a module version', () => {
  let t: TestApp;
  let editionId: string;
  let analysisId: string;
  let module: GivenModule;
  let otherModule: GivenModule;
  let researcher: GqlClient;
  let admin: GqlClient;
  let coordinatorEE: GqlClient;
  let coordinatorLV: GqlClient;
  let trainerEE: GqlClient;
  let observer: GqlClient;
  let manager: GqlClient;
  let tutor: BulkTutor;
  let surveyId: string;
  let smallSurveyId: string;
  let q: Record<string, string>;
  let smallQ: Record<string, string>;
  let late: BulkTutor[];

  const input = (over: Record<string, unknown> = {}) => ({
    analysisId,
    statement: 'Tandems want more joint practice before the first workplace visit.',
    priority: 'HIGH',
    moduleIds: [module.moduleId],
    countryCodes: ['EE'],
    ...over,
  });
  const fields = (over: Record<string, unknown> = {}) => {
    const { analysisId: _, ...rest } = input(over);
    return rest;
  };
  const create = async (client = researcher, over: Record<string, unknown> = {}) =>
    client.request<{ createFinding: Finding }>(CREATE, { input: input(over) });
  const cite = (client: GqlClient, findingId: string, kind: string, source: Record<string, unknown>) =>
    client.request<{ addCitation: Finding }>(CITE, { input: { findingId, kind, source } });
  const count = async (table: string, where = 'TRUE', params: unknown[] = []) =>
    ((await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0] as { n: number }).n;

  const sessionWithSurvey = async (tandems: BulkTandem[], respondents: BulkTutor[]) => {
    const sessionId = await givenSession(t.db, { ...module, editionId }, { inDays: -1 });
    const trainer = await createPerson(t.db, [{ role: 'TRAINER', countryCode: 'EE' }]);
    await t.db.query(`INSERT INTO session_trainer (session_id, person_id) VALUES ($1, $2)`, [sessionId, trainer.id]);
    const ids = tandems.map(() => randomUUID());
    await t.db.query(
      `INSERT INTO enrolment (id, session_id, tandem_id, status, seats, queued_at, confirmed_at)
       SELECT id, $2::uuid, tid, 'CONFIRMED', 2, now(), now() FROM unnest($1::uuid[], $3::uuid[]) AS x(id, tid)`,
      [ids, sessionId, tandems.map((x) => x.id)],
    );
    await t.db.query(
      `INSERT INTO enrolment_person (enrolment_id, person_id, session_id, enrolment_status)
       SELECT e, p, $2::uuid, 'CONFIRMED' FROM unnest($1::uuid[], $3::uuid[]) AS x(e, p)
       UNION ALL SELECT e, p, $2::uuid, 'CONFIRMED' FROM unnest($1::uuid[], $4::uuid[]) AS y(e, p)`,
      [ids, sessionId, tandems.map((x) => x.school.id), tandems.map((x) => x.company.id)],
    );
    const everyone = tandems.flatMap((x) => [x.school, x.company]);
    const marked = await (
      await signedInClient(t, trainer.id)
    ).request(MARK, { input: { sessionId, entries: everyone.map((p) => ({ personId: p.id, status: 'PRESENT' })) } });
    expect(marked.errors).toBeUndefined();
    const [row] = await t.db.query(`SELECT id FROM survey WHERE session_id = $1`, [sessionId]);
    await t.db.query(`UPDATE survey SET texts_may_be_quoted = true WHERE id = $1`, [row.id]);
    const survey = await everyone[0].client.request<{ survey: { questions: { id: string; code: string }[] } }>(SURVEY, {
      id: row.id,
    });
    const codes = Object.fromEntries((survey.data?.survey.questions ?? []).map((x) => [x.code, x.id]));
    for (const [i, p] of respondents.entries()) await answer(p, row.id, codes, i % 2 ? '4' : '5', `Idea ${i + 1}`);
    return { surveyId: row.id as string, codes };
  };
  const answer = async (p: BulkTutor, id: string, codes: Record<string, string>, q1: string, text: string) => {
    const values: Record<string, string[]> = {
      Q1: [q1],
      Q2: ['5'],
      Q3: ['NA'],
      Q4: ['9'],
      Q5: ['RIGHT'],
      Q6: ['GROUP_WORK'],
      Q7: [text],
    };
    const answers = Object.entries(values).flatMap(([code, vs]) =>
      vs.map((value) => ({ questionId: codes[code], value })),
    );
    const res = await p.client.request(SUBMIT, { input: { surveyId: id, answers } });
    expect(res.errors).toBeUndefined();
  };

  beforeAll(async () => {
    t = await startTestApp();
    ({ editionId } = await givenEdition(t.db));
    await t.db.query(
      `INSERT INTO cycle_phase (edition_id, kind, position, starts_on, ends_on, status)
       VALUES ($1, 'INTERIM_ANALYSIS_1', 7, current_date - 10, current_date + 20, 'OPEN')`,
      [editionId],
    );
    module = await givenNationalModule(t.db, editionId, 'EE');
    otherModule = await givenNationalModule(t.db, editionId, 'EE');
    const client = async (grants: Parameters<typeof createPerson>[1]) =>
      signedInClient(t, (await createPerson(t.db, grants)).id);
    researcher = await client([{ role: 'RESEARCHER' }]);
    admin = await client([{ role: 'ADMIN' }]);
    coordinatorEE = await client([{ role: 'COORDINATOR', countryCode: 'EE' }]);
    coordinatorLV = await client([{ role: 'COORDINATOR', countryCode: 'LV' }]);
    trainerEE = await client([{ role: 'TRAINER', countryCode: 'EE' }]);
    observer = await client([{ role: 'OBSERVER' }]);
    // A survey of 12 present, 11 answering (6 school, 5 company tutors), and one of 4 present, 3 answering.
    const tandems = await givenTandems(t, editionId, 6, 'EE');
    tutor = tandems[0].school;
    const [org] = await t.db.query(`SELECT organisation_id AS id FROM tutor_profile WHERE person_id = $1`, [tutor.id]);
    manager = await client([{ role: 'MANAGER', organisationId: org.id }]);
    late = [tandems[5].company];
    const respondents = [...tandems.map((x) => x.school), ...tandems.slice(0, 5).map((x) => x.company)];
    ({ surveyId, codes: q } = await sessionWithSurvey(tandems, respondents));
    const few = await givenTandems(t, editionId, 2, 'EE');
    ({ surveyId: smallSurveyId, codes: smallQ } = await sessionWithSurvey(few, [
      few[0].school,
      few[0].company,
      few[1].school,
    ]));
    const analysis = await researcher.request<{ createInterimAnalysis: { id: string; periodStart: string } }>(
      CREATE_ANALYSIS,
      { input: { editionId, phaseKind: 'INTERIM_ANALYSIS_1', title: 'After joint module 1' } },
    );
    expect(analysis.errors).toBeUndefined();
    analysisId = analysis.data?.createInterimAnalysis.id as string;
  }, 120_000);
  afterAll(() => t?.close());

  it('lets only RESEARCHER and ADMIN write findings: TUTOR, MANAGER, TRAINER and coordinators are refused', async () => {
    const before = await count('finding', 'edition_id = $1', [editionId]);
    for (const c of [tutor.client, manager, trainerEE, coordinatorEE, observer])
      expect(errorCode(await create(c))).toBe('FORBIDDEN');
    expect(await count('finding', 'edition_id = $1', [editionId])).toBe(before);
    expect((await create(admin)).data?.createFinding.status).toBe('DRAFT');
    const mine = await create(researcher);
    expect(mine.data?.createFinding).toMatchObject({ status: 'DRAFT', canEdit: true, citations: [] });
    const id = mine.data?.createFinding.id as string;
    for (const c of [tutor.client, manager, trainerEE, coordinatorEE])
      expect(errorCode(await c.request(PUBLISH, { input: { id } }))).toBe('FORBIDDEN');
  });

  it('refuses a second analysis of the same phase and a phase that is not an interim analysis', async () => {
    const again = await researcher.request(CREATE_ANALYSIS, {
      input: { editionId, phaseKind: 'INTERIM_ANALYSIS_1', title: 'Twice' },
    });
    expect(rules(again)).toEqual(['analysisExists']);
    const wrong = await researcher.request(CREATE_ANALYSIS, {
      input: { editionId, phaseKind: 'JOINT_MODULE_1', title: 'No' },
    });
    expect(rules(wrong)).toEqual(['notInterimPhase']);
    expect(await count('interim_analysis', 'edition_id = $1', [editionId])).toBe(1);
  });

  it('refuses bad input with VALIDATION_FAILED and stores nothing', async () => {
    const before = await count('finding', 'edition_id = $1', [editionId]);
    const res = await create(researcher, { statement: '  ', moduleIds: [randomUUID()], countryCodes: ['FI'] });
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    const other = await create(researcher, { moduleIds: [randomUUID()], countryCodes: ['FI'] });
    expect(rules(other).sort()).toEqual(['balticCountry', 'notEditionModule']);
    expect(await count('finding', 'edition_id = $1', [editionId])).toBe(before);
  });

  it('refuses to publish a finding without a citation (VALIDATION_FAILED), then publishes it with one', async () => {
    const f = (await create()).data?.createFinding as Finding;
    const bare = await researcher.request(PUBLISH, { input: { id: f.id } });
    expect(errorCode(bare)).toBe('VALIDATION_FAILED');
    expect(rules(bare)).toEqual(['citationNeeded']);
    const cited = await cite(researcher, f.id, 'SURVEY_RESULT', { surveyId, questionId: q['Q1'] });
    expect(cited.errors).toBeUndefined();
    const published = await researcher.request<{ publishFinding: Finding }>(PUBLISH, { input: { id: f.id } });
    expect(published.data?.publishFinding).toMatchObject({ status: 'PUBLISHED', canEdit: false });
    const edit = await researcher.request(UPDATE, {
      input: { ...fields(), id: f.id, expectedLockVersion: published.data?.publishFinding.lockVersion },
    });
    expect(errorCode(edit)).toBe('FINDING_PUBLISHED');
  });

  it('freezes the snapshot: a later response changes the live result, not the cited numbers', async () => {
    const f = (await create()).data?.createFinding as Finding;
    const cited = await cite(researcher, f.id, 'SURVEY_RESULT', { surveyId, questionId: q['Q1'] });
    const [citation] = cited.data?.addCitation.citations ?? [];
    // 6 answered 5 and 5 answered 4: mean 4.55 of 11.
    expect(citation.snapshot).toMatchObject({ groupSize: 11, value: 4.55 });
    expect(JSON.parse(citation.snapshot.json)).toMatchObject({ count: 11, questionCode: 'Q1' });
    await answer(late[0], surveyId, q, '1', 'Late idea');
    const live = await researcher.request<{
      surveyResults: { questions: { code: string; count: number; mean: number }[] };
    }>(`query R($surveyId: ID!) { surveyResults(surveyId: $surveyId) { questions { code count mean } } }`, {
      surveyId,
    });
    expect(live.data?.surveyResults.questions.find((x) => x.code === 'Q1')).toMatchObject({ count: 12, mean: 4.25 });
    const again = (await researcher.request<{ findings: Finding[] }>(FINDINGS, { editionId })).data?.findings.find(
      (x) => x.id === f.id,
    );
    expect(again?.citations[0].snapshot).toMatchObject({ groupSize: 11, value: 4.55 });
    expect(await count('finding_citation', `finding_id = $1 AND snapshot ->> 'count' = '11'`, [f.id])).toBe(1);
  });

  it('refuses a snapshot of a group under 5 and a quote from a group under 10 (VALIDATION_FAILED)', async () => {
    const f = (await create()).data?.createFinding as Finding;
    const small = await cite(researcher, f.id, 'SURVEY_RESULT', { surveyId: smallSurveyId, questionId: smallQ['Q1'] });
    expect(errorCode(small)).toBe('VALIDATION_FAILED');
    expect(rules(small)).toEqual(['groupTooSmall']);
    const smallQuote = await cite(researcher, f.id, 'QUOTE', {
      surveyId,
      questionId: q['Q7'],
      side: 'COMPANY',
      quote: 'Idea 2',
    });
    expect(errorCode(smallQuote)).toBe('VALIDATION_FAILED');
    expect(rules(smallQuote)).toEqual(['quoteGroupTooSmall']);
    const notShown = await cite(researcher, f.id, 'QUOTE', { surveyId, questionId: q['Q7'], quote: 'Never said' });
    expect(rules(notShown)).toEqual(['notShownQuote']);
    expect(await count('finding_citation', 'finding_id = $1', [f.id])).toBe(0);
    const quote = await cite(researcher, f.id, 'QUOTE', { surveyId, questionId: q['Q7'], quote: 'Idea 3' });
    expect(quote.errors).toBeUndefined();
    expect(quote.data?.addCitation.citations[0]).toMatchObject({ kind: 'QUOTE', snapshot: { quote: 'Idea 3' } });
    expect(quote.data?.addCitation.citations[0].snapshot.groupSize).toBeGreaterThanOrEqual(10);
  });

  it('gives the second of two concurrent edits STALE_WRITE with a reload hint, and loses no update', async () => {
    const f = (await create()).data?.createFinding as Finding;
    const edit = (statement: string) =>
      researcher.request<{ updateFinding: Finding }>(UPDATE, {
        input: { ...fields({ statement }), id: f.id, expectedLockVersion: f.lockVersion },
      });
    const results = await Promise.all([edit('First edit'), edit('Second edit')]);
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(refused.map(errorCode)).toEqual(['STALE_WRITE']);
    expect(refused[0].errors?.[0].message).toMatch(/Reload/);
    const [row] = await t.db.query(`SELECT statement, lock_version FROM finding WHERE id = $1`, [f.id]);
    expect(row).toEqual({ statement: ok[0].data?.updateFinding.statement, lock_version: f.lockVersion + 1 });
  });

  it('lets coordinators and trainers read and comment on the drafts of their country only; observers read published ones only', async () => {
    const ee = (await create(researcher, { countryCodes: ['EE'] })).data?.createFinding as Finding;
    const lv = (await create(researcher, { countryCodes: ['LV'] })).data?.createFinding as Finding;
    const comment = (c: GqlClient, findingId: string) =>
      c.request(COMMENT, { input: { findingId, text: 'The EE groups said the same.' } });
    expect((await comment(coordinatorEE, ee.id)).errors).toBeUndefined();
    expect((await comment(trainerEE, ee.id)).errors).toBeUndefined();
    expect(errorCode(await comment(coordinatorLV, ee.id))).toBe('NOT_FOUND');
    expect(errorCode(await comment(coordinatorEE, lv.id))).toBe('NOT_FOUND');
    expect(errorCode(await comment(observer, ee.id))).toBe('FORBIDDEN');
    expect(errorCode(await comment(tutor.client, ee.id))).toBe('FORBIDDEN');
    expect(await count('finding_comment', 'finding_id = $1', [ee.id])).toBe(2);
    const seenBy = async (c: GqlClient) =>
      (await c.request<{ findings: Finding[] }>(FINDINGS, { editionId })).data?.findings ?? [];
    const eeSees = await seenBy(coordinatorEE);
    expect(eeSees.some((x) => x.id === ee.id)).toBe(true);
    expect(eeSees.some((x) => x.id === lv.id)).toBe(false);
    expect(eeSees.find((x) => x.id === ee.id)).toMatchObject({ canComment: true, canEdit: false });
    for (const c of [observer, tutor.client, manager]) {
      const list = await seenBy(c);
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((x) => x.status === 'PUBLISHED' && x.comments.length === 0)).toBe(true);
    }
  });

  it('moves an action one step at a time; DONE links exactly one version of its module; CHECKED has a note and before/after', async () => {
    const f = (await create()).data?.createFinding as Finding;
    await cite(researcher, f.id, 'SURVEY_RESULT', { surveyId, questionId: q['Q2'] });
    await researcher.request(PUBLISH, { input: { id: f.id } });
    const created = await researcher.request<{ createImprovementAction: { id: string } }>(CREATE_ACTION, {
      input: {
        editionId,
        moduleId: module.moduleId,
        findingIds: [f.id],
        change: 'A half-day tandem workshop',
        owner: 'JM1 team',
        dueOn: '2027-01-31',
      },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data?.createImprovementAction.id as string;
    expect(errorCode(await trainerEE.request(SET_STATUS, { input: { id, status: 'AGREED' } }))).toBe('FORBIDDEN');
    const skip = await researcher.request(SET_STATUS, {
      input: { id, status: 'DONE', moduleVersionId: module.versionId },
    });
    expect(errorCode(skip)).toBe('ACTION_STATUS_STEP');
    expect((await researcher.request(SET_STATUS, { input: { id, status: 'AGREED' } })).errors).toBeUndefined();
    const [v2] = await t.db.query(
      `INSERT INTO module_version (module_id, version, status, title, contact_hours, self_study_hours, delivery_mode, published_at, change_reason)
       VALUES ($1, 2, 'DRAFT', '{"en":"v2"}', 8, 0, 'IN_PERSON', null, 'More practice') RETURNING id`,
      [module.moduleId],
    );
    for (const moduleVersionId of [undefined, otherModule.versionId, v2.id]) {
      const res = await researcher.request(SET_STATUS, { input: { id, status: 'DONE', moduleVersionId } });
      expect(rules(res)).toEqual(['moduleVersionOfModule']);
    }
    await t.db.query(`UPDATE module_version SET status = 'SUPERSEDED' WHERE id = $1`, [module.versionId]);
    await t.db.query(`UPDATE module_version SET status = 'PUBLISHED', published_at = now() WHERE id = $1`, [v2.id]);
    const done = await researcher.request<{ setImprovementActionStatus: { moduleVersion: { version: number } } }>(
      SET_STATUS,
      { input: { id, status: 'DONE', moduleVersionId: v2.id } },
    );
    expect(done.data?.setImprovementActionStatus).toMatchObject({ status: 'DONE', moduleVersion: { version: 2 } });
    expect(await count('improvement_action', 'id = $1 AND module_version_id = $2', [id, v2.id])).toBe(1);
    // The module history shows, per version, the actions that made it.
    const history = await tutor.client.request<{
      moduleHistory: { version: number; improvementActions: { id: string }[] }[];
    }>(`query H($moduleId: ID!) { moduleHistory(moduleId: $moduleId) { version improvementActions { id } } }`, {
      moduleId: module.moduleId,
    });
    expect(history.errors).toBeUndefined();
    expect(history.data?.moduleHistory.find((v) => v.version === 2)?.improvementActions).toEqual([{ id }]);
    expect(history.data?.moduleHistory.find((v) => v.version === 1)?.improvementActions).toEqual([]);
    const noFigures = await researcher.request(SET_STATUS, { input: { id, status: 'CHECKED', checkNote: 'Better' } });
    expect(rules(noFigures)).toEqual(['checkFigures']);
    const checked = await researcher.request(SET_STATUS, {
      input: {
        id,
        status: 'CHECKED',
        checkNote: 'Usefulness went up after the workshop was added.',
        checkKind: 'SURVEY_RESULT',
        checkBefore: { surveyId, questionId: q['Q1'], side: 'SCHOOL' },
        checkAfter: { surveyId, questionId: q['Q1'] },
      },
    });
    expect(checked.errors).toBeUndefined();
    expect(checked.data).toMatchObject({
      setImprovementActionStatus: { status: 'CHECKED', checkBefore: { value: 4.5 }, checkAfter: { value: 4.25 } },
    });
    const seen = await tutor.client.request<{
      youSaidWeDid: { findings: { id: string }[]; actions: { id: string; status: string }[] };
    }>(YOU_SAID, { editionId });
    expect(seen.data?.youSaidWeDid.findings.some((x) => x.id === f.id)).toBe(true);
    expect(seen.data?.youSaidWeDid.actions).toContainEqual({ id, status: 'CHECKED' });
    const list = await researcher.request<{ improvementActions: { id: string; findings: { id: string }[] }[] }>(
      ACTIONS,
      {
        editionId,
      },
    );
    expect(list.data?.improvementActions.find((a) => a.id === id)?.findings).toEqual([{ id: f.id }]);
  });

  it('shows "you said, we did" only the published findings, to everyone signed in', async () => {
    const draft = (await create()).data?.createFinding as Finding;
    for (const c of [tutor.client, observer, manager, coordinatorLV]) {
      const res = await c.request<{ youSaidWeDid: { findings: { id: string }[] } }>(YOU_SAID, { editionId });
      expect(res.errors).toBeUndefined();
      expect(res.data?.youSaidWeDid.findings.some((x) => x.id === draft.id)).toBe(false);
      expect(res.data?.youSaidWeDid.findings.length).toBeGreaterThan(0);
    }
    expect(errorCode(await new GqlClient(t.baseUrl).request(YOU_SAID, { editionId }))).toBe('UNAUTHENTICATED');
  });

  it('translates a finding for writers only; the original stays; bad input changes nothing', async () => {
    const f = (await create(researcher, { statement: 'Tandems want more joint practice.' })).data
      ?.createFinding as Finding;
    const translate = (client: GqlClient, language: string, statement: string) =>
      client.request<{ setFindingTranslation: { translations: { language: string; statement: string }[] } }>(
        TRANSLATE,
        { input: { findingId: f.id, language, statement } },
      );
    const et = await translate(researcher, 'et', '  Tandemid soovivad rohkem ühist praktikat.  ');
    expect(et.errors).toBeUndefined();
    expect(et.data?.setFindingTranslation.translations).toEqual([
      { language: 'et', statement: 'Tandemid soovivad rohkem ühist praktikat.' },
    ]);
    // Written again: replaced, not added; the statement as written is unchanged.
    await translate(admin, 'et', 'Tandemid soovivad enne esimest töökohakülastust rohkem ühist praktikat.');
    const [{ statement }] = await t.db.query(`SELECT statement FROM finding WHERE id = $1`, [f.id]);
    expect(statement).toBe('Tandems want more joint practice.');
    expect(await count('finding_translation', 'finding_id = $1', [f.id])).toBe(1);

    for (const c of [coordinatorEE, trainerEE, observer, manager, tutor.client])
      expect(errorCode(await translate(c, 'lv', 'Tandēmi vēlas vairāk kopīgas prakses.'))).toBe('FORBIDDEN');
    for (const [language, text, rule] of [
      ['en', 'The original language', 'originalLanguage'],
      ['de', 'Nicht unterstützt', 'oneOf'],
      ['lv', 'x'.repeat(100_000), 'maxLength'],
    ] as const) {
      const res = await translate(researcher, language, text);
      expect(errorCode(res)).toBe('VALIDATION_FAILED');
      expect(rules(res)).toContain(rule);
    }
    expect(await count('finding_translation', 'finding_id = $1', [f.id])).toBe(1);
    // An empty statement removes it.
    expect((await translate(researcher, 'et', '   ')).data?.setFindingTranslation.translations).toEqual([]);
    expect(
      errorCode(
        await researcher.request(TRANSLATE, { input: { findingId: randomUUID(), language: 'et', statement: 'x' } }),
      ),
    ).toBe('NOT_FOUND');
  });

  it("serves the analysis report as a PDF in the reader's language: published findings, translated where they are", async () => {
    const f = (await create(researcher, { statement: 'Company tutors ask for shorter sessions.' })).data
      ?.createFinding as Finding;
    await cite(researcher, f.id, 'SURVEY_RESULT', { surveyId, questionId: q['Q1'] });
    expect(
      (await researcher.request(PUBLISH, { input: { id: f.id, expectedLockVersion: f.lockVersion + 1 } })).errors,
    ).toBeUndefined();
    await researcher.request(TRANSLATE, {
      input: { findingId: f.id, language: 'lv', statement: 'Uzņēmumu mentori lūdz īsākas sesijas.' },
    });
    const draft = (await create(researcher, { statement: 'A draft nobody outside reads yet.' })).data
      ?.createFinding as Finding;
    const pdf = (client: GqlClient | null, lang: string) =>
      fetch(`${t.baseUrl}/api/interim-analyses/${analysisId}/report.pdf?lang=${lang}`, {
        headers: client ? { cookie: client.cookie ?? '' } : {},
      });
    // A draft analysis is a preview for those who read drafts; a tutor does not know it exists.
    expect((await pdf(tutor.client, 'en')).status).toBe(404);
    expect((await pdf(researcher, 'en')).status).toBe(200);
    expect((await researcher.request(PUBLISH_ANALYSIS, { id: analysisId })).errors).toBeUndefined();

    const res = await pdf(tutor.client, 'lv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(Buffer.from(await res.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(text).toContain('Uzņēmumu mentori lūdz īsākas sesijas.');
    expect(text).not.toContain('Company tutors ask for shorter sessions.');
    expect(text).not.toContain(draft.statement);
    expect(text).toContain('Starpposma analīzes ziņojums'.toUpperCase());
    const english = (await pdfText(Buffer.from(await (await pdf(tutor.client, 'en')).arrayBuffer()))).replace(
      /\s+/g,
      ' ',
    );
    expect(english).toContain('Company tutors ask for shorter sessions.');
    expect((await pdf(null, 'en')).status).toBe(401);
    expect(
      (
        await fetch(`${t.baseUrl}/api/interim-analyses/not-a-uuid/report.pdf`, {
          headers: { cookie: researcher.cookie ?? '' },
        })
      ).status,
    ).toBe(404);
  });
});
