/** `npm run seed:demo`: migrates and loads the demo edition into the configured database. */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { parseEnv } from '../../config/app-config';
import { createLogger } from '../../logger';
import { loadDemoData } from '../demo/demo-loader';
import { typeormOptions } from '../typeorm-options';

async function main() {
  const raw = parseEnv(process.env);
  if (!raw.DATABASE_URL) throw new Error('DATABASE_URL is not set');
  const logger = createLogger('info', false);
  const db = await new DataSource(typeormOptions(raw.DATABASE_URL)).initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    const loaded = await loadDemoData(db, logger, raw.NODE_ENV);
    console.log(loaded ? 'Demo edition loaded.' : 'Demo edition already present: nothing to do.');
  } finally {
    await db.destroy();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
