/** `npm run schema`: boots the API once to write apps/api/schema.gql from the code, then exits. */
import 'reflect-metadata';
import { buildAppConfig, parseEnv } from '../../config/app-config';
import { createApp } from '../../create-app';
import { createLogger } from '../../logger';
import { SCHEMA_FILE } from '../graphql-config';

async function main() {
  const raw = parseEnv({ ...process.env, LOG_LEVEL: 'warn' });
  if (!raw.DATABASE_URL) throw new Error('DATABASE_URL is not set');
  const app = await createApp({
    config: buildAppConfig(raw, raw.DATABASE_URL, false),
    logger: createLogger('warn', false),
    schemaFile: SCHEMA_FILE,
  });
  await app.close();
  console.log(`Wrote ${SCHEMA_FILE}`);
  // A one-shot tool: with its output sent to a file, the closed app's event loop was seen to wait on
  // nothing (no referenced handle) for minutes; nothing is left to do, so it exits here.
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
