// `npm run bench:burst`: 300 tandems book one session at once (capacity 100: 50 pairs confirmed, 250
// waitlisted) against the real app on an embedded PostgreSQL, BURST_RUNS times (default 3). Prints each
// run's first answer, p50, p95 and last answer (ms from the start of the burst), then the medians.
// The burst is the one of apps/api/test/seat-concurrency.int-spec.ts, which also checks the seat invariants.
import { spawnSync } from 'node:child_process';

const runs = Number(process.env.BURST_RUNS ?? 3);
const env = { ...process.env, TEST_LOG_LEVEL: 'silent', TEST_PG_PORT: process.env.TEST_PG_PORT ?? '54399' };
const results = [];
for (let i = 0; i < runs; i++) {
  const { stdout, stderr } = spawnSync(
    'npx',
    ['jest', '-c', 'apps/api/jest.config.cts', 'apps/api/test/seat-concurrency.int-spec.ts', '-t', 'burst of 300'],
    { env, encoding: 'utf8' },
  );
  const line = /burst of 300 bookings on one session: (.*)/.exec(stdout + stderr)?.[1];
  if (!line) {
    console.error(stdout + stderr);
    process.exit(1);
  }
  const figures = Object.fromEntries([...line.matchAll(/(\w+) (\d+) ms/g)].map((m) => [m[1], Number(m[2])]));
  results.push(figures);
  console.log(`run ${i + 1}: ${line}`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const keys = Object.keys(results[0]);
console.log(`median of ${runs}: ${keys.map((k) => `${k} ${median(results.map((r) => r[k]))} ms`).join(', ')}`);
