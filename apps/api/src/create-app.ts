import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { guardMultipartTexts } from './common/multipart-text';
import type { AppConfig } from './config/app-config';
import { PinoNestLogger } from './logger';
import { cacheControlFor } from './web-assets';

const REQUEST_ID = /^[\w.-]{1,64}$/;
const MIGRATION_LOCK = 72_026_001;

export interface CreateAppOptions {
  config: AppConfig;
  logger: Logger;
  schemaFile?: string | false;
  /** Extra modules (tests use this to add probe resolvers). */
  extraModules?: (Type | DynamicModule)[];
}

/** Builds the whole HTTP application (API, health, web app) without listening; tests use it too. */
export async function createApp({
  config,
  logger,
  schemaFile = false,
  extraModules = [],
}: CreateAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    requestIdHeader: false,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    // One access line per request comes from our onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, logger, schemaFile, extraModules }),
    adapter,
    {
      logger: new PinoNestLogger(logger),
      bufferLogs: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();

  fastify.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  fastify.addHook('onResponse', async (req, reply) => {
    // At debug: GraphQL requests have their own line (operation, person, duration, error codes), and
    // a line per static file or health probe would cost more than it tells.
    req.log.debug(
      { method: req.method, url: req.url, statusCode: reply.statusCode, durationMs: reply.elapsedTime },
      'request',
    );
  });

  await app.register(fastifyCookie, { secret: config.SESSION_SECRET });
  // Uploads (module materials): one file per request, capped at the storage limit.
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.STORAGE_MAX_FILE_BYTES, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
  });
  guardMultipartTexts(fastify);
  await app.register(fastifyHelmet, {
    // The Apollo sandbox (development only) loads from a CDN; production serves a strict policy.
    contentSecurityPolicy: config.isProduction
      ? {
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            // Mantine sets CSS variables through style attributes.
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:'],
            connectSrc: ["'self'"],
          },
        }
      : false,
  });

  const webRoot = resolve(config.WEB_DIST);
  if (existsSync(resolve(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: ['index.html'],
      // The build writes .br and .gz beside every text asset; the client gets the smallest it accepts.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => void reply.header('cache-control', cacheControlFor(path)),
    });
    // Client-side routes (/home, /sessions/…) all load the SPA shell.
    fastify.get('/*', (_req, reply) =>
      reply.type('text/html').header('cache-control', cacheControlFor('index.html')).sendFile('index.html'),
    );
  } else {
    logger.warn({ webRoot }, 'web app not built: serving the API only');
  }

  await app.init();
  return app;
}

export async function migrate(app: NestFastifyApplication, logger: Logger): Promise<void> {
  const db = app.get(DataSource);
  // Several replicas may start at once: a session-level advisory lock lets one migrate at a time.
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await db.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
