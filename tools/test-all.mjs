// `npm test`: every check the project has, in order, on a fresh clone with nothing but `npm ci`.
// Test steps keep going after a failure so one run shows everything; the exit code is non-zero
// if any step failed. Ends with one line totalled over all suites: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { summarise, summaryLine } from './test-summary.mjs';

// CI proves the commit from scratch: Nx keeps its task cache outside the clone (~/.nx), so a
// fresh clone could otherwise replay results computed for other inputs' declarations.
const nxFlags = process.env.CI ? ' --skip-nx-cache' : '';
const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  FORCE_COLOR: process.env.CI ? '0' : '1',
};
const steps = [
  ['formatting (prettier --check)', 'npx prettier --check . --log-level warn'],
  ['lint and typecheck', `npx nx run-many -t lint typecheck --parallel=2 --outputStyle=static${nxFlags}`],
  ['generated code is current', 'npm run -s codegen:check'],
  ['unit and API integration tests', `npx nx run-many -t test --parallel=1 --outputStyle=static${nxFlags}`],
  ['build', `npx nx run-many -t build -p api web --parallel=2 --outputStyle=static${nxFlags}`],
  ['end-to-end journeys in Chromium', 'npx playwright test -c apps/e2e/playwright.config.ts'],
];

rmSync('test-results', { recursive: true, force: true });
const failed = [];
const timings = [];
for (const [title, command] of steps) {
  // The e2e journeys need the build; without it they would only fail noisily.
  if (title.startsWith('end-to-end') && failed.includes('build')) {
    failed.push(title);
    continue;
  }
  console.log(`\n▶ ${title}: ${command}`);
  const started = Date.now();
  const { status } = spawnSync(command, { stdio: 'inherit', shell: true, env });
  timings.push(`${title}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (status !== 0) failed.push(title);
}

console.log('\n' + timings.join('\n'));
if (failed.length) console.log(`\nFailed steps: ${failed.join('; ')}`);
console.log(summaryLine(summarise()));
process.exit(failed.length ? 1 : 0);
