import path from 'node:path';
import { z } from 'zod';
import { parseOperatorHours, type OperatorHours } from '../domain/operator-hours.ts';

// Every setting the product reads from the environment, parsed once at boot.
// Nothing else in the code reads process.env.

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** HTTP port. */
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  /** PostgreSQL server URL; when empty the embedded PGlite in DATA_DIR is used. */
  DATABASE_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  /** Pool size for the PostgreSQL server. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  /** Folder of the embedded database and, unless S3_BUCKET is set, of attachments (DATA_DIR/files). */
  DATA_DIR: z.string().default('./data'),
  /** Load the demo city into an empty database. Default: on for the embedded database outside production. */
  DEMO: bool.optional(),
  /** First administrator created on an empty database. */
  ADMIN_LOGIN: z.string().min(1).optional(),
  ADMIN_PASSWORD: z.string().min(8).optional(),
  /** Prefix of human appeal numbers: 109-2026-000123. */
  APPEAL_NUMBER_PREFIX: z.string().regex(/^[A-Za-z0-9]{1,10}$/).default('109'),
  /** Days after closing within which a citizen may reopen an appeal. */
  REOPEN_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** Longest total extension of a deadline, days (APPK art. 76: up to 2 months). */
  MAX_EXTENSION_DAYS: z.coerce.number().int().min(0).max(366).default(60),
  /** Default deadline for items without their own rule: working days (APPK art. 76). */
  DEFAULT_DEADLINE_WORKING_DAYS: z.coerce.number().int().min(1).max(365).default(15),
  /** Route a new appeal to the catalogue's executor at once (otherwise line 2 routes it). */
  AUTO_ROUTE: bool.default(true),
  /** Session lifetime, hours. */
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(12),
  /** Mark cookies Secure (set behind HTTPS). */
  COOKIE_SECURE: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Number of appeals in the demo city. */
  DEMO_APPEALS: z.coerce.number().int().min(0).max(2_000_000).default(30_000),
  /** Largest attachment, MiB (photos, videos, documents). */
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(2048).default(50),
  /** Most attachments on one appeal (one request may carry all of them). */
  MAX_FILES_PER_APPEAL: z.coerce.number().int().min(1).max(100).default(10),
  /** An S3-compatible store for attachments instead of DATA_DIR/files (AWS S3, MinIO, Ceph…). */
  S3_BUCKET: z.string().min(3).max(63).optional(),
  /** Its URL, for stores other than AWS (e.g. http://minio:9000). */
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Credentials; when absent, the SDK's own chain (environment, instance role) is used. */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style addressing (bucket in the path): what MinIO and most self-hosted stores need. */
  S3_FORCE_PATH_STYLE: bool.default(true),
  /** A folder inside the bucket, e.g. "jauap/". */
  S3_PREFIX: z.string().regex(/^([a-z0-9._-]+\/)*$/).default(''),
  /**
   * Which proxies may tell the client's address (X-Forwarded-For): empty = none (the connection's
   * address counts, so rate limits cannot be dodged by a forged header); a hop count ("1"); or
   * the proxies' addresses and ranges ("10.0.0.0/8,127.0.0.1"). Set it when behind nginx.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)?$/)
    .default(''),
  /** Retrain the text classifier from new labels at most every this many hours (0: only by the cli). */
  CLASSIFIER_RETRAIN_HOURS: z.coerce.number().min(0).max(24 * 30).default(6),
  /** Days a chatbot conversation's texts are kept after its last message (0: for ever). */
  KENES_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(365),
  /** When operators answer the chatbot's hand-offs: "24/7", "08:00-20:00" or "09:00-18:00 workdays". */
  KENES_OPERATOR_HOURS: z
    .string()
    .default('24/7')
    .refine((v) => parseOperatorHours(v) !== null, { message: 'expected "24/7", "HH:MM-HH:MM" or "HH:MM-HH:MM workdays"' }),
  /** Requests a minute per address on public endpoints (portal, Open311, tracking). */
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(120),
  /** Appeals a minute per address (portal) or per key (Open311). */
  PUBLIC_SUBMIT_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
  /** Proof-of-work the portal asks of each submission: leading zero hex digits of a SHA-256 (each ×16 the work; 0 turns it off). */
  POW_DIFFICULTY: z.coerce.number().int().min(0).max(6).default(4),
  /** Open311 jurisdiction_id of this deployment (requests naming another are refused). */
  OPEN311_JURISDICTION: z.string().min(1).max(100).default('kostanay.kz'),
});

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  demo: boolean;
  adminLogin: string | undefined;
  adminPassword: string | undefined;
  appealNumberPrefix: string;
  reopenDays: number;
  maxExtensionDays: number;
  defaultDeadlineWorkingDays: number;
  autoRoute: boolean;
  sessionTtlHours: number;
  cookieSecure: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  demoAppeals: number;
  maxUploadBytes: number;
  maxFilesPerAppeal: number;
  s3: { bucket: string; endpoint: string | undefined; region: string; accessKeyId: string | undefined; secretAccessKey: string | undefined; forcePathStyle: boolean; prefix: string } | null;
  trustProxy: false | number | string[];
  classifierRetrainHours: number;
  kenesOperatorHours: OperatorHours;
  kenesRetentionDays: number;
  publicRateLimit: number;
  publicSubmitLimit: number;
  powDifficulty: number;
  open311Jurisdiction: string;
}>;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const embedded = !e.DATABASE_URL;
  if (e.DEMO && e.NODE_ENV === 'production') {
    throw new ConfigError('DEMO=1 is refused when NODE_ENV=production: the demo city has well-known passwords.');
  }
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: path.resolve(e.DATA_DIR),
    // The embedded database is the "try it" mode: it gets the demo city unless told otherwise.
    demo: e.DEMO ?? (embedded && e.NODE_ENV !== 'production'),
    adminLogin: e.ADMIN_LOGIN,
    adminPassword: e.ADMIN_PASSWORD,
    appealNumberPrefix: e.APPEAL_NUMBER_PREFIX,
    reopenDays: e.REOPEN_DAYS,
    maxExtensionDays: e.MAX_EXTENSION_DAYS,
    defaultDeadlineWorkingDays: e.DEFAULT_DEADLINE_WORKING_DAYS,
    autoRoute: e.AUTO_ROUTE,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    logLevel: e.LOG_LEVEL,
    demoAppeals: e.DEMO_APPEALS,
    maxUploadBytes: e.MAX_UPLOAD_MB * 1024 * 1024,
    maxFilesPerAppeal: e.MAX_FILES_PER_APPEAL,
    s3: e.S3_BUCKET
      ? { bucket: e.S3_BUCKET, endpoint: e.S3_ENDPOINT, region: e.S3_REGION, accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY, forcePathStyle: e.S3_FORCE_PATH_STYLE, prefix: e.S3_PREFIX }
      : null,
    trustProxy: e.TRUST_PROXY === '' ? false : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY.split(','),
    classifierRetrainHours: e.CLASSIFIER_RETRAIN_HOURS,
    kenesOperatorHours: parseOperatorHours(e.KENES_OPERATOR_HOURS)!,
    kenesRetentionDays: e.KENES_RETENTION_DAYS,
    publicRateLimit: e.PUBLIC_RATE_LIMIT,
    publicSubmitLimit: e.PUBLIC_SUBMIT_LIMIT,
    powDifficulty: e.POW_DIFFICULTY,
    open311Jurisdiction: e.OPEN311_JURISDICTION,
  });
}
