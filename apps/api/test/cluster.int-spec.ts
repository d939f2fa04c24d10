import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcess, freePort, startAppProcess, waitReady } from './support/app-process';
import { waitFor } from './support/wait-for';

const childrenOf = (pid: number): number[] =>
  execSync(`ps -o pid= --ppid ${pid} || true`, { encoding: 'utf8' })
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((n) => n > 0);
const isApiWorker = (pid: number) => {
  try {
    return /main\.ts/.test(execSync(`cat /proc/${pid}/cmdline`, { encoding: 'utf8' }));
  } catch {
    return false;
  }
};
const pgAlive = (dataDir: string) =>
  execSync(`ps -eo args`, { encoding: 'utf8' })
    .split('\n')
    .some((l) => l.includes('postgres -D') && l.includes(dataDir));

/**
 * `npm start` with API_WORKERS=2: the primary owns the embedded PostgreSQL, two workers share the
 * port, a worker that dies is replaced while the other keeps answering, and a stop signal stops the
 * workers (finishing their jobs) before the database, with no error on the way.
 */
describe('npm start with several API workers', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-cluster-'));
  let app: AppProcess;
  const workers = () => childrenOf(app.child.pid!).filter(isApiWorker);
  const ready = () =>
    fetch(`${app.baseUrl}/health/ready`, { signal: AbortSignal.timeout(1_000) }).then(
      (r) => r.ok,
      () => false,
    );

  beforeAll(async () => {
    app = startAppProcess({
      API_WORKERS: '2',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(await freePort()),
      LOG_LEVEL: 'info',
    });
    await waitReady(app);
  }, 120_000);
  afterAll(async () => {
    if (app.child.exitCode === null) app.child.kill('SIGKILL');
    for (const pid of childrenOf(app.child.pid!)) process.kill(pid, 'SIGKILL');
  });

  it('runs two workers and replaces one that is killed while the other answers', async () => {
    await waitFor(async () => workers().length === 2, 60_000);
    const [victim] = workers();
    process.kill(victim, 'SIGKILL');
    // A connection handed to the worker as it died is lost; the next ones reach the other worker.
    await waitFor(ready, 30_000);
    await waitFor(async () => workers().length === 2 && !workers().includes(victim), 60_000);
    await waitFor(ready, 30_000);
    expect(app.output()).toMatch(/an API worker stopped: starting another/);
  }, 120_000);

  it('stops the workers, then the database, on SIGTERM, with no error', async () => {
    const before = workers();
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(before.filter(isApiWorker)).toEqual([]);
    expect(pgAlive(dataDir)).toBe(false);
    expect(app.output()).not.toMatch(/"level":50/);
  }, 60_000);
});
