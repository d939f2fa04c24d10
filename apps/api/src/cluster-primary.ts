import cluster, { type Worker } from 'node:cluster';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { RawConfig } from './config/config.schema';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { lockDataDir, StartupError } from './startup-error';

/** What a worker tells the primary once it listens. */
export const WORKER_READY = 'tandem:worker-ready';
/** Set by the primary for its workers: the database URL came from its embedded PostgreSQL. */
export const EMBEDDED_FROM_PRIMARY = 'TANDEM_EMBEDDED_FROM_PRIMARY';

/** More restarts than this within a minute means the workers cannot run: the primary gives up. */
const MAX_RESTARTS_PER_MINUTE = 5;

/**
 * `npm start` with several API workers (API_WORKERS, default one per core up to four). The API keeps
 * no state of its own (sessions, throttling, jobs and files live in PostgreSQL or the store), so the
 * workers are replicas sharing one port through Node's cluster module, as the replica tests prove.
 * The primary owns the data folder and the embedded PostgreSQL, starts the first worker (which
 * migrates and loads the demo), then the others once it is ready; a worker that dies is replaced,
 * and a stop signal stops the workers before the database.
 */
export async function runPrimary(raw: RawConfig, logger: Logger, count: number): Promise<void> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const env: Record<string, string> = {};
  let embedded: EmbeddedDatabase | undefined;
  try {
    if (!raw.DATABASE_URL) {
      cleanups.push(lockDataDir(raw.DATA_DIR, raw.PORT));
      embedded = await startEmbeddedPostgres({
        dataDir: join(raw.DATA_DIR, 'pg'),
        port: raw.EMBEDDED_PG_PORT,
        database: 'tandem',
        log: (m) => logger.info(m),
      });
      cleanups.unshift(() => embedded?.stop());
      env['DATABASE_URL'] = embedded.url;
      env[EMBEDDED_FROM_PRIMARY] = 'true';
      logger.info({ port: raw.EMBEDDED_PG_PORT, dataDir: resolve(raw.DATA_DIR, 'pg') }, 'embedded PostgreSQL started');
    }
  } catch (e) {
    await runAll(cleanups);
    throw e;
  }

  let stopping = false;
  let ready = false;
  const restarts: number[] = [];
  const fork = () => cluster.fork(env);

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    await Promise.all(workers.map(stopWorker));
    await runAll(cleanups, (e) => logger.error(e, 'error while shutting down'));
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  cluster.on('message', (_worker, message: unknown) => {
    if (message !== WORKER_READY || ready) return;
    ready = true;
    for (let i = 1; i < count; i++) fork();
    logger.info({ workers: count }, `Tandem runs ${count} API workers`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // The first worker failed to start: it has said why in one sentence; the start fails with it.
    if (!ready) return void stop(typeof code === 'number' && code !== 0 ? code : 1);
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && restarts[0] < now - 60_000) restarts.shift();
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      logger.error(new StartupError(`API workers keep stopping (${restarts.length} in a minute): giving up.`));
      return void stop(1);
    }
    logger.warn({ pid: worker.process.pid, code, signal }, 'an API worker stopped: starting another');
    fork();
  });
  fork();
}

/** SIGTERM lets the worker finish its requests and jobs; one that hangs is killed after 30 s. */
function stopWorker(worker: Worker): Promise<void> {
  return new Promise((done) => {
    if (worker.isDead()) return done();
    const timer = setTimeout(() => worker.process.kill('SIGKILL'), 30_000);
    worker.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    worker.process.kill('SIGTERM');
  });
}

async function runAll(cleanups: (() => Promise<void> | void)[], onError: (e: unknown) => void = () => undefined) {
  for (const cleanup of cleanups.splice(0)) await Promise.resolve().then(cleanup).catch(onError);
}
