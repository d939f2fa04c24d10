import pino from 'pino';
import { loadDemoData } from '../src/database/demo/demo-loader';
import { DEMO_PASSWORD } from '../src/database/demo/demo-people';
import { GqlClient } from './support/gql-client';
import { countStatements } from './support/statement-counter';
import { startTestApp, TestApp } from './support/test-app';
import { webDocument, webOperation } from './support/web-operations';

/**
 * No N+1: a page of 100 costs the same number of SQL statements as a page of 5. Measured on the
 * demo edition (hundreds of tutors, tandems, people and audit events) with the web app's own
 * operations, counting every statement the pg driver sends during the request.
 */
const LISTS: [who: string, operation: string][] = [
  ['admin@tandem.example', 'Tandems'],
  ['admin@tandem.example', 'Organisations'],
  ['admin@tandem.example', 'People'],
  ['admin@tandem.example', 'AuditEvents'],
  ['admin@tandem.example', 'SubmissionsToReview'],
  ['coordinator.ee@tandem.example', 'Tandems'],
  ['trainer.ee@tandem.example', 'Agenda'],
  ['admin@tandem.example', 'Mobilities'],
  ['coordinator.ee@tandem.example', 'Mobilities'],
];

describe('SQL statements per list request', () => {
  let t: TestApp;
  let counter: ReturnType<typeof countStatements>;
  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.db, pino({ level: 'silent' }), 'test');
    counter = countStatements();
  }, 120_000);
  afterAll(async () => {
    counter.restore();
    await t.close();
  });

  const document = webDocument();
  const count = async (client: GqlClient, query: string, variables: Record<string, unknown>) => {
    counter.reset();
    const res = await client.request<Record<string, { edges?: unknown[]; items?: unknown[] }>>(query, variables);
    expect(res.errors).toBeUndefined();
    const list = Object.values(res.data ?? {})[0];
    return { statements: counter.count, items: (list?.edges ?? list?.items ?? []).length };
  };

  it.each(LISTS)('as %s, %s sends as many statements for 100 items as for 5', async (who, name) => {
    const client = new GqlClient(t.baseUrl);
    expect((await client.login(who, DEMO_PASSWORD)).errors).toBeUndefined();
    const query = webOperation(document, name);
    const variables = (size: number) => (name === 'AuditEvents' ? { first: size, offset: 0 } : { first: size });
    await count(client, query, variables(5)); // warm: prepared plans, the session's first touch
    const small = await count(client, query, variables(5));
    const large = await count(client, query, variables(100));
    expect(large.items).toBeGreaterThan(small.items);
    expect(large.statements).toBe(small.statements);
  });
});
