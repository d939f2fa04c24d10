// What a browser downloads for the first view of the web app, and how long `npm start` takes to
// serve it:
//   npm run bench:web [-- --build] [-- --no-lighthouse]
// Uses the build in dist/ (builds it when missing, or always with --build), starts the built app on
// BENCH_PORT (3100) with the existing data folder (DATA_DIR, default .data; a first start loads the
// demo edition), and loads in Chromium (CHROME_PATH, default /usr/bin/chromium), each with an empty
// cache:
//   - the sign-in page, signed out;
//   - the tutor's home, signed in as tutor.school.ee@tandem.example.
// For each page it prints the JavaScript the page downloaded before it was ready (its heading shown
// and the network quiet): as served (the browser asks for brotli), and what the same files weigh
// gzipped and brotli-compressed, plus the largest files. Then the time from starting the server to
// the first page served, and a Lighthouse performance score of both pages when Lighthouse is
// installed (a devDependency).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const web = join(root, 'dist/apps/web');
const api = join(root, 'dist/apps/api/main.js');
const port = Number(process.env.BENCH_PORT ?? 3100);
const base = `http://127.0.0.1:${port}`;
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const args = new Set(process.argv.slice(2));
const TUTOR = 'tutor.school.ee@tandem.example';
const PASSWORD = 'tandem-demo-2026';
const BUDGET = 170 * 1024;

if (args.has('--build') || !existsSync(api) || !existsSync(join(web, 'index.html'))) {
  console.log('building api and web …');
  const built = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** gzip -9 and brotli -11 of a built file, as the build precompresses them. */
function compressedSizes(pathname) {
  const file = join(web, decodeURIComponent(pathname));
  if (!existsSync(file)) return { raw: 0, gzip: 0, brotli: 0 };
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Starts the built app; resolves once GET / answered 200, with the milliseconds that took. */
async function startServer() {
  const started = performance.now();
  const child = spawn(process.execPath, [api], {
    cwd: root,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}): ${stderr.trim()}`);
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) {
        await response.arrayBuffer();
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    ms: performance.now() - started,
    async stop() {
      child.kill('SIGINT'); // stops the embedded PostgreSQL cleanly
      await exited;
    },
  };
}

async function signInCookie() {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: LoginInput!) { login(input: $i) { id } }',
      variables: { i: { email: TUTOR, password: PASSWORD } },
    }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('tandem_session='))
    ?.split(';')[0];
  if (!cookie) throw new Error(`sign-in of ${TUTOR} failed: is the demo data loaded?`);
  const [name, value] = cookie.split('=');
  return { name, value };
}

/** Loads `path` in a fresh context (empty cache) and lists the JavaScript it downloaded. */
async function measure(browser, path, { cookie, locale }) {
  const context = await browser.newContext({ locale });
  if (cookie) await context.addCookies([{ ...cookie, url: base }]);
  const page = await context.newPage();
  const pending = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin !== base) return;
    pending.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        return {
          pathname: url.pathname,
          type: request.resourceType(),
          encoding: response?.headers()['content-encoding'] ?? 'identity',
          transferred: sizes.responseBodySize,
        };
      })(),
    );
  });
  await page.goto(base + path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  const heading = await page.getByRole('heading', { level: 1 }).first().innerText();
  const responses = await Promise.all(pending);
  await context.close();
  const isScript = (r) => r.type === 'script' || r.pathname.endsWith('.js');
  const scripts = responses.filter(isScript).map((r) => ({ ...r, ...compressedSizes(r.pathname) }));
  const other = responses.filter((r) => !isScript(r));
  const sum = (list, key) => list.reduce((total, r) => total + r[key], 0);
  return {
    path,
    locale,
    heading,
    scripts,
    files: scripts.length,
    transferred: sum(scripts, 'transferred'),
    encodings: [...new Set(scripts.map((r) => r.encoding))].join(', '),
    raw: sum(scripts, 'raw'),
    gzip: sum(scripts, 'gzip'),
    brotli: sum(scripts, 'brotli'),
    otherTransferred: sum(other, 'transferred'),
    other: other.map((r) => `${r.pathname} (${r.type}, ${kb(r.transferred)})`),
  };
}

function report(title, m) {
  const verdict = m.gzip <= BUDGET ? 'within' : 'OVER';
  console.log(`\n${title}: ${m.path}, browser language ${m.locale} ("${m.heading}")`);
  console.log(
    `  JavaScript: ${m.files} files, ${kb(m.raw)} raw, ${kb(m.gzip)} gzip, ${kb(m.brotli)} brotli; ` +
      `transferred ${kb(m.transferred)} (${m.encodings}) — ${verdict} the ${kb(BUDGET)} gzip budget`,
  );
  console.log(`  other requests: ${kb(m.otherTransferred)} transferred: ${m.other.join('; ')}`);
  console.log('  largest JavaScript files (gzip):');
  for (const s of [...m.scripts].sort((a, b) => b.gzip - a.gzip).slice(0, 8)) {
    console.log(`    ${kb(s.gzip).padStart(9)}  ${s.pathname.replace('/assets/', '')}`);
  }
}

/**
 * Lighthouse, pinned: 12.8.2 is the last major that runs on Node 20 (13 needs 22.19). It is not a
 * devDependency because it brings ~200 packages that every `npm ci` (CI included) would install for a
 * benchmark only; it is installed on first use into node_modules/.cache/lighthouse instead.
 */
const LIGHTHOUSE = 'lighthouse@12.8.2';

/** Lighthouse's CLI with this Chromium; null when it cannot be installed here. */
function lighthouseCli() {
  if (process.env.LIGHTHOUSE_CLI) return process.env.LIGHTHOUSE_CLI;
  const prefix = join(root, 'node_modules/.cache/lighthouse');
  const resolveCli = () => createRequire(join(prefix, 'package.json')).resolve('lighthouse/cli/index.js');
  try {
    return resolveCli();
  } catch {
    console.log(`\nInstalling ${LIGHTHOUSE} into ${prefix} (once)…`);
    mkdirSync(prefix, { recursive: true });
    writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
    const run = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', prefix, LIGHTHOUSE], {
      stdio: 'inherit',
    });
    if (run.status !== 0) return null;
    try {
      return resolveCli();
    } catch {
      return null;
    }
  }
}

function lighthouse(cli, path, cookie, preset) {
  const flags = [
    cli,
    base + path,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    '--only-categories=performance',
    '--output=json',
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ];
  if (cookie) flags.push(`--extra-headers=${JSON.stringify({ Cookie: `${cookie.name}=${cookie.value}` })}`);
  const run = spawnSync(process.execPath, flags, {
    env: { ...process.env, CHROME_PATH: chrome },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) return { error: (run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ') };
  const lhr = JSON.parse(run.stdout);
  const audit = (id) => lhr.audits[id]?.displayValue ?? '?';
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    details: `FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}`,
    version: lhr.lighthouseVersion,
  };
}

const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
const hadData = existsSync(join(dataDir, 'pg'));
let server = await startServer();
if (!hadData) {
  console.log(`first start on an empty data folder (${dataDir}): first page after ${(server.ms / 1000).toFixed(2)} s`);
  await server.stop();
  server = await startServer();
}
console.log(`\nnode dist/apps/api/main.js on existing data → first page served: ${(server.ms / 1000).toFixed(2)} s`);

try {
  const browser = await chromium.launch({ executablePath: chrome });
  const cookie = await signInCookie();
  const signIn = await measure(browser, '/sign-in', { locale: 'en-GB' });
  // The tutor's own language (Estonian), as her browser would ask for it: the app then fetches
  // that one catalogue. A browser in another language fetches its catalogue, then Estonian.
  const home = await measure(browser, '/', { cookie, locale: 'et-EE' });
  await browser.close();
  report('Sign-in page', signIn);
  report(`Tutor home (${TUTOR})`, home);

  if (!args.has('--no-lighthouse')) {
    const cli = lighthouseCli();
    if (!cli) console.log(`\nLighthouse: ${LIGHTHOUSE} could not be installed here.`);
    else {
      console.log('');
      // Lighthouse's default is a mid-range phone on slow 4G (simulated); the desktop preset is
      // a fast connection and an unthrottled CPU.
      for (const [title, path, withCookie] of [
        ['sign-in page', '/sign-in', null],
        ['tutor home', '/', await signInCookie()],
      ]) {
        for (const preset of ['mobile', 'desktop']) {
          // On a busy machine Lighthouse sometimes fails to record the trace (NO_NAVSTART): once more.
          let result = lighthouse(cli, path, withCookie, preset);
          if (result.error) result = lighthouse(cli, path, withCookie, preset);
          console.log(
            result.error
              ? `Lighthouse ${title} (${preset}): failed: ${result.error}`
              : `Lighthouse ${result.version} performance, ${title} (${preset}): ${result.score} (${result.details})`,
          );
        }
      }
    }
  }
} finally {
  await server.stop();
}

// `npm start` as a person runs it: the build (a cache hit once built) and then the server.
if (!args.has('--no-npm-start')) {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    stdio: 'ignore',
    detached: true, // its own process group: npm, nx and node stop together
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let ms = null;
  while (ms === null && child.exitCode === null) {
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) ms = performance.now() - started;
    } catch {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  process.kill(-child.pid, 'SIGINT');
  await exited;
  console.log(
    ms === null
      ? '\nnpm start: exited before serving a page'
      : `\nnpm start (build from the Nx cache, then the server) → first page served: ${(ms / 1000).toFixed(2)} s`,
  );
}
