import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const TEMPLATE_DB = 'tandem_test_template';

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}

/** A fresh database cloned from the migrated template: this test file's data is its own. */
export async function createTestDatabase(): Promise<string> {
  const serverUrl = process.env['TANDEM_TEST_SERVER_URL'];
  if (!serverUrl) throw new Error('globalSetup did not run');
  const name = `tandem_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, name);
}
