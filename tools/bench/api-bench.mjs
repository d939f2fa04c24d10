// Load benchmark of the running API (start it with `npm start` first):
//   node tools/bench/api-bench.mjs [baseUrl] [seconds]
// Prints requests/s and latency percentiles for the health probe, the signed-in `me` query, the
// main read queries of the app (as the admin, who sees the most) and a sign-in (argon2id verification dominates that one, by design). Loopback only.
import autocannon from 'autocannon';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const duration = Number(process.argv[3] ?? 10);
if (!/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(base)) {
  console.error('Benchmarks only target this machine (loopback).');
  process.exit(2);
}

const gql = (query, variables) => JSON.stringify({ query, variables });
const login = await fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: gql('mutation($i: LoginInput!) { login(input: $i) { id } }', {
    i: { email: 'admin@tandem.example', password: 'tandem-demo-2026' },
  }),
});
const cookie = login.headers
  .getSetCookie()
  .find((c) => c.startsWith('tandem_session='))
  ?.split(';')[0];
if (!cookie) throw new Error('demo sign-in failed: is the demo data loaded?');

async function run(title, opts) {
  const { path, ...rest } = opts;
  const r = await autocannon({ url: base + path, duration, connections: 10, ...rest });
  const errors = r.errors + r.non2xx;
  console.log(
    `${title.padEnd(28)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   errors ${errors}`,
  );
}

console.log(`Tandem API benchmark: ${base}, ${duration} s per scenario, 10 connections`);
await run('GET /health/ready', { path: '/health/ready' });
await run('query me (signed in)', {
  path: '/graphql',
  method: 'POST',
  headers: { 'content-type': 'application/json', cookie },
  body: gql('{ me { id email roles { role scopeKind countryCode organisation { name } } } }'),
});
const signedIn = (body) => ({
  path: '/graphql',
  method: 'POST',
  headers: { 'content-type': 'application/json', cookie },
  body,
});
await run('query editions + phases', signedIn(gql('{ editions { id name phases { kind status startsOn endsOn } } }')));
await run('query whereWeAreNow', signedIn(gql('{ whereWeAreNow { currentPhase { kind } nextSteps { kind } } }')));
await run('query modules (catalogue)', signedIn(gql('{ modules { id code title version materials { id title } } }')));
await run('query nationalProgrammes', signedIn(gql('{ nationalProgrammes { id countryCode status totalHours } }')));
await run(
  'query organisations(50)',
  signedIn(gql('{ organisations(first: 50) { totalCount edges { node { id name kind country } } } }')),
);
await run('query tandems(50)', signedIn(gql('{ tandems(first: 50) { totalCount edges { node { id status } } } }')));
await run('mutation login (argon2id)', {
  path: '/graphql',
  method: 'POST',
  connections: 2,
  duration: Math.min(duration, 5),
  headers: { 'content-type': 'application/json', 'x-forwarded-for': '127.0.0.1' },
  body: gql('mutation($i: LoginInput!) { login(input: $i) { id } }', {
    i: { email: 'researcher@tandem.example', password: 'tandem-demo-2026' },
  }),
});
