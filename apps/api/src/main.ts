import 'reflect-metadata';
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { EMBEDDED_FROM_PRIMARY, runPrimary, WORKER_READY } from './cluster-primary';
import { buildAppConfig, parseEnv } from './config/app-config';
import { createApp, migrate } from './create-app';
import { issueDemoCertificates } from './database/demo/demo-certificates';
import { loadDemoData } from './database/demo/demo-loader';
import { loadDemoEvidence } from './database/demo/demo-evidence';
import { loadDemoPolicyRecommendations } from './database/demo/demo-policy-recommendations';
import { loadDemoPeerReviews } from './database/demo/demo-peer-reviews';
import { attachDemoLearningAgreements } from './database/demo/demo-mobility';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { createLogger } from './logger';
import { describeStartupFailure, lockDataDir } from './startup-error';

/** Whatever was started before a failure is stopped again on the way out. */
const cleanups: (() => Promise<void> | void)[] = [];

async function main(): Promise<void> {
  const raw = parseEnv(process.env);
  const logger = createLogger(raw.LOG_LEVEL, raw.NODE_ENV !== 'production' && !!process.stdout.isTTY);
  const started = Date.now();
  const workers = raw.API_WORKERS ?? Math.min(availableParallelism(), 4);
  if (cluster.isPrimary && workers > 1) return runPrimary(raw, logger, workers);

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = raw.DATABASE_URL;
  // A worker of the cluster uses the primary's database (and the primary holds the data folder).
  const embeddedByPrimary = cluster.isWorker && process.env[EMBEDDED_FROM_PRIMARY] === 'true';
  if (!databaseUrl) {
    // One app per data folder; a folder left locked by a killed app is taken over.
    cleanups.push(lockDataDir(raw.DATA_DIR, raw.PORT));
    embedded = await startEmbeddedPostgres({
      dataDir: join(raw.DATA_DIR, 'pg'),
      port: raw.EMBEDDED_PG_PORT,
      database: 'tandem',
      log: (m) => logger.info(m),
    });
    cleanups.unshift(() => embedded?.stop());
    databaseUrl = embedded.url;
    logger.info({ port: raw.EMBEDDED_PG_PORT, dataDir: resolve(raw.DATA_DIR, 'pg') }, 'embedded PostgreSQL started');
  }
  const config = buildAppConfig(raw, databaseUrl, !!embedded || embeddedByPrimary);

  const app = await createApp({ config, logger, schemaFile: config.GRAPHQL_SCHEMA_FILE ?? false });
  cleanups.unshift(() => app.close());
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await runCleanups((e) => logger.error(e, 'error while shutting down'));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // A worker whose primary is gone (killed with SIGKILL) stops too, instead of holding the port.
  if (cluster.isWorker) process.on('disconnect', () => void stop('disconnect'));

  await migrate(app, logger);
  if (config.DEMO_DATA && !config.isProduction) {
    if (await loadDemoData(app.get(DataSource), logger, config.NODE_ENV)) {
      await issueDemoCertificates(app, logger);
      await attachDemoLearningAgreements(app, logger);
      // The evidence demo cites the committed demo results through the services (issue 15).
      await loadDemoEvidence(app, logger);
      await loadDemoPolicyRecommendations(app, logger);
      await loadDemoPeerReviews(app, logger);
    }
  }
  await app.listen({ port: config.PORT, host: config.HOST });
  if (cluster.isWorker) process.send?.(WORKER_READY);
  logger.info(
    { startupMs: Date.now() - started },
    `Tandem is ready at ${config.PUBLIC_URL ?? `http://localhost:${config.PORT}`}`,
  );
}

async function runCleanups(onError: (e: unknown) => void): Promise<void> {
  for (const cleanup of cleanups.splice(0)) await Promise.resolve().then(cleanup).catch(onError);
}

main().catch(async (e: unknown) => {
  console.error(describeStartupFailure(e));
  if (process.env['LOG_LEVEL'] === 'debug' && e instanceof Error) console.error(e.stack);
  await runCleanups(() => undefined);
  process.exit(1);
});
