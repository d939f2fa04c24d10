// Shared by the API benchmarks (load.mjs, baseline.mjs): start the built app (`npm run -s build` first) on a
// throw-away data folder with its embedded PostgreSQL, sign in demo accounts, read the web app's GraphQL
// operations from its sources, and measure the CPU time of a process tree from /proc.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kind, parse, print, visit } from 'graphql';

/** The checkout whose build (dist/apps/api) and web sources are measured: this one, or BENCH_ROOT (to compare another). */
export const ROOT = resolve(process.env.BENCH_ROOT ?? resolve(import.meta.dirname, '../..'));
export const DEMO_PASSWORD = 'tandem-demo-2026';

/**
 * Starts `node dist/apps/api/main.js` as `npm start` runs it (the cluster: API_WORKERS workers, default one
 * per core) on a new data folder; resolves once /health/ready answers. `stop()` stops it and removes the folder.
 */
export async function startApp({ port, pgPort, env = {}, nodeArgs = [], quiet = true, ipc = false }) {
  const main = join(ROOT, 'dist/apps/api/main.js');
  if (!statSync(main, { throwIfNoEntry: false })) throw new Error('no build: run `npm run -s build` first');
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  const child = spawn(process.execPath, [...nodeArgs, main], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dataDir,
      ...env,
    },
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'pipe', ...(ipc ? ['ipc'] : [])],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app stopped while starting:\n${stderr}`);
    const ok = await fetch(`${base}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() - started > 120_000) throw new Error('the app did not get ready in 2 minutes');
    await sleep(300);
  }
  return {
    base,
    pid: child.pid,
    child,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until `count` API workers listen (the cluster forks the others after the first one is ready). */
export async function waitForWorkers(rootPid, count) {
  for (let i = 0; i < 200; i++) {
    if (processTree(rootPid).filter((p) => p.comm === 'node' && p.pid !== rootPid).length >= count) return;
    await sleep(100);
  }
  if (count > 1) throw new Error(`fewer than ${count} API workers started`);
}

export const gqlBody = (query, variables = {}) => JSON.stringify({ query, variables });

/** Signs a demo account in and returns its session cookie (`name=value`). */
export async function signIn(base, email) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: gqlBody('mutation($i: LoginInput!) { login(input: $i) { id } }', { i: { email, password: DEMO_PASSWORD } }),
  });
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('tandem_session='))
    ?.split(';')[0];
  if (!cookie) throw new Error(`demo sign-in of ${email} failed: ${await res.text()}`);
  return cookie;
}

/** Runs `task` over `items` with at most `limit` at a time. */
export async function mapLimit(items, limit, task) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await task(items[i], i);
      }
    }),
  );
  return out;
}

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name)) yield path;
  }
}

/**
 * The web app's operations by name, each printed with the fragments it uses, as the app sends them: read
 * from apps/web/src as codegen reads it (like apps/api/test/support/web-operations.ts does for the specs).
 */
export function webOperations(names) {
  const texts = [];
  for (const file of sourceFiles(join(ROOT, 'apps/web/src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)) texts.push(m[1]);
  }
  const document = parse(texts.join('\n'));
  const fragments = new Map();
  const operations = new Map();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    if (d.kind === Kind.OPERATION_DEFINITION && d.name) operations.set(d.name.value, d);
  }
  return Object.fromEntries(
    names.map((name) => {
      const operation = operations.get(name);
      if (!operation) throw new Error(`the web app has no operation ${name}`);
      const used = new Set();
      const spreads = (node) =>
        visit(node, {
          FragmentSpread(s) {
            if (used.has(s.name.value)) return;
            used.add(s.name.value);
            spreads(fragments.get(s.name.value));
          },
        });
      spreads(operation);
      return [name, [operation, ...[...used].map((f) => fragments.get(f))].map((d) => print(d)).join('\n')];
    }),
  );
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** Every process under `rootPid` (itself included): pid, command name, parent, CPU ticks (own, and of waited-for children). */
export function processTree(rootPid) {
  const all = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const f = stat.slice(close + 2).split(' ');
      // fields after the command: state ppid … utime(14) stime(15) cutime(16) cstime(17), 1-based from pid
      all.push({
        pid: Number(name),
        comm,
        ppid: Number(f[1]),
        own: Number(f[11]) + Number(f[12]),
        children: Number(f[13]) + Number(f[14]),
      });
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (inTree.has(p.pid) || !inTree.has(p.ppid)) continue;
      inTree.add(p.pid);
      grew = true;
    }
  }
  return all.filter((p) => inTree.has(p.pid));
}

/**
 * CPU seconds so far of the app's node processes (primary and API workers) and of PostgreSQL (the
 * postmaster, its live backends and the backends that already ended, counted in the postmaster's cutime).
 */
export function cpuSeconds(rootPid) {
  let api = 0;
  let db = 0;
  for (const p of processTree(rootPid)) {
    if (p.comm.startsWith('postgres')) db += p.own + (p.comm === 'postgres' ? p.children : 0);
    else if (p.comm === 'node' || p.comm.startsWith('node')) api += p.own;
  }
  return { api: api / CLOCK_TICKS, db: db / CLOCK_TICKS };
}

/** CPU seconds so far of one process (all its threads; not its children). */
export function ownCpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / CLOCK_TICKS;
}

/** CPU seconds so far of the whole machine (all cores), busy and in total, from /proc/stat. */
export function machineSeconds() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + f[4];
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: (total - idle) / CLOCK_TICKS, total: total / CLOCK_TICKS };
}

/** Nearest-rank percentile of sorted numbers. */
export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function assertLoopback(base) {
  if (!/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(base)) {
    console.error('Benchmarks only target this machine (loopback).');
    process.exit(2);
  }
}
