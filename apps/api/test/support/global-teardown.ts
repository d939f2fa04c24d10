import { Client } from 'pg';
import { withDatabase } from './test-db';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env['TANDEM_TEST_SERVER_URL'];
  const stop = (globalThis as Record<string, unknown>)['__TANDEM_PG_STOP__'] as (() => Promise<void>) | undefined;
  if (stop) {
    await stop();
    return;
  }
  if (!serverUrl) return;
  // On a shared server (DATABASE_URL), leave nothing behind.
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  const dbs = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'tandem_test_%'`);
  for (const { datname } of dbs.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await admin.end();
}
