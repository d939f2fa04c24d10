import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppProcess, freePort, startAppProcess, waitReady } from './support/app-process';

const APPLY = `mutation Apply($input: ApplyToJoinNetworkInput!) { applyToJoinNetwork(input: $input) }`;
const pgAlive = (dataDir: string) =>
  execSync(`ps -eo args`, { encoding: 'utf8' })
    .split('\n')
    .some((l) => l.includes('postgres -D') && l.includes(dataDir));

/**
 * `npm start` after a crash: the app is killed with SIGKILL (its embedded PostgreSQL keeps running,
 * orphaned), started again, and what was committed before the kill is there. What cannot be fixed is
 * one sentence and a non-zero exit, never `undefined`.
 */
describe('a start that survives a crash', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-crash-'));
  const running: AppProcess[] = [];
  let pgPort: number;
  let env: Record<string, string>;

  beforeAll(async () => {
    pgPort = await freePort();
    env = {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      PORT: String(await freePort()),
      JOBS_ENABLED: 'false',
    };
  });
  afterAll(async () => {
    for (const app of running) if (app.child.exitCode === null) app.child.kill('SIGTERM');
    await Promise.all(running.map((a) => a.exited));
  });
  const start = (extra: Record<string, string> = {}) => {
    const app = startAppProcess({ ...env, ...extra });
    running.push(app);
    return app;
  };

  it('starts again after kill -9, stopping the PostgreSQL left running, and keeps what was committed', async () => {
    const first = start();
    await waitReady(first);
    const registryCode = `CRASH${Date.now()}`;
    const res = await fetch(`${first.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: APPLY,
        variables: {
          input: {
            organisationName: 'Crash Test OÜ',
            kind: 'COMPANY',
            country: 'EE',
            registryCode,
            city: 'Tartu',
            contactGivenName: 'Mari',
            contactFamilyName: 'Maasikas',
            contactEmail: 'mari@crash.example',
            preferredLanguage: 'et',
          },
        },
      }),
    });
    expect(await res.json()).toEqual({ data: { applyToJoinNetwork: true } });
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    expect(pgAlive(dataDir)).toBe(true); // the orphan

    const second = start();
    await waitReady(second);
    const db = new Client({ connectionString: `postgres://tandem:tandem@127.0.0.1:${pgPort}/tandem` });
    await db.connect();
    const rows = await db.query(`SELECT organisation_name FROM network_application WHERE registry_code = $1`, [
      registryCode,
    ]);
    await db.end();
    expect(rows.rows).toEqual([{ organisation_name: 'Crash Test OÜ' }]);
    expect(second.output()).not.toMatch(/undefined/);

    // A second start on the same folder while this one runs: one sentence, non-zero exit.
    const third = start();
    expect(await third.exited).toBe(1);
    expect(third.output().trim()).toMatch(
      /^Tandem is already running from .* \(process \d+, port \d+\): .*DATA_DIR\.$/,
    );

    // Stopped cleanly, nothing is left running.
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(pgAlive(dataDir)).toBe(false);
  }, 240_000);

  it('names the cause when the PostgreSQL port is taken by another program', async () => {
    const blocker = createServer().listen(pgPort, '127.0.0.1');
    try {
      const app = start({ DATA_DIR: mkdtempSync(join(tmpdir(), 'tandem-port-')) });
      expect(await app.exited).toBe(1);
      expect(app.output().trim()).toBe(
        `Port ${pgPort} is used by another program, so the embedded PostgreSQL cannot start: stop that program or set EMBEDDED_PG_PORT to a free port.`,
      );
    } finally {
      blocker.close();
    }
  }, 120_000);

  it('names the cause when the data folder belongs to another PostgreSQL version', async () => {
    const other = mkdtempSync(join(tmpdir(), 'tandem-version-'));
    mkdirSync(join(other, 'pg'));
    writeFileSync(join(other, 'pg', 'PG_VERSION'), '13\n');
    const app = start({ DATA_DIR: other });
    expect(await app.exited).toBe(1);
    expect(app.output().trim()).toMatch(
      /^The data folder .*pg was made by PostgreSQL 13, but this app runs PostgreSQL \d+: move the folder away .*pg_upgrade\.$/,
    );
  }, 120_000);
});
