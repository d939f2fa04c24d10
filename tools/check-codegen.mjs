// Fails when libs/web/graphql/src/generated is not what codegen produces from the committed
// schema and the operations in apps/web: regenerates into a temp folder and compares.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'libs/web/graphql/src/generated';
const out = mkdtempSync(join(tmpdir(), 'tandem-codegen-'));
const run = spawnSync('npx graphql-codegen --config codegen.ts --silent', {
  shell: true,
  stdio: 'inherit',
  env: { ...process.env, CODEGEN_OUT: out + '/' },
});
if (run.status !== 0) process.exit(run.status ?? 1);

const list = (dir) =>
  readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort();
const stale = [];
const names = new Set([...list(committed), ...list(out)]);
for (const name of names) {
  let a = null;
  let b = null;
  try {
    a = readFileSync(join(committed, name), 'utf8');
  } catch {
    /* missing */
  }
  try {
    b = readFileSync(join(out, name), 'utf8');
  } catch {
    /* missing */
  }
  if (a !== b) stale.push(name);
}
rmSync(out, { recursive: true, force: true });
if (stale.length) {
  console.error(
    `Generated GraphQL code is stale (${stale.join(', ')}): run \`npm run codegen\` and commit the result.`,
  );
  process.exit(1);
}
console.log('Generated GraphQL code is current.');
