import pino from 'pino';
import { DataSource } from 'typeorm';
import { DEMO_PROGRAMME, loadDemoData } from '../src/database/demo/demo-loader';
import { DEMO_PASSWORD, DEMO_PEOPLE } from '../src/database/demo/demo-people';
import { typeormOptions } from '../src/database/typeorm-options';
import { errorCode, GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';

const silent = pino({ level: 'silent' });

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('loads once even when two loaders race, and a second run changes nothing', async () => {
    const other = await new DataSource(typeormOptions((t.db.options as { url: string }).url)).initialize();
    try {
      const results = await Promise.all([loadDemoData(t.db, silent, 'test'), loadDemoData(other, silent, 'test')]);
      expect(results.filter(Boolean)).toHaveLength(1);
    } finally {
      await other.destroy();
    }
    expect(await loadDemoData(t.db, silent, 'test')).toBe(false);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM programme WHERE name = $1`, [DEMO_PROGRAMME]);
    expect(n).toBe(1);
    const [{ people }] = await t.db.query(`SELECT count(*)::int AS people FROM person`);
    expect(people).toBe(DEMO_PEOPLE.length);
  });

  it('refuses to run in production', async () => {
    await expect(loadDemoData(t.db, silent, 'production')).rejects.toThrow(/refuses/);
  });

  it.each(DEMO_PEOPLE.map((p) => [p.email, p.grants.map((g) => g.role)]))(
    'lets %s sign in with the demo password and holds %j',
    async (email, roles) => {
      const client = new GqlClient(t.baseUrl);
      const login = await client.login(email as string, DEMO_PASSWORD);
      expect(errorCode(login)).toBeUndefined();
      const me = await client.request<{ me: { roles: { role: string }[] } }>(`{ me { email roles { role } } }`);
      expect(me.data?.me.roles.map((r) => r.role)).toEqual(roles);
    },
  );

  it('gives the 2026–2027 edition a target of 800', async () => {
    const client = new GqlClient(t.baseUrl);
    await client.login('observer@tandem.example', DEMO_PASSWORD);
    const res = await client.request<{ editions: { name: string; targetTrained: number }[] }>(
      `{ editions { name targetTrained programmeName } }`,
    );
    expect(res.data?.editions).toEqual([{ name: '2026–2027', targetTrained: 800, programmeName: DEMO_PROGRAMME }]);
  });
});
