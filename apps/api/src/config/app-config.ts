import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configSchema, RawConfig } from './config.schema';

/** The validated configuration, with the database URL and session secret resolved. */
export interface AppConfig extends Omit<RawConfig, 'DATABASE_URL' | 'SESSION_SECRET'> {
  DATABASE_URL: string;
  SESSION_SECRET: string;
  /** True when the database URL came from us starting an embedded PostgreSQL. */
  embeddedDatabase: boolean;
  isProduction: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError naming each bad variable. */
export function parseEnv(env: NodeJS.ProcessEnv): RawConfig {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(environment)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/**
 * In development the session secret is generated once and kept in the data folder, so sessions
 * survive restarts without anyone having to configure a secret. Production must set it.
 */
export function resolveSessionSecret(raw: RawConfig): string {
  if (raw.SESSION_SECRET) return raw.SESSION_SECRET;
  const dir = resolve(raw.DATA_DIR);
  const file = join(dir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

export function buildAppConfig(raw: RawConfig, databaseUrl: string, embeddedDatabase: boolean): AppConfig {
  return {
    ...raw,
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: resolveSessionSecret(raw),
    embeddedDatabase,
    isProduction: raw.NODE_ENV === 'production',
  };
}

/** The site address that links in e-mails point to. */
export function publicBaseUrl(config: Pick<AppConfig, 'PUBLIC_URL' | 'PORT'>): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}
