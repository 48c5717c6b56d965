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
      serializers: {
        // A database error carries the failed statement and its parameters (names, e-mails):
        // logs keep what identifies the failure, never the data.
        err: (e: { type?: string; name?: string; message?: string; stack?: string; code?: string; cause?: { code?: string; message?: string } }) => ({
          type: e.name ?? e.type,
          message: stripParams(e.message),
          code: e.code ?? e.cause?.code,
          cause: e.cause ? stripParams(e.cause.message) : undefined,
          stack: stripParams(e.stack),
        }),
      },
      formatters: {
        log(obj) {
          return JSON.parse(maskPersonalData(JSON.stringify(obj))) as Record<string, unknown>;
        },
      },
    },
    destination,
  );
}

/** Drizzle's "Failed query: …\nparams: …" keeps the statement and loses the values. */
function stripParams(s: string | undefined): string | undefined {
  return s?.replace(/\nparams:[^\n]*/g, '\nparams: [redacted]');
}
