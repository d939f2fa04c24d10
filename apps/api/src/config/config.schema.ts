import { z } from 'zod';

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/**
 * Every setting the API reads from the environment. Parsed once at boot; nothing else in the code
 * reads `process.env`, so a missing or malformed value fails fast with the variable's name.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_IDLE_HOURS: z.coerce.number().positive().default(12),
    SESSION_ABSOLUTE_DAYS: z.coerce.number().positive().default(30),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    /** Where outgoing mail is sent from (the From header). */
    MAIL_FROM: z.string().min(3).default('Tandem <no-reply@tandem.example>'),
    /**
     * Whether this process starts the PostgreSQL job queue (pg-boss, schema `pgboss`): mail
     * delivery, tutor imports. Tests turn it off and run jobs through the services directly.
     */
    JOBS_ENABLED: booleanFromEnv.default(true),
    /**
     * Retention (issue 17), applied by the daily `privacy.retention` job: months after an edition
     * ends when the evidence notes of its self-assessments are deleted.
     */
    RETENTION_EVIDENCE_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
    /** When set (by `npm run dev` and `npm run schema`), the SDL is written there on start. */
    GRAPHQL_SCHEMA_FILE: z.string().min(1).optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    /**
     * API worker processes sharing the port (Node's cluster module). Default: one per core, at most
     * four (each keeps its own database pool). 1 runs the API in the starting process itself.
     */
    API_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
    WEB_DIST: z.string().min(1).default('dist/apps/web'),
    TRUST_PROXY: booleanFromEnv.default(false),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    DEMO_DATA: booleanFromEnv.default(true),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(10),
    GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(1000),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().positive().default(30),
    BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
    /** Largest accepted upload (materials and later files). */
    STORAGE_MAX_FILE_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(20 * 1024 * 1024),
    /** When set, files go to this S3-compatible bucket (shared by every API replica) instead of DATA_DIR/files. */
    S3_BUCKET: z.string().min(3).optional(),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** MinIO and most self-hosted stores need path-style addressing. */
    S3_FORCE_PATH_STYLE: booleanFromEnv.default(false),
    /**
     * The certificate issuer's Ed25519 signing key as a 32-byte seed (base64url), kept in a secret
     * store. Unset: a key is generated on first use and stored encrypted with SESSION_SECRET.
     */
    CREDENTIAL_ISSUER_KEY_SEED: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, 'must be 32 bytes in base64url (43 characters)')
      .optional(),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && !c.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required when NODE_ENV=production' });
    }
    if (!!c.S3_ACCESS_KEY_ID !== !!c.S3_SECRET_ACCESS_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: [c.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'],
        message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
      });
    }
    if (c.NODE_ENV === 'production' && !c.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required when NODE_ENV=production' });
    }
  });

export type RawConfig = z.infer<typeof configSchema>;
