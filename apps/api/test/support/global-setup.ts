import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { typeormOptions } from '../../src/database/typeorm-options';
import { TEMPLATE_DB, withDatabase } from './test-db';

/**
 * One PostgreSQL for the run (embedded in a temp folder unless DATABASE_URL is set) and one
 * migrated template database; each test file clones the template into a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const port = Number(process.env['TEST_PG_PORT'] ?? 54349);
    const db = await startEmbeddedPostgres({
      dataDir: mkdtempSync(join(tmpdir(), 'tandem-jest-pg-')),
      port,
      database: 'postgres',
    });
    serverUrl = db.url;
    (globalThis as Record<string, unknown>)['__TANDEM_PG_STOP__'] = db.stop;
  }
  process.env['TANDEM_TEST_SERVER_URL'] = serverUrl;

  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  // Leftover per-file databases of an earlier, interrupted run on a shared server.
  const stale = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'tandem_test_%'`);
  for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
  await admin.end();

  const ds = await new DataSource(typeormOptions(withDatabase(serverUrl, TEMPLATE_DB))).initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}
