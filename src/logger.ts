import pino from 'pino';
import { maskPersonalData } from './domain/identity.ts';

export { maskPersonalData };

/**
 * JSON logs. Credentials are removed and personal data (phones, IINs) masked wherever they
 * would appear, so a log file never holds them in clear.
 */
export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino(
    {
      level,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.passwordHash', '*.token'],
        censor: '[redacted]',
      },
      // pino's own error serializer would copy every enumerable field (a database error's
      // `detail` holds the conflicting values): ours keeps only what identifies the failure.
      serializers: { err: (e: unknown) => (e instanceof Error ? describeError(e) : e) },
      formatters: {
        // Errors found elsewhere in a log object become plain data too (JSON would drop their
        // non-enumerable message and stack), then everything is masked.
        log(obj) {
          return JSON.parse(maskPersonalData(JSON.stringify(obj, (_k, v: unknown) => (v instanceof Error ? describeError(v) : v)))) as Record<string, unknown>;
        },
      },
    },
    destination,
  );
}

type DbError = Error & { code?: string; constraint?: string; table?: string };

/**
 * What identifies a failure, never the data: a database error's statement is kept but its
 * parameters (names, e-mails) and its detail (the conflicting key's values) are not.
 */
export function describeError(e: Error, depth = 0): Record<string, unknown> {
  const d = e as DbError;
  return {
    type: e.name,
    message: stripParams(e.message),
    ...(d.code !== undefined && { code: d.code }),
    ...(d.constraint !== undefined && { constraint: d.constraint }),
    ...(d.table !== undefined && { table: d.table }),
    ...(e.cause instanceof Error && depth < 3 && { cause: describeError(e.cause, depth + 1) }),
    stack: stripParams(e.stack),
  };
}

/** Drizzle's "Failed query: …\nparams: …" keeps the statement and loses the values. */
function stripParams(s: string | undefined): string | undefined {
  return s?.replace(/\nparams:[^\n]*/g, '\nparams: [redacted]');
}
