// The npm registry mirror on our build machines serves only the linux-x64 builds of some packages
// with per-platform optional dependencies (unrs-resolver, used by jest). `npm install` then leaves
// the other platforms' packages out of package-lock.json, and `npm ci` refuses the lock ("Missing:
// @unrs/resolver-binding-darwin-arm64@ from lock file"). This script records those optional
// packages the way npm does on the public registry: name, exact version, os and cpu, so `npm ci`
// skips them on linux-x64 and fetches them on the platforms that need them.
// Run after `npm install` whenever it changes the lock: node tools/lockfile/add-missing-optionals.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openharmony', 'win32', 'wasm32'];
const CPU = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 's390x', 'riscv64', 'wasi'];

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const added = [];

for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(pkg.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    if (!/^\d+\.\d+\.\d+$/.test(spec)) throw new Error(`${name}@${spec}: only exact versions`);
    const parts = name.split(/[-/]/);
    const os = OS.find((o) => parts.includes(o));
    const cpu = CPU.find((c) => parts.includes(c) || parts.some((p) => p.startsWith(c)));
    if (!os || !cpu) throw new Error(`${name}: cannot tell its platform from the name`);
    const entry = { version: spec, cpu: [os === 'wasm32' ? 'wasm32' : cpu], optional: true, os: [os] };
    if (pkg.dev) entry.dev = true;
    if (os === 'wasm32') delete entry.os;
    lock.packages[hoisted] = entry;
    added.push(`${name}@${spec}`);
  }
}

lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(added.length ? `added ${added.length}: ${added.join(', ')}` : 'nothing missing');
