import type { DynamicModule, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { buildAppConfig, parseEnv } from '../../src/config/app-config';
import { createApp } from '../../src/create-app';
import { createLogger } from '../../src/logger';
import { createTestDatabase } from './test-db';

export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  baseUrl: string;
  close(): Promise<void>;
}

/** Boots the real application on its own database and a random port. */
export async function startTestApp(
  env: Record<string, string> = {},
  extraModules: (Type | DynamicModule)[] = [],
  /** Another app's database (replica tests); by default a fresh one of this app's own. */
  databaseUrl?: string,
): Promise<TestApp> {
  const url = databaseUrl ?? (await createTestDatabase());
  const raw = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'tandem-test-data-')),
    WEB_DIST: join(tmpdir(), 'tandem-no-web-build'),
    // Each test sends its own X-Forwarded-For so per-address throttling does not leak between tests.
    TRUST_PROXY: 'true',
    // The job queue is off unless a test asks for it; tests call the services' job handlers directly.
    JOBS_ENABLED: 'false',
    ...env,
  });
  const config = buildAppConfig(raw, url, false);
  const app = await createApp({ config, logger: createLogger(raw.LOG_LEVEL, false), extraModules });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    db: app.get(DataSource),
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () => app.close(),
  };
}
