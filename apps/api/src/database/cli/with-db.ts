/**
 * Runs a command with DATABASE_URL set: the configured one, the embedded PostgreSQL of a running
 * `npm start`, or a freshly started embedded one (stopped again afterwards).
 * Usage: with-db <command> [args...]
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { parseEnv } from '../../config/app-config';
import { startEmbeddedPostgres } from '../embedded-postgres';

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('usage: with-db <command> [args...]');
  const raw = parseEnv(process.env);
  let url = raw.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!url) {
    const running = `postgres://tandem:tandem@127.0.0.1:${raw.EMBEDDED_PG_PORT}/tandem`;
    if (await answers(running)) {
      url = running;
    } else {
      const db = await startEmbeddedPostgres({
        dataDir: join(raw.DATA_DIR, 'pg'),
        port: raw.EMBEDDED_PG_PORT,
        database: 'tandem',
      });
      url = db.url;
      stop = db.stop;
    }
  }
  const code = await new Promise<number>((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
    child.on('exit', (c) => resolve(c ?? 1));
  });
  await stop?.();
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
