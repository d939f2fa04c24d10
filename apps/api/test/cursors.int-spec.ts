import { givenEdition } from './support/factories';
import { errorCode } from './support/gql-client';
import { signInAs } from './support/sign-in';
import { startTestApp, type TestApp } from './support/test-app';

const cursor = (key: unknown) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

/** Cursors a client could send instead of one of ours: not base64 JSON, the wrong length, parts the SQL would cast. */
const FORGED = [
  '%%%',
  cursor({ id: 'x' }),
  cursor([]),
  cursor(['not-an-id']),
  cursor(['not-a-time', 'not-an-id']),
  cursor(['Tamm', 'Mari', 'not-an-id']),
  cursor([1, 2]),
  cursor(['-1']),
];

describe('list cursors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses every forged cursor on every list as VALIDATION_FAILED on `after`, never as a server error', async () => {
    const edition = await givenEdition(t.db);
    const admin = await signInAs(t, 'ADMIN');
    const lists = [
      `agenda(first: 5, after: $after) { totalCount }`,
      `certificates(first: 5, after: $after) { totalCount }`,
      `completionPeople(editionId: "${edition.id}", first: 5, after: $after) { totalCount }`,
      `networkApplications(first: 5, after: $after) { totalCount }`,
      `organisations(first: 5, after: $after) { totalCount }`,
      `outboxMessages(first: 5, after: $after) { totalCount }`,
      `people(first: 5, after: $after) { totalCount }`,
      `resources(first: 5, after: $after) { totalCount }`,
      `submissionsToReview(first: 5, after: $after) { totalCount }`,
      `tandems(first: 5, after: $after) { totalCount }`,
      `trainingSessions(first: 5, after: $after) { totalCount }`,
    ];
    const wrong: string[] = [];
    for (const list of lists)
      for (const after of FORGED) {
        const res = await admin.request(`query L($after: String) { ${list} }`, { after });
        const fields = res.errors?.[0]?.extensions['fields'];
        if (
          errorCode(res) !== 'VALIDATION_FAILED' ||
          JSON.stringify(fields) !== '[{"field":"after","rule":"cursor","message":"is not a cursor of this list"}]'
        )
          wrong.push(`${list.split('(')[0]} ${after}: ${errorCode(res) ?? 'answered'}`);
      }
    expect(wrong).toEqual([]);
  });
});
