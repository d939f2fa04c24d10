// `npm run bench:load` (build first: `npm run -s build`): the mixed load of issue 19. Starts the built app as
// `npm start` does (the cluster, one API worker per core; API_WORKERS to change) on a throw-away data folder,
// signs in demo cohort tutors once each, then for each user count (BENCH_USERS, default "200,500") lets that
// many virtual tutors loop home → sessions → one session → my tandem → self-assessments for BENCH_DURATION
// seconds (default 60) with 1–3 s of think time between pages. Each page sends the GraphQL operations the web
// app sends when a signed-in tutor navigates to it (recorded in Chromium), at once, as the browser does; a
// step's latency is until its last answer. Prints p50/p95/p99 per step, errors, requests/s, and the CPU of
// the API processes and of PostgreSQL over the run (from /proc), in % of one core.
// BENCH_PORT / BENCH_PG_PORT: the ports of the app and its embedded PostgreSQL (default 3100 / 54398).
import pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { availableParallelism } from 'node:os';
import {
  cpuSeconds,
  machineSeconds,
  gqlBody,
  mapLimit,
  percentile,
  signIn,
  startApp,
  waitForWorkers,
  webOperations,
} from './bench-support.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 60);
const userCounts = (process.env.BENCH_USERS ?? '200,500').split(',').map(Number);
const port = Number(process.env.BENCH_PORT ?? 3100);
const pgPort = Number(process.env.BENCH_PG_PORT ?? 54398);
const workers = Number(process.env.API_WORKERS ?? Math.min(availableParallelism(), 4));

/** What the web app sends on each page once signed in (client-side navigation; `Me` is cached by then). */
const ops = webOperations([
  'MySurveys',
  'MyNextSteps',
  'WhereWeAreNow',
  'MyEnrolments',
  'TrainingSessions',
  'TrainingSession',
  'MyTandem',
  'TutorProgress',
  'MySelfAssessments',
  'CompetenceProfile',
  'TandemComparison',
  'SuggestedResources',
]);
const STEPS = [
  { name: 'home', send: (u) => [u.gql('MySurveys'), u.gql('MyNextSteps'), u.gql('WhereWeAreNow')] },
  {
    name: 'sessions',
    send: (u) => [
      u.gql('MyEnrolments').then((d) => (u.booked = d.myEnrolments.map((e) => e.session.id))),
      u
        .gql('TrainingSessions', { first: 50, openOnly: true, upcoming: true, withSeatsLeft: false })
        .then((d) => (u.open = d.trainingSessions.edges.map((e) => e.node.id))),
    ],
  },
  {
    name: 'session',
    send: (u) => {
      const ids = [...u.booked, ...u.open];
      return ids.length ? [u.gql('TrainingSession', { id: pick(ids) })] : [];
    },
  },
  {
    name: 'my tandem',
    send: (u) => [
      u.gql('MyTandem').then((d) => {
        const t = d.myTandem;
        if (!t) return;
        return Promise.all([t.schoolTutor, t.companyTutor].map((p) => u.gql('TutorProgress', { personId: p.id })));
      }),
      u.gql('WhereWeAreNow'),
    ],
  },
  {
    name: 'self-assessments',
    send: (u) => [
      u.gql('MySelfAssessments'),
      // The profile is cached by the web client after the first visit.
      ...(u.seenProfile ? [] : [u.gql('CompetenceProfile').then(() => (u.seenProfile = true))]),
      u.gql('TandemComparison'),
      u.gql('SuggestedResources', { moduleId: null, first: 5 }),
    ],
  },
];
const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];

console.log(`Tandem mixed load: ${workers} API worker(s), ${duration} s per run, users ${userCounts.join(', ')}`);
const app = await startApp({ port, pgPort, env: { API_WORKERS: String(workers) } });
try {
  await waitForWorkers(app.pid, workers);
  const db = new pg.Client(`postgres://tandem:tandem@127.0.0.1:${pgPort}/tandem`);
  await db.connect();
  const { rows } = await db.query(
    `SELECT p.email FROM person p JOIN role_grant g ON g.person_id = p.id AND g.role = 'TUTOR'
      WHERE p.email LIKE 'cohort.%' ORDER BY p.email`,
  );
  await db.end();
  const maxUsers = Math.max(...userCounts);
  const accounts = rows.slice(0, maxUsers).map((r) => r.email);
  if (accounts.length < maxUsers) {
    console.log(
      `The demo has ${accounts.length} cohort tutors: virtual users beyond that reuse their accounts round-robin.`,
    );
  }
  const t0 = Date.now();
  const cookies = await mapLimit(accounts, 4, (email) => signIn(app.base, email));
  console.log(`signed in ${cookies.length} cohort tutors in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await settle(app.pid);

  for (const users of userCounts) await run(users, cookies);
} finally {
  await app.stop();
}

async function run(users, cookies) {
  const samples = Object.fromEntries(STEPS.map((s) => [s.name, []]));
  let requests = 0;
  let errors = 0;
  const firstErrors = [];
  const gqlFor =
    (cookie) =>
    async (name, variables = {}) => {
      requests++;
      const res = await fetch(`${app.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: gqlBody(ops[name], variables),
      });
      const body = await res.json().catch(() => ({}));
      if (!res.ok || body.errors || !body.data) {
        throw new Error(`${name}: HTTP ${res.status} ${JSON.stringify(body.errors ?? body).slice(0, 200)}`);
      }
      return body.data;
    };

  const cpu0 = cpuSeconds(app.pid);
  const machine0 = machineSeconds();
  const driver0 = process.cpuUsage();
  const start = performance.now();
  const end = start + duration * 1000;
  await Promise.all(
    Array.from({ length: users }, async (_, i) => {
      const u = { gql: gqlFor(cookies[i % cookies.length]), booked: [], open: [], seenProfile: false };
      await sleep(Math.random() * 3000); // users arrive over the first seconds, not all at once
      for (let step = 0; performance.now() < end; step = (step + 1) % STEPS.length) {
        const s = STEPS[step];
        const t = performance.now();
        try {
          await Promise.all(s.send(u));
          if (performance.now() <= end) samples[s.name].push(performance.now() - t);
        } catch (e) {
          errors++;
          if (firstErrors.length < 3) firstErrors.push(e.message);
        }
        await sleep(1000 + Math.random() * 2000);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const cpu1 = cpuSeconds(app.pid);
  const machine1 = machineSeconds();
  const driver = process.cpuUsage(driver0);

  console.log(`\n${users} virtual tutors, ${elapsed.toFixed(0)} s`);
  console.log(
    `${'step'.padEnd(18)}${'n'.padStart(7)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}`,
  );
  for (const s of STEPS) {
    const xs = samples[s.name].sort((a, b) => a - b);
    const f = (p) => percentile(xs, p).toFixed(0).padStart(9);
    console.log(`${s.name.padEnd(18)}${String(xs.length).padStart(7)}${f(50)}${f(95)}${f(99)}`);
  }
  const perRequest = (s) => ((1000 * s) / requests).toFixed(1);
  const pct = (s) => `${((100 * s) / elapsed).toFixed(0)} %`;
  console.log(
    `requests ${requests} (${(requests / elapsed).toFixed(0)}/s), errors ${errors}; ` +
      `CPU (100 % = one core): API ${pct(cpu1.api - cpu0.api)}, PostgreSQL ${pct(cpu1.db - cpu0.db)}` +
      ` (per request: API ${perRequest(cpu1.api - cpu0.api)} ms, PostgreSQL ${perRequest(cpu1.db - cpu0.db)} ms)`,
  );
  const busy = machine1.busy - machine0.busy;
  const cores = availableParallelism();
  const driverSeconds = (driver.user + driver.system) / 1e6;
  const others = busy - (cpu1.api - cpu0.api) - (cpu1.db - cpu0.db) - driverSeconds;
  console.log(
    `  the load driver ${pct(driverSeconds)}; the whole machine ${pct(busy)} of ${cores * 100} % (other processes ${pct(others)})`,
  );
  if (others / elapsed > 0.25 * cores) {
    console.log('  other processes took more than a quarter of the machine: the latencies say more about them');
  }
  for (const m of firstErrors) console.log(`  error: ${m}`);
}

/** Lets the start-up jobs (demo certificates, completion) finish before measuring: waits for a quiet second. */
async function settle(pid) {
  for (let i = 0; i < 60; i++) {
    const a = cpuSeconds(pid);
    await sleep(1000);
    const b = cpuSeconds(pid);
    if (b.api - a.api + (b.db - a.db) < 0.1) return;
  }
}
