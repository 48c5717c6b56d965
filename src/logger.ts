import pino from 'pino';
import { maskIin, maskPhone } from './domain/identity.ts';

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

const PHONE = /\+?[78][\s-]?\(?7\d{2}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}/g;
const IIN = /\b\d{12}\b/g;

export function maskPersonalData(s: string): string {
  return s.replace(PHONE, (m) => maskPhone(m) ?? '***').replace(IIN, (m) => maskIin(m) ?? '***');
}
