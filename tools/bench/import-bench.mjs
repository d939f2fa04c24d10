#!/usr/bin/env node
// Tutor import benchmark: boots the API on a fresh (embedded) PostgreSQL through the jest harness,
// uploads N generated rows (default 10,000) as a coordinator over HTTP: dry run, import (with
// invitations), re-import; prints the times. Target: the import under 30 s.
//   node tools/bench/import-bench.mjs [rows]
import { spawnSync } from 'node:child_process';

const rows = process.argv[2] ?? '10000';
const result = spawnSync(
  'npx',
  ['jest', '-c', 'apps/api/jest.config.cts', 'apps/api/test/import-bench.int-spec.ts', '--silent=false'],
  { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, IMPORT_BENCH_ROWS: rows }, encoding: 'utf8' },
);
const line = (result.stdout ?? '').split('\n').find((l) => l.includes('IMPORT BENCH'));
if (line) {
  const report = JSON.parse(line.slice(line.indexOf('{')));
  console.log(`rows ${report.rows} (${(report.fileBytes / 1024).toFixed(0)} KiB CSV)`);
  console.log(`dry run   ${(report.dryRunMs / 1000).toFixed(2)} s`);
  console.log(`import    ${(report.importMs / 1000).toFixed(2)} s  ${JSON.stringify(report.importSummary)}`);
  console.log(`re-import ${(report.reimportMs / 1000).toFixed(2)} s  ${JSON.stringify(report.reimportSummary)}`);
} else {
  process.stdout.write(result.stdout ?? '');
}
process.exit(result.status ?? 1);
