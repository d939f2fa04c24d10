// Totals the machine-readable results that jest, vitest and Playwright write to test-results/
// and prints one line: "N passed, N failed" (", N skipped" when some were skipped).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function summarise(dir = 'test-results') {
  const totals = { passed: 0, failed: 0, skipped: 0, files: [] };
  if (!existsSync(dir)) return totals;
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const r = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    if (r.stats && 'expected' in r.stats) {
      // Playwright
      totals.passed += r.stats.expected + (r.stats.flaky ?? 0);
      totals.failed += r.stats.unexpected;
      totals.skipped += r.stats.skipped ?? 0;
    } else if ('numPassedTests' in r) {
      // jest and vitest (jest-compatible JSON)
      totals.passed += r.numPassedTests;
      totals.failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
      totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    } else continue;
    totals.files.push(name);
  }
  return totals;
}

export function summaryLine(t) {
  return `${t.passed} passed, ${t.failed} failed` + (t.skipped ? `, ${t.skipped} skipped` : '');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(summaryLine(summarise(process.argv[2])));
}
