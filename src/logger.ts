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
      formatters: {
        log(obj) {
          return JSON.parse(maskPersonalData(JSON.stringify(obj))) as Record<string, unknown>;
        },
      },
    },
    destination,
  );
}
