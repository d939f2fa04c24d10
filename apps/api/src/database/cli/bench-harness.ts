/**
 * What the database benchmarks share: a throw-away database (on DATABASE_URL's server, else an embedded
 * PostgreSQL), migrated and with the demo edition, seeded random data, and timings printed as
 * p50/p95. A benchmark script is then only its data and its scenarios.
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { loadDemoData } from '../demo/demo-loader';
import { startEmbeddedPostgres } from '../embedded-postgres';
import { typeormOptions } from '../typeorm-options';

/** A seeded generator (the same data on every run) and helpers over it. */
export function seededRandom(start: number) {
  let seed = start;
  const random = () => {
    // In 32-bit integer arithmetic: as a double, seed × 1103515245 passes 2^53 and loses its low bits,
    // and the sequence falls into short cycles (a benchmark then repeats the same rows over and over).
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 2147483648;
  };
  return {
    random,
    int: (min: number, max: number) => min + Math.floor(random() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)],
  };
}

export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Runs `work` once and prints how long it took (set-up steps). */
export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`  ${label.padEnd(46)} ${(performance.now() - started).toFixed(0).padStart(7)} ms`);
  return result;
}

/** Runs `work` `warmUp` times unmeasured, then `runs` times, and prints p50, p95 and the slowest run. */
export async function measure(
  label: string,
  work: () => Promise<unknown>,
  { runs, warmUp = 3 }: { runs: number; warmUp?: number },
): Promise<void> {
  for (let i = 0; i < warmUp; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const ms = (value: number) => value.toFixed(1).padStart(6);
  console.log(
    `  ${label.padEnd(40)} p50 ${ms(percentile(times, 50))} ms   p95 ${ms(percentile(times, 95))} ms   max ${ms(times.at(-1) ?? 0)} ms`,
  );
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}

/**
 * Creates `database` afresh, migrates it and loads the demo edition, then runs `work` with a TypeORM
 * data source and a plain client (for COPY); drops the database afterwards unless BENCH_KEEP is set.
 */
export async function withBenchDatabase(
  database: string,
  defaultPort: number,
  work: (db: DataSource, client: Client) => Promise<void>,
): Promise<void> {
  let serverUrl = process.env['DATABASE_URL'];
  let stop: (() => Promise<void>) | undefined;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: mkdtempSync(join(tmpdir(), 'tandem-bench-pg-')),
      port: Number(process.env['BENCH_PG_PORT'] ?? defaultPort),
      database: 'postgres',
    });
    serverUrl = embedded.url;
    stop = embedded.stop;
  }
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  const url = withDatabase(serverUrl, database);
  const db = await new DataSource(typeormOptions(url)).initialize();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await timed('migrations', () => db.runMigrations({ transaction: 'each' }));
    await timed('demo edition', () => loadDemoData(db, pino({ level: 'silent' }), 'development'));
    await work(db, client);
  } finally {
    await client.end();
    await db.destroy();
    if (!process.env['BENCH_KEEP']) await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    await stop?.();
  }
}

/** Runs a benchmark's main and exits non-zero with the stack when it fails. */
export function runBench(main: () => Promise<void>): void {
  main().catch((e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
}
