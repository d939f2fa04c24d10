import pino from 'pino';
import { loadDemoData } from '../src/database/demo/demo-loader';
import { loadDemoEvidence } from '../src/database/demo/demo-evidence';
import { loadDemoPeerReviews } from '../src/database/demo/demo-peer-reviews';
import { DEMO_PASSWORD } from '../src/database/demo/demo-people';
import { createPerson } from './support/fixtures';
import { errorCode, GqlClient, GqlResponse } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';
import { signedInClient } from './support/training-fixtures';
import { givenEdition } from './support/factories/training-sessions';

const REVIEW_FIELDS = `id stage countryCode lockVersion reportOverdue countryComments selfReport { areaCode text }
  peers { personId countryCode } interviews { interviewee notes } recommendations { id areaCode text improvementActionId actionStatus }
  canManage canWriteAsCountry canWriteAsPeer`;
const LIST = `query L($editionId: ID) { peerReviews(editionId: $editionId) { ${REVIEW_FIELDS} } }`;
const CREATE = `mutation C($input: CreatePeerReviewInput!) { createPeerReview(input: $input) { ${REVIEW_FIELDS} } }`;
const ADD_PEER = `mutation P($input: AddTrainedPeerInput!) { addTrainedPeer(input: $input) { personId countryCode } }`;
const ASSIGN = `mutation A($input: AssignPeerReviewerInput!) { assignPeerReviewer(input: $input) { ${REVIEW_FIELDS} } }`;
const SELF_REPORT = `mutation S($input: SavePeerReviewSelfReportInput!) { savePeerReviewSelfReport(input: $input) { ${REVIEW_FIELDS} } }`;
const ADVANCE = `mutation V($input: AdvancePeerReviewInput!) { advancePeerReview(input: $input) { ${REVIEW_FIELDS} } }`;
const INTERVIEW = `mutation I($input: AddPeerReviewInterviewInput!) { addPeerReviewInterview(input: $input) { ${REVIEW_FIELDS} } }`;
const RECOMMEND = `mutation R($input: AddPeerReviewRecommendationInput!) { addPeerReviewRecommendation(input: $input) { ${REVIEW_FIELDS} } }`;
const COMMENT = `mutation K($input: CommentOnPeerReviewReportInput!) { commentOnPeerReviewReport(input: $input) { ${REVIEW_FIELDS} } }`;
const FOLLOW_UP = `mutation F($id: ID!) { startPeerReviewFollowUp(id: $id) { ${REVIEW_FIELDS} } }`;
const ACTION_STATUS = `mutation X($input: SetPeerReviewActionStatusInput!) { setPeerReviewActionStatus(input: $input) { ${REVIEW_FIELDS} } }`;

type Review = {
  id: string;
  stage: string;
  lockVersion: number;
  selfReport: { areaCode: string; text: string }[];
  peers: { personId: string; countryCode: string }[];
  interviews: { interviewee: string; notes: string }[];
  recommendations: { id: string; areaCode: string; improvementActionId: string | null; actionStatus: string | null }[];
  canWriteAsCountry: boolean;
  canWriteAsPeer: boolean;
};

const rules = (res: GqlResponse<unknown>) =>
  ((res.errors?.[0]?.extensions['fields'] as { rule: string }[] | undefined) ?? []).map((f) => f.rule);

describe('peer reviews: peers of the other Baltic countries review a national programme, one stage at a time', () => {
  let t: TestApp;
  let editionId: string;
  let admin: GqlClient;
  let coordinatorLT: GqlClient;
  let coordinatorEE: GqlClient;
  let peerEE: { id: string; client: GqlClient };
  let peerLV: { id: string; client: GqlClient };
  let peerLT: { id: string; client: GqlClient };
  let researcher: GqlClient;
  let observer: GqlClient;
  let others: GqlClient[];

  const count = async (table: string, where = 'TRUE', params: unknown[] = []) =>
    ((await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0] as { n: number }).n;
  const person = async (grants: Parameters<typeof createPerson>[1]) => {
    const p = await createPerson(t.db, grants);
    return { id: p.id, client: await signedInClient(t, p.id) };
  };
  const review = async (id: string): Promise<Review> =>
    ((await admin.request<{ peerReviews: Review[] }>(LIST, { editionId })).data?.peerReviews ?? []).find(
      (r) => r.id === id,
    ) as Review;
  const advance = async (r: Review, stage: string) =>
    admin.request<{ advancePeerReview: Review }>(ADVANCE, {
      input: { reviewId: r.id, stage, expectedLockVersion: (await review(r.id)).lockVersion },
    });
  /** A review of `country` with the EE and LV peers (LT) or the LT peer (LV) assigned. */
  const givenReview = async (country: 'LT' | 'LV'): Promise<Review> => {
    const created = await admin.request<{ createPeerReview: Review }>(CREATE, {
      input: { editionId, countryCode: country },
    });
    expect(created.errors).toBeUndefined();
    const r = created.data?.createPeerReview as Review;
    for (const p of country === 'LT' ? [peerEE, peerLV] : [peerLT])
      expect((await admin.request(ASSIGN, { input: { reviewId: r.id, personId: p.id } })).errors).toBeUndefined();
    return review(r.id);
  };
  const selfReport = (client: GqlClient, r: Review, text = 'Tandems learn together in every national module.') =>
    client.request<{ savePeerReviewSelfReport: Review }>(SELF_REPORT, {
      input: {
        reviewId: r.id,
        expectedLockVersion: r.lockVersion,
        areas: [
          { areaCode: 'CURRICULA', text },
          { areaCode: 'PARTNERSHIPS', text: 'Schools and companies plan the workplace phase together.' },
        ],
      },
    });

  let lt: Review;

  beforeAll(async () => {
    t = await startTestApp();
    ({ editionId } = await givenEdition(t.db));
    for (const c of ['LT', 'LV'])
      await t.db.query(`INSERT INTO national_programme (edition_id, country_code, revision) VALUES ($1, $2, 1)`, [
        editionId,
        c,
      ]);
    admin = (await person([{ role: 'ADMIN' }])).client;
    coordinatorLT = (await person([{ role: 'COORDINATOR', countryCode: 'LT' }])).client;
    coordinatorEE = (await person([{ role: 'COORDINATOR', countryCode: 'EE' }])).client;
    peerEE = await person([{ role: 'COORDINATOR', countryCode: 'EE' }]);
    peerLV = await person([{ role: 'COORDINATOR', countryCode: 'LV' }]);
    peerLT = await person([{ role: 'COORDINATOR', countryCode: 'LT' }]);
    researcher = (await person([{ role: 'RESEARCHER' }])).client;
    observer = (await person([{ role: 'OBSERVER' }])).client;
    others = [
      (await person([{ role: 'TUTOR' }])).client,
      (await person([{ role: 'TRAINER', countryCode: 'LT' }])).client,
      (await person([{ role: 'MANAGER', countryCode: 'LT' }])).client,
    ];
    for (const [p, countryCode] of [
      [peerEE, 'EE'],
      [peerLV, 'LV'],
      [peerLT, 'LT'],
    ] as const) {
      const added = await admin.request(ADD_PEER, { input: { personId: p.id, countryCode, trainedOn: '2026-03-02' } });
      expect(added.errors).toBeUndefined();
    }
    lt = await givenReview('LT');
  }, 120_000);
  afterAll(() => t?.close());

  it('refuses TUTOR, MANAGER and TRAINER; researchers and observers read but do not write', async () => {
    for (const c of others) {
      expect(errorCode(await c.request(LIST, { editionId }))).toBe('FORBIDDEN');
      expect(errorCode(await selfReport(c, lt))).toBe('FORBIDDEN');
    }
    for (const c of [researcher, observer]) {
      const read = await c.request<{ peerReviews: Review[] }>(LIST, { editionId });
      expect(read.data?.peerReviews.map((r) => r.id)).toContain(lt.id);
      expect(errorCode(await selfReport(c, lt))).toBe('FORBIDDEN');
      expect(
        errorCode(await c.request(ADVANCE, { input: { reviewId: lt.id, stage: 'VISIT', expectedLockVersion: 1 } })),
      ).toBe('FORBIDDEN');
    }
    expect(errorCode(await coordinatorLT.request(CREATE, { input: { editionId, countryCode: 'EE' } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('lets only the reviewed country write its self-report: a coordinator of another country is refused', async () => {
    expect(errorCode(await selfReport(coordinatorEE, lt))).toBe('FORBIDDEN');
    expect(errorCode(await selfReport(peerEE.client, lt))).toBe('FORBIDDEN');
    expect(await count('peer_review_self_report_area', 'review_id = $1', [lt.id])).toBe(0);
    const saved = await selfReport(coordinatorLT, lt);
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.savePeerReviewSelfReport.selfReport.map((a) => a.areaCode)).toEqual([
      'CURRICULA',
      'PARTNERSHIPS',
    ]);
    expect(saved.data?.savePeerReviewSelfReport).toMatchObject({ canWriteAsCountry: true, canWriteAsPeer: false });
    lt = await review(lt.id);
  });

  it('refuses an own-country peer: the API with PEER_OWN_COUNTRY, the database with its CHECK', async () => {
    const res = await admin.request(ASSIGN, { input: { reviewId: lt.id, personId: peerLT.id } });
    expect(errorCode(res)).toBe('PEER_OWN_COUNTRY');
    const untrained = await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'EE' }]);
    expect(rules(await admin.request(ASSIGN, { input: { reviewId: lt.id, personId: untrained.id } }))).toEqual([
      'notTrainedPeer',
    ]);
    await expect(
      t.db.query(
        `INSERT INTO peer_review_peer (review_id, review_country_code, person_id, peer_country_code) VALUES ($1, 'LT', $2, 'LT')`,
        [lt.id, peerLT.id],
      ),
    ).rejects.toMatchObject({ code: '23514' });
    // Claiming another country for the peer does not pass either: the pool's (person, country) is the key.
    await expect(
      t.db.query(
        `INSERT INTO peer_review_peer (review_id, review_country_code, person_id, peer_country_code) VALUES ($1, 'LT', $2, 'EE')`,
        [lt.id, peerLT.id],
      ),
    ).rejects.toMatchObject({ code: '23503' });
    expect(await count('peer_review_peer', 'review_id = $1', [lt.id])).toBe(2);
  });

  it('gives the second of two concurrent self-report edits STALE_WRITE, and loses no update', async () => {
    const results = await Promise.all([
      selfReport(coordinatorLT, lt, 'First edit'),
      selfReport(coordinatorLT, lt, 'Second edit'),
    ]);
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(errorCode)).toEqual(['STALE_WRITE']);
    const [row] = await t.db.query(
      `SELECT text FROM peer_review_self_report_area WHERE review_id = $1 AND area_code = 'CURRICULA'`,
      [lt.id],
    );
    expect(row.text).toBe(ok[0].data?.savePeerReviewSelfReport.selfReport[0].text);
    expect((await review(lt.id)).lockVersion).toBe(lt.lockVersion + 1);
    lt = await review(lt.id);
  });

  it('refuses bad input (empty text, 100,000 characters) with VALIDATION_FAILED and stores nothing', async () => {
    for (const text of ['   ', 'x'.repeat(100_000)]) {
      const res = await selfReport(coordinatorLT, lt, text);
      expect(errorCode(res)).toBe('VALIDATION_FAILED');
    }
    expect((await review(lt.id)).selfReport[0].text).not.toMatch(/^x+$/);
    expect((await review(lt.id)).lockVersion).toBe(lt.lockVersion);
  });

  it('moves one stage at a time and takes each part in its stage only (PEER_REVIEW_STAGE)', async () => {
    expect(errorCode(await advance(lt, 'REPORT'))).toBe('PEER_REVIEW_STAGE');
    const early = await peerEE.client.request(INTERVIEW, {
      input: { reviewId: lt.id, interviewee: 'School tutors', heldOn: '2026-04-10', notes: 'Too early.' },
    });
    expect(errorCode(early)).toBe('PEER_REVIEW_STAGE');
    expect((await advance(lt, 'VISIT')).data?.advancePeerReview.stage).toBe('VISIT');
    expect(errorCode(await selfReport(coordinatorLT, await review(lt.id)))).toBe('PEER_REVIEW_STAGE');
    expect(errorCode(await advance(lt, 'PREPARATION'))).toBe('PEER_REVIEW_STAGE');
    expect(await count('peer_review_interview', 'review_id = $1', [lt.id])).toBe(0);
  });

  it('lets the assigned peers only write the interviews and the report: a peer of another review is refused', async () => {
    await givenReview('LV');
    const note = (c: GqlClient, notes: string) =>
      c.request<{ addPeerReviewInterview: Review }>(INTERVIEW, {
        input: { reviewId: lt.id, interviewee: 'Company tutors of the pilot', heldOn: '2026-04-10', notes },
      });
    for (const c of [peerLT.client, coordinatorLT, coordinatorEE, researcher])
      expect(errorCode(await note(c, 'Not mine to write.'))).toBe('FORBIDDEN');
    expect(errorCode(await note(peerEE.client, ''))).toBe('VALIDATION_FAILED');
    const ok = await note(peerEE.client, 'They want the workplace visit earlier.');
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.addPeerReviewInterview.interviews).toEqual([
      { interviewee: 'Company tutors of the pilot', notes: 'They want the workplace visit earlier.' },
    ]);
    expect(await count('peer_review_interview', 'review_id = $1', [lt.id])).toBe(1);
  });

  it('makes each recommendation exactly one improvement action of the programme, even when the follow-up starts twice at once', async () => {
    expect((await advance(lt, 'REPORT')).errors).toBeUndefined();
    const recommend = (c: GqlClient, areaCode: string, text: string) =>
      c.request(RECOMMEND, { input: { reviewId: lt.id, areaCode, text } });
    expect(errorCode(await recommend(peerLT.client, 'CURRICULA', 'Not my review.'))).toBe('FORBIDDEN');
    expect(
      (await recommend(peerEE.client, 'CURRICULA', 'Plan the national modules with employers.')).errors,
    ).toBeUndefined();
    expect(
      (await recommend(peerLV.client, 'PARTNERSHIPS', 'Name a contact person in every company.')).errors,
    ).toBeUndefined();
    expect(errorCode(await coordinatorLT.request(FOLLOW_UP, { id: lt.id }))).toBe('PEER_REVIEW_STAGE');
    expect((await advance(lt, 'COMMENTS')).errors).toBeUndefined();
    const comment = (c: GqlClient) =>
      review(lt.id).then((r) =>
        c.request(COMMENT, { input: { reviewId: r.id, expectedLockVersion: r.lockVersion, comments: 'We agree.' } }),
      );
    expect(errorCode(await comment(coordinatorEE))).toBe('FORBIDDEN');
    expect((await comment(coordinatorLT)).errors).toBeUndefined();
    expect(errorCode(await coordinatorEE.request(FOLLOW_UP, { id: lt.id }))).toBe('FORBIDDEN');
    const both = await Promise.all([
      coordinatorLT.request(FOLLOW_UP, { id: lt.id }),
      coordinatorLT.request(FOLLOW_UP, { id: lt.id }),
    ]);
    expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
    const actions = await t.db.query(
      `SELECT a.id, a.status, a.module_id, np.country_code::text AS country FROM improvement_action a
         JOIN national_programme np ON np.id = a.national_programme_id WHERE a.edition_id = $1`,
      [editionId],
    );
    expect(actions).toHaveLength(2);
    expect(
      actions.every((a: { country: string; module_id: string | null }) => a.country === 'LT' && !a.module_id),
    ).toBe(true);
    const after = await review(lt.id);
    expect(after.stage).toBe('FOLLOW_UP');
    expect(new Set(after.recommendations.map((c) => c.improvementActionId)).size).toBe(2);
    // Tracked like the others: AGREED, then DONE, by the country team only.
    const actionId = after.recommendations[0].improvementActionId as string;
    const step = (c: GqlClient, status: string) => c.request(ACTION_STATUS, { input: { actionId, status } });
    expect(errorCode(await step(coordinatorEE, 'AGREED'))).toBe('FORBIDDEN');
    expect(errorCode(await step(coordinatorLT, 'DONE'))).toBe('ACTION_STATUS_STEP');
    expect((await step(coordinatorLT, 'AGREED')).errors).toBeUndefined();
    expect((await step(coordinatorLT, 'DONE')).errors).toBeUndefined();
    expect((await review(lt.id)).recommendations[0].actionStatus).toBe('DONE');
    // The module lists keep their shape: a programme's action is not among the module actions.
    const listed = await researcher.request<{ improvementActions: { id: string }[] }>(
      `query A($editionId: ID) { improvementActions(editionId: $editionId) { id module { code } } }`,
      { editionId },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.improvementActions).toEqual([]);
    const ysw = await researcher.request(
      `query Y($editionId: ID) { youSaidWeDid(editionId: $editionId) { actions { id } } }`,
      {
        editionId,
      },
    );
    expect(ysw.errors).toBeUndefined();
    // Exactly one of module and national programme, in the database.
    await expect(
      t.db.query(`INSERT INTO improvement_action (edition_id, change, owner) VALUES ($1, 'x', 'y')`, [editionId]),
    ).rejects.toMatchObject({ code: '23514' });
  });
});

describe('peer reviews demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const logger = pino({ level: 'silent' });
    await loadDemoData(t.db, logger, 'test');
    await loadDemoEvidence(t.app, logger);
    await loadDemoPeerReviews(t.app, logger);
  }, 300_000);
  afterAll(() => t?.close());

  it('shows the LT programme in its VISIT stage: a self-report on 3 areas, peers from EE and LV, interview notes', async () => {
    const lt = new GqlClient(t.baseUrl);
    expect((await lt.login('coordinator.lt@tandem.example', DEMO_PASSWORD)).errors).toBeUndefined();
    const res = await lt.request<{ peerReviews: (Review & { countryCode: string })[] }>(
      `query { peerReviews { ${REVIEW_FIELDS} } }`,
    );
    expect(res.errors).toBeUndefined();
    const [r] = res.data?.peerReviews ?? [];
    expect(r).toMatchObject({ countryCode: 'LT', stage: 'VISIT', canWriteAsCountry: true });
    expect(r.selfReport).toHaveLength(3);
    expect(r.peers.map((p) => p.countryCode).sort()).toEqual(['EE', 'LV']);
    expect(r.interviews.length).toBeGreaterThanOrEqual(1);
  });
});
