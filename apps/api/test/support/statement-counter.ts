import pg from 'pg';

/**
 * Counts every statement the pg driver sends from now on (the app under test runs in this process),
 * for "no N+1" checks: `const counter = countStatements(); … counter.reset(); await request(); counter.count`,
 * and `counter.restore()` when done.
 */
export function countStatements(): { readonly count: number; reset(): void; restore(): void } {
  let statements = 0;
  const realQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements++;
    return (realQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof realQuery;
  return {
    get count() {
      return statements;
    },
    reset() {
      statements = 0;
    },
    restore() {
      pg.Client.prototype.query = realQuery;
    },
  };
}
