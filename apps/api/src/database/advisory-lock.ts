import { Client } from 'pg';

/**
 * Runs `work` while this process holds a session-level advisory lock on its own connection, so that
 * replicas booting at the same moment do the same set-up one after another instead of together.
 */
export async function withAdvisoryLock<T>(connectionString: string, key: number, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString, application_name: 'tandem-setup-lock' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    return await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await client.end();
  }
}
