import 'reflect-metadata';
import { join, resolve } from 'node:path';
import { buildAppConfig, ConfigError, parseEnv } from './config/app-config';
import { createApp, migrate } from './create-app';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { loadDemoData } from './database/demo/demo-loader';
import { issueDemoCertificates } from './database/demo/demo-certificates';
import { createLogger } from './logger';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  let raw;
  try {
    raw = parseEnv(process.env);
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : e);
    process.exit(1);
  }
  const logger = createLogger(raw.LOG_LEVEL, raw.NODE_ENV !== 'production' && !!process.stdout.isTTY);
  const started = Date.now();

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = raw.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: join(raw.DATA_DIR, 'pg'),
      port: raw.EMBEDDED_PG_PORT,
      database: 'tandem',
      log: (m) => logger.info(m),
    });
    databaseUrl = embedded.url;
    logger.info({ port: raw.EMBEDDED_PG_PORT, dataDir: resolve(raw.DATA_DIR, 'pg') }, 'embedded PostgreSQL started');
  }
  const config = buildAppConfig(raw, databaseUrl, !!embedded);

  const app = await createApp({ config, logger, schemaFile: config.GRAPHQL_SCHEMA_FILE ?? false });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.close().catch((e) => logger.error(e, 'error while closing the app'));
    if (embedded) await embedded.stop().catch((e) => logger.error(e, 'error while stopping PostgreSQL'));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await migrate(app, logger);
  if (config.DEMO_DATA && !config.isProduction) {
    if (await loadDemoData(app.get(DataSource), logger, config.NODE_ENV)) await issueDemoCertificates(app, logger);
  }
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.info(
    { startupMs: Date.now() - started },
    `Tandem is ready at ${config.PUBLIC_URL ?? `http://localhost:${config.PORT}`}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
