import { GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';

/** What an outsider can learn of the schema from a production server: nothing beyond the operations it knows. */
describe('GraphQL answers in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The test database is passed to the app directly; production only insists that a URL is configured.
    t = await startTestApp({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(48),
      DATABASE_URL: 'postgres://configured',
    });
  });
  afterAll(() => t.close());

  it.each([
    ['a misspelt field', '{ meee { id } }'],
    ['a misspelt argument', '{ trainingSessions(frist: 1) { totalCount } }'],
    ['a misspelt type', 'query Q($x: BookSessionInputt!) { me { id } }'],
    ['a misspelt enum value', '{ trainingSessions(status: SCHEDULD) { totalCount } }'],
  ])('suggests no names for %s', async (_what, query) => {
    const res = await new GqlClient(t.baseUrl).request(query);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/i);
  });

  it('keeps introspection off', async () => {
    const res = await new GqlClient(t.baseUrl).request('{ __schema { types { name } } }');
    expect(res.data).toBeNull();
    expect(JSON.stringify(res.errors)).toMatch(/introspection/i);
  });
});
