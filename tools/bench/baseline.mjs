// `npm run bench:baseline` (build first: `npm run -s build`): the full stack against a bare server running the
// same SQL (issue 19). Starts the built app with one API worker (API_WORKERS=1, the job queue off so that only
// requests talk to the database) on a throw-away data folder, signs a demo cohort tutor in, and records, with
// the pg driver patched (capture-statements.cjs), every statement and parameter of `me`, of the tutor's home
// (the three operations the web app sends for it) and of `trainingSessions(first: 20)`, and each answer. A bare
// Fastify + pg server (this script in a child process, one process like the API worker, a pool of 10 like the
// API's) then answers the same requests by running the same statements with the same parameters, one after
// the other on one pooled connection, and sending the same JSON (the recorded answer, serialised per request:
// it does not map rows itself). Both answers are checked to be byte-identical first. Then BASELINE_ROUNDS
// (default 8) interleaved rounds of autocannon (10 connections, BASELINE_SECONDS each, default 3) per request;
// prints each side's mean requests/s and the median over the rounds of the ratio full stack / bare (goal: at
// least 70 %), and the same for the CPU time per request of each server process (steadier on a busy machine). BASELINE_SQL=1 also
// prints the statements.
// BENCH_PORT / BENCH_PG_PORT: the app and its embedded PostgreSQL (default 3100 / 54398); the bare server
// listens on BENCH_PORT + 1.
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cpuSeconds,
  gqlBody,
  machineSeconds,
  ownCpuSeconds,
  signIn,
  startApp,
  webOperations,
} from './bench-support.mjs';

if (process.argv[2] === '--bare') await serveBare();
else await main();

async function main() {
  const port = Number(process.env.BENCH_PORT ?? 3100);
  const pgPort = Number(process.env.BENCH_PG_PORT ?? 54398);
  const rounds = Number(process.env.BASELINE_ROUNDS ?? 8);
  const seconds = Number(process.env.BASELINE_SECONDS ?? 3);
  const ops = webOperations(['Me', 'MySurveys', 'MyNextSteps', 'WhereWeAreNow', 'TrainingSessions']);
  const scenarios = [
    { name: 'me', requests: [gqlBody(ops.Me)] },
    { name: 'tutor home', requests: [gqlBody(ops.MySurveys), gqlBody(ops.MyNextSteps), gqlBody(ops.WhereWeAreNow)] },
    { name: 'trainingSessions(first: 20)', requests: [gqlBody(ops.TrainingSessions, { first: 20 })] },
  ];

  const app = await startApp({
    port,
    pgPort,
    env: { API_WORKERS: '1', JOBS_ENABLED: 'false' },
    nodeArgs: ['-r', join(import.meta.dirname, 'capture-statements.cjs')],
    ipc: true,
  });
  const work = mkdtempSync(join(tmpdir(), 'tandem-baseline-'));
  let bare;
  try {
    const cookie = await signIn(app.base, 'cohort.lv.010@tandem.example');
    const headers = { 'content-type': 'application/json', cookie };
    const post = async (base, body) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body });
      const text = await res.text();
      if (!res.ok || JSON.parse(text).errors) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
      return text;
    };
    const capture = async (body) => {
      const stopped = new Promise((done) => app.child.once('message', (m) => done(m.statements)));
      app.child.send('capture:start');
      await new Promise((done) => setTimeout(done, 20)); // the message arrives before the request
      const answer = await post(app.base, body);
      app.child.send('capture:stop');
      return { answer, statements: await stopped };
    };

    // Warm up, then record each request until two recordings agree (a session's last_seen_at is touched
    // at most once a minute, so one recording may carry that UPDATE).
    const replays = {};
    for (const s of scenarios) {
      for (const body of s.requests) {
        for (let i = 0; i < 20; i++) await post(app.base, body);
        let previous = await capture(body);
        for (let i = 0; ; i++) {
          const next = await capture(body);
          const same =
            next.answer === previous.answer &&
            next.statements.length === previous.statements.length &&
            next.statements.every((st, k) => st.text === previous.statements[k].text);
          if (same) break;
          if (i === 5) throw new Error(`the statements of ${s.name} differ from one request to the next`);
          previous = next;
        }
        replays[JSON.parse(body).query] = previous;
      }
      const counts = s.requests.map((b) => replays[JSON.parse(b).query].statements.length);
      console.log(`${s.name}: ${counts.join(' + ')} statements`);
      if (process.env.BASELINE_SQL) {
        for (const b of s.requests)
          for (const st of replays[JSON.parse(b).query].statements) console.log(`  ${st.text}`);
      }
    }
    const replayFile = join(work, 'replays.json');
    writeFileSync(replayFile, JSON.stringify(replays));

    const barePort = port + 1;
    const dbUrl = `postgres://tandem:tandem@127.0.0.1:${pgPort}/tandem`;
    bare = fork(import.meta.filename, ['--bare'], {
      env: { ...process.env, BARE_PORT: String(barePort), REPLAY_FILE: replayFile, DATABASE_URL: dbUrl },
    });
    await new Promise((done, fail) => {
      bare.once('message', done);
      bare.once('exit', () => fail(new Error('the bare server stopped')));
    });
    const bareBase = `http://127.0.0.1:${barePort}`;
    for (const s of scenarios) {
      for (const body of s.requests) {
        if ((await post(bareBase, body)) !== replays[JSON.parse(body).query].answer) {
          throw new Error(`the bare server's answer to ${s.name} differs`);
        }
      }
    }

    const measure = async (base, pid, s) => {
      const cpu = ownCpuSeconds(pid);
      const r = await autocannon({
        url: `${base}/graphql`,
        method: 'POST',
        headers,
        requests: s.requests.map((body) => ({ body })),
        connections: 10,
        duration: seconds,
      });
      if (r.errors + r.non2xx) throw new Error(`${s.name}: ${r.errors + r.non2xx} errors`);
      return { rate: r.requests.average, cpuMs: (1000 * (ownCpuSeconds(pid) - cpu)) / r.requests.total };
    };
    console.log(`\n${rounds} interleaved rounds, ${seconds} s each, 10 connections; requests/s`);
    const results = scenarios.map(() => ({ full: [], bare: [] }));
    // CPU seconds of everything this benchmark runs: the app and its PostgreSQL, the bare server, autocannon here.
    const ours = () => {
      const tree = cpuSeconds(app.pid);
      const driver = process.cpuUsage();
      return tree.api + tree.db + ownCpuSeconds(bare.pid) + (driver.user + driver.system) / 1e6;
    };
    const [machine0, ours0, started] = [machineSeconds(), ours(), performance.now()];
    for (let round = 0; round < rounds; round++) {
      for (const [i, s] of scenarios.entries()) {
        // Alternate which side goes first, so that neither always runs on a warmer machine.
        const order = round % 2 ? ['bare', 'full'] : ['full', 'bare'];
        for (const side of order) {
          results[i][side].push(
            await measure(side === 'full' ? app.base : bareBase, side === 'full' ? app.pid : bare.pid, s),
          );
        }
      }
    }
    const elapsed = (performance.now() - started) / 1000;
    const others = machineSeconds().busy - machine0.busy - (ours() - ours0);
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const median = (xs) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    };
    // The ratio of each round (its two sides ran back to back), then the median over the rounds: a busy
    // neighbour during one round moves one ratio, not the result. On a shared machine the CPU time per
    // request (of the server process alone, from /proc) is steadier than the rate: its ratio is the rate
    // each side would reach on a core of its own.
    console.log(
      `${'request'.padEnd(30)}${'full stack'.padStart(12)}${'bare'.padStart(8)}${'ratio'.padStart(7)}` +
        `${'CPU ms/request: full'.padStart(24)}${'bare'.padStart(7)}${'ratio'.padStart(7)}  rate ratios of the rounds`,
    );
    for (const [i, s] of scenarios.entries()) {
      const { full, bare: bareSide } = results[i];
      const rates = full.map((f, r) => (100 * f.rate) / bareSide[r].rate);
      const cpu = full.map((f, r) => (100 * bareSide[r].cpuMs) / f.cpuMs);
      const pct = (x) => `${x.toFixed(0)} %`.padStart(7);
      console.log(
        `${s.name.padEnd(30)}${mean(full.map((x) => x.rate))
          .toFixed(0)
          .padStart(12)}` +
          `${mean(bareSide.map((x) => x.rate))
            .toFixed(0)
            .padStart(8)}${pct(median(rates))}` +
          `${mean(full.map((x) => x.cpuMs))
            .toFixed(2)
            .padStart(24)}${mean(bareSide.map((x) => x.cpuMs))
            .toFixed(2)
            .padStart(7)}` +
          `${pct(median(cpu))}  ${rates.map((x) => x.toFixed(0)).join(' ')}`,
      );
    }
    console.log(
      `other processes used ${((100 * others) / elapsed).toFixed(0)} % of a core meanwhile` +
        ` (the machine has ${availableParallelism()}): the more, the less the rates say`,
    );
  } finally {
    if (bare && bare.exitCode === null) {
      const exited = new Promise((done) => bare.once('exit', done));
      bare.kill('SIGTERM');
      await exited;
    }
    await app.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The bare server: for a known request, the recorded statements on one pooled connection, then the answer. */
async function serveBare() {
  const { default: Fastify } = await import('fastify');
  const { default: pg } = await import('pg');
  const replays = JSON.parse(readFileSync(process.env.REPLAY_FILE, 'utf8'));
  for (const r of Object.values(replays)) {
    r.data = JSON.parse(r.answer);
    r.end = r.answer.endsWith('\n') ? '\n' : ''; // Apollo ends its answers with a new line
  }
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  pool.on('error', () => undefined); // an idle connection closed by the database as the app stops
  const app = Fastify();
  app.post('/graphql', async (request, reply) => {
    const replay = replays[request.body?.query];
    if (!replay || !request.headers.cookie) return reply.code(400).send({ errors: [{ message: 'unknown request' }] });
    const client = await pool.connect();
    try {
      for (const st of replay.statements) await client.query(st.text, st.values);
    } finally {
      client.release();
    }
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(replay.data) + replay.end);
  });
  await app.listen({ port: Number(process.env.BARE_PORT), host: '127.0.0.1' });
  process.send('ready');
  process.on('SIGTERM', () => void app.close().then(() => pool.end().then(() => process.exit(0))));
}
