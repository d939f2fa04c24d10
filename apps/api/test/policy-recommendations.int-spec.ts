import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { loadDemoEvidence } from '../src/database/demo/demo-evidence';
import { loadDemoData } from '../src/database/demo/demo-loader';
import { DEMO_PASSWORD } from '../src/database/demo/demo-people';
import { issueDemoCertificates } from '../src/database/demo/demo-certificates';
import { loadDemoPolicyRecommendations } from '../src/database/demo/demo-policy-recommendations';
import { createPerson } from './support/fixtures';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { pdfText } from './support/pdf-text';
import { startTestApp, TestApp } from './support/test-app';
import { BulkTutor, signedInClient } from './support/training-fixtures';
import { givenEdition, givenTandems } from './support/factories/training-sessions';

const FIELDS = `id status title audience countryCode lockVersion canEdit canComment
  findings { id citations { kind } } citations { id kind snapshot { groupSize value } } comments { text }`;
const LIST = `query L($editionId: ID) { policyRecommendations(editionId: $editionId) { ${FIELDS} } }`;
const CREATE = `mutation C($input: CreatePolicyRecommendationInput!) { createPolicyRecommendation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation U($input: UpdatePolicyRecommendationInput!) { updatePolicyRecommendation(input: $input) { ${FIELDS} } }`;
const CITE = `mutation A($input: CiteInPolicyRecommendationInput!) { citeInPolicyRecommendation(input: $input) { ${FIELDS} } }`;
const STATUS = `mutation S($input: SetPolicyRecommendationStatusInput!) { setPolicyRecommendationStatus(input: $input) { ${FIELDS} } }`;
const COMMENT = `mutation K($input: CommentOnPolicyRecommendationInput!) { commentOnPolicyRecommendation(input: $input) { id comments { text } } }`;
const BRIEF = `query B($editionId: ID, $audience: PolicyRecommendationAudience!, $countryCode: String) {
  policyBrief(editionId: $editionId, audience: $audience, countryCode: $countryCode) {
    evidenceCount pdfPath recommendations { id title citations { snapshot { groupSize } } } } }`;

type Recommendation = {
  id: string;
  status: string;
  title: string;
  lockVersion: number;
  canEdit: boolean;
  canComment: boolean;
  citations: { id: string; kind: string; snapshot: { groupSize: number; value: number | null } }[];
  comments: { text: string }[];
};

const rules = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] as { rule: string }[] | undefined) ?? []).map((f) => f.rule);

describe('policy recommendations: written by researchers, commented in consultation, published with evidence', () => {
  let t: TestApp;
  let editionId: string;
  let researcher: GqlClient;
  let admin: GqlClient;
  let coordinatorLT: GqlClient;
  let coordinatorLV: GqlClient;
  let observerLT: GqlClient;
  let observerLV: GqlClient;
  let trainer: GqlClient;
  let manager: GqlClient;
  let tutor: BulkTutor;

  const input = (over: Record<string, unknown> = {}) => ({
    editionId,
    title: 'Count company tutors’ training hours as in-service training',
    text: 'The ministry should recognise the hours company tutors spend in the tandem training.',
    audience: 'NATIONAL_AUTHORITY',
    countryCode: 'LT',
    findingIds: [],
    ...over,
  });
  const fields = (over: Record<string, unknown> = {}) => {
    const { editionId: _, ...rest } = input(over);
    return rest;
  };
  const create = (client = researcher, over: Record<string, unknown> = {}) =>
    client.request<{ createPolicyRecommendation: Recommendation }>(CREATE, { input: input(over) });
  const created = async (over: Record<string, unknown> = {}) =>
    (await create(researcher, over)).data?.createPolicyRecommendation as Recommendation;
  const step = (client: GqlClient, id: string, status: string) =>
    client.request<{ setPolicyRecommendationStatus: Recommendation }>(STATUS, { input: { id, status } });
  const cite = (id: string) =>
    researcher.request<{ citeInPolicyRecommendation: Recommendation }>(CITE, {
      input: { recommendationId: id, kind: 'FIGURE', source: { figure: 'TRAINED_SHARE' } },
    });
  const count = async (table: string, where = 'TRUE', params: unknown[] = []) =>
    ((await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0] as { n: number }).n;
  const pdf = (client: GqlClient | null, path: string) =>
    fetch(`${t.baseUrl}${path}`, { headers: client ? { cookie: client.cookie ?? '' } : {} });

  beforeAll(async () => {
    t = await startTestApp();
    ({ editionId } = await givenEdition(t.db));
    const client = async (grants: Parameters<typeof createPerson>[1]) =>
      signedInClient(t, (await createPerson(t.db, grants)).id);
    researcher = await client([{ role: 'RESEARCHER' }]);
    admin = await client([{ role: 'ADMIN' }]);
    coordinatorLT = await client([{ role: 'COORDINATOR', countryCode: 'LT' }]);
    coordinatorLV = await client([{ role: 'COORDINATOR', countryCode: 'LV' }]);
    observerLT = await client([{ role: 'OBSERVER', countryCode: 'LT' }]);
    observerLV = await client([{ role: 'OBSERVER', countryCode: 'LV' }]);
    trainer = await client([{ role: 'TRAINER', countryCode: 'LT' }]);
    // Twelve registered tutors: a figure of the edition large enough to cite.
    const tandems = await givenTandems(t, editionId, 6, 'LT');
    tutor = tandems[0].school;
    const [org] = await t.db.query(`SELECT organisation_id AS id FROM tutor_profile WHERE person_id = $1`, [tutor.id]);
    manager = await client([{ role: 'MANAGER', organisationId: org.id }]);
    const refreshed = await admin.request(
      `mutation R($editionId: ID) { refreshCompletion(editionId: $editionId) { people } }`,
      {
        editionId,
      },
    );
    expect(refreshed.errors).toBeUndefined();
  }, 120_000);
  afterAll(() => t?.close());

  it('lets only RESEARCHER and ADMIN create and move recommendations: TUTOR, MANAGER, TRAINER, coordinators and observers are refused', async () => {
    const before = await count('policy_recommendation', 'edition_id = $1', [editionId]);
    for (const c of [tutor.client, manager, trainer, coordinatorLT, observerLT])
      expect(errorCode(await create(c))).toBe('FORBIDDEN');
    expect(await count('policy_recommendation', 'edition_id = $1', [editionId])).toBe(before);
    expect((await create(admin)).data?.createPolicyRecommendation).toMatchObject({ status: 'DRAFT', canEdit: true });
    const mine = await created();
    expect(mine).toMatchObject({ status: 'DRAFT', canEdit: true, canComment: false, citations: [] });
    for (const c of [tutor.client, manager, trainer, coordinatorLT])
      for (const status of ['IN_CONSULTATION', 'PUBLISHED'])
        expect(errorCode(await step(c, mine.id, status))).toBe('FORBIDDEN');
    expect(await count('policy_recommendation', `id = $1 AND status = 'DRAFT'`, [mine.id])).toBe(1);
  });

  it('refuses an audience without its country, a Baltic one with a country and a finding that is not published (VALIDATION_FAILED), storing nothing', async () => {
    const before = await count('policy_recommendation');
    expect(rules(await create(researcher, { countryCode: null }))).toEqual(['audienceCountry']);
    expect(rules(await create(researcher, { audience: 'BALTIC', countryCode: 'EE' }))).toEqual(['audienceCountry']);
    expect(rules(await create(researcher, { audience: 'COMPANIES', countryCode: 'FI' }))).toEqual(['balticCountry']);
    const unknown = await create(researcher, { findingIds: [randomUUID()] });
    expect(rules(unknown)).toEqual(['notPublishedFinding']);
    expect(errorCode(await create(researcher, { title: '  ' }))).toBe('VALIDATION_FAILED');
    expect(await count('policy_recommendation')).toBe(before);
    // The table holds the rule too.
    await expect(
      t.db.query(
        `INSERT INTO policy_recommendation (edition_id, title, text, audience) VALUES ($1, 'x', 'y', 'NATIONAL_AUTHORITY')`,
        [editionId],
      ),
    ).rejects.toThrow(/ck_policy_recommendation_country/);
  });

  it('moves one step forward at a time (RECOMMENDATION_STATUS_STEP) and publishes only with evidence (VALIDATION_FAILED)', async () => {
    const r = await created();
    expect(errorCode(await step(researcher, r.id, 'PUBLISHED'))).toBe('RECOMMENDATION_STATUS_STEP');
    expect(errorCode(await step(researcher, r.id, 'DRAFT'))).toBe('RECOMMENDATION_STATUS_STEP');
    expect((await step(researcher, r.id, 'IN_CONSULTATION')).data?.setPolicyRecommendationStatus.status).toBe(
      'IN_CONSULTATION',
    );
    expect(errorCode(await step(researcher, r.id, 'DRAFT'))).toBe('RECOMMENDATION_STATUS_STEP');
    const bare = await step(researcher, r.id, 'PUBLISHED');
    expect(errorCode(bare)).toBe('VALIDATION_FAILED');
    expect(rules(bare)).toEqual(['recommendationEvidenceNeeded']);
    const cited = await cite(r.id);
    expect(cited.errors).toBeUndefined();
    expect(cited.data?.citeInPolicyRecommendation.citations[0]).toMatchObject({
      kind: 'FIGURE',
      snapshot: { groupSize: 12 },
    });
    const published = await step(researcher, r.id, 'PUBLISHED');
    expect(published.data?.setPolicyRecommendationStatus).toMatchObject({ status: 'PUBLISHED', canEdit: false });
    expect(errorCode(await step(researcher, r.id, 'IN_CONSULTATION'))).toBe('RECOMMENDATION_STATUS_STEP');
    const edit = await researcher.request(UPDATE, {
      input: { ...fields(), id: r.id, expectedLockVersion: published.data?.setPolicyRecommendationStatus.lockVersion },
    });
    expect(errorCode(edit)).toBe('RECOMMENDATION_PUBLISHED');
    expect(errorCode(await cite(r.id))).toBe('RECOMMENDATION_PUBLISHED');
  });

  it('gives the second of two concurrent edits STALE_WRITE with a reload hint, and loses no update', async () => {
    const r = await created();
    const edit = (title: string) =>
      researcher.request<{ updatePolicyRecommendation: Recommendation }>(UPDATE, {
        input: { ...fields({ title }), id: r.id, expectedLockVersion: r.lockVersion },
      });
    const results = await Promise.all([edit('First edit'), edit('Second edit')]);
    const ok = results.filter((x) => !x.errors);
    const refused = results.filter((x) => x.errors);
    expect(ok).toHaveLength(1);
    expect(refused.map(errorCode)).toEqual(['STALE_WRITE']);
    expect(refused[0].errors?.[0].message).toMatch(/Reload/);
    const [row] = await t.db.query(`SELECT title, lock_version FROM policy_recommendation WHERE id = $1`, [r.id]);
    expect(row).toEqual({ title: ok[0].data?.updatePolicyRecommendation.title, lock_version: r.lockVersion + 1 });
  });

  it('lets coordinators and observers of the audience’s country comment during the consultation only; others are refused', async () => {
    const lt = await created();
    const baltic = await created({ audience: 'BALTIC', countryCode: null });
    const comment = (c: GqlClient, recommendationId: string) =>
      c.request(COMMENT, { input: { recommendationId, text: 'Our employers’ council agrees.' } });
    // A draft is not in consultation: commenters do not see it yet.
    expect(errorCode(await comment(coordinatorLT, lt.id))).toBe('NOT_FOUND');
    expect(errorCode(await comment(admin, lt.id))).toBe('RECOMMENDATION_NOT_IN_CONSULTATION');
    for (const r of [lt, baltic]) await step(researcher, r.id, 'IN_CONSULTATION');
    expect((await comment(coordinatorLT, lt.id)).errors).toBeUndefined();
    expect((await comment(observerLT, lt.id)).errors).toBeUndefined();
    expect(errorCode(await comment(coordinatorLV, lt.id))).toBe('NOT_FOUND');
    expect(errorCode(await comment(observerLV, lt.id))).toBe('NOT_FOUND');
    for (const c of [tutor.client, manager, trainer, researcher])
      expect(errorCode(await comment(c, lt.id))).toBe('FORBIDDEN');
    // The Baltic level: every coordinator and observer.
    expect((await comment(coordinatorLV, baltic.id)).errors).toBeUndefined();
    expect((await comment(observerLV, baltic.id)).errors).toBeUndefined();
    expect(await count('policy_recommendation_comment', 'recommendation_id = $1', [lt.id])).toBe(2);
    expect(await count('policy_recommendation_comment', 'recommendation_id = $1', [baltic.id])).toBe(2);
    const seen = (await researcher.request<{ policyRecommendations: Recommendation[] }>(LIST, { editionId })).data
      ?.policyRecommendations;
    expect(seen?.find((x) => x.id === lt.id)?.comments).toHaveLength(2);
  });

  it('shows an observer the published recommendations, and those in consultation only where they comment; tutors read none', async () => {
    const draft = await created({ audience: 'BALTIC', countryCode: null });
    const inLT = await created();
    await step(researcher, inLT.id, 'IN_CONSULTATION');
    const list = async (c: GqlClient) =>
      (await c.request<{ policyRecommendations: Recommendation[] }>(LIST, { editionId })).data?.policyRecommendations ??
      [];
    const lv = await list(observerLV);
    expect(lv.some((x) => x.status === 'PUBLISHED')).toBe(true);
    expect(lv.some((x) => x.id === draft.id || x.id === inLT.id)).toBe(false);
    expect(lv.every((x) => x.status === 'PUBLISHED' || (x.status === 'IN_CONSULTATION' && x.canComment))).toBe(true);
    expect(lv.filter((x) => x.status === 'PUBLISHED').every((x) => !x.canComment && !x.canEdit)).toBe(true);
    expect((await list(observerLT)).find((x) => x.id === inLT.id)).toMatchObject({ canComment: true });
    expect((await list(researcher)).some((x) => x.id === draft.id)).toBe(true);
    for (const c of [tutor.client, manager, trainer])
      expect(errorCode(await c.request(LIST, { editionId }))).toBe('FORBIDDEN');
  });

  it('serves the brief of an audience as a PDF with the page’s numbers, in the reader’s language; refuses the wrong role', async () => {
    const brief = await observerLV.request<{
      policyBrief: {
        evidenceCount: number;
        pdfPath: string;
        recommendations: { title: string; citations: { snapshot: { groupSize: number } }[] }[];
      };
    }>(BRIEF, { editionId, audience: 'NATIONAL_AUTHORITY', countryCode: 'LT' });
    expect(brief.errors).toBeUndefined();
    const b = brief.data!.policyBrief;
    expect(b.recommendations).toHaveLength(1);
    expect(b.evidenceCount).toBe(1);
    expect(b.recommendations[0].citations[0].snapshot.groupSize).toBe(12);
    const res = await pdf(observerLV, `${b.pdfPath}&lang=lt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('POLITIKOS APŽVALGA');
    expect(text).toContain('Nacionalinė');
    expect(text).toContain(b.recommendations[0].title);
    expect(text).toContain('n = 12');
    for (const c of [tutor.client, manager, trainer]) expect((await pdf(c, b.pdfPath)).status).toBe(403);
    expect((await pdf(null, b.pdfPath)).status).toBe(401);
    const wrong = await researcher.request(BRIEF, { editionId, audience: 'NATIONAL_AUTHORITY' });
    expect(rules(wrong)).toEqual(['audienceCountry']);
  });
});

describe('policy recommendations demo', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const logger = pino({ level: 'silent' });
    await loadDemoData(t.db, logger, 'test');
    await issueDemoCertificates(t.app, logger);
    await loadDemoEvidence(t.app, logger);
    await loadDemoPolicyRecommendations(t.app, logger);
  }, 180_000);
  afterAll(() => t?.close());

  it('has two drafts, one to the Lithuanian authority and one at the Baltic level, resting on published findings and a figure', async () => {
    const researcher = new GqlClient(t.baseUrl);
    expect((await researcher.login('researcher@tandem.example', DEMO_PASSWORD)).errors).toBeUndefined();
    const res = await researcher.request<{
      policyRecommendations: {
        status: string;
        audience: string;
        countryCode: string | null;
        findings: { id: string; citations: { kind: string }[] }[];
        citations: { kind: string; snapshot: { groupSize: number } }[];
      }[];
    }>(`query { policyRecommendations { status audience countryCode findings { id citations { kind } }
        citations { kind snapshot { groupSize } } } }`);
    expect(res.errors).toBeUndefined();
    const list = res.data!.policyRecommendations;
    expect(list.map((r) => [r.status, r.audience, r.countryCode]).sort()).toEqual([
      ['DRAFT', 'BALTIC', null],
      ['DRAFT', 'NATIONAL_AUTHORITY', 'LT'],
    ]);
    for (const r of list) {
      expect(r.findings.length).toBeGreaterThan(0);
      expect(r.findings.every((f) => f.citations.length > 0)).toBe(true);
      expect(r.citations).toEqual([{ kind: 'FIGURE', snapshot: { groupSize: expect.any(Number) } }]);
      expect(r.citations[0].snapshot.groupSize).toBeGreaterThanOrEqual(5);
    }
  });
});
