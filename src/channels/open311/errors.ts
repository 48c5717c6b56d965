import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError, ValidationDetail } from '../../domain/errors.ts';
import { errorMessage } from '../../i18n/i18n.ts';
import { issueText } from '../../i18n/validation.ts';
import { toAppError } from '../../http/errors.ts';
import { send, type Format } from './format.ts';

// Errors of the Open311 channel in the standard's format: a list of {code, description}, `code`
// being the HTTP status as the standard's examples show it, one entry per problem, the text in
// the caller's language from our stable error codes. The standard knows 400 (bad request, also an
// unknown service code on POST), 403 (api_key) and 404 (unknown service, request, token,
// jurisdiction); our own limits keep their statuses (413, 415, 429) and failures stay 5xx.

export function open311Status(e: AppError): number {
  const s = e.status;
  if (s === 401) return 403;
  // Conflicts and unprocessable references (unknown service code, idempotency key reused) are
  // the client's bad request in the standard's terms.
  if (s === 409 || s === 422) return 400;
  return s;
}

export function open311ErrorBody(req: FastifyRequest, e: AppError): { code: number; description: string }[] {
  const code = open311Status(e);
  if (e.code === 'VALIDATION_FAILED' && Array.isArray(e.details) && e.details.length) {
    return (e.details as ValidationDetail[]).map((d) => {
      const issue = d.issue ?? { code: 'custom', message: d.message ?? 'invalid' };
      return { code, description: `${d.path}: ${issueText(req.lang, issue, d.params)}` };
    });
  }
  return [{ code, description: errorMessage(req.lang, e.code, e.params) }];
}

/** The format an error answers in: the one the URL asked for, JSON when it asked for none. */
export function formatOfUrl(url: string): Format {
  return /\.xml$/i.test(url.split('?')[0] ?? '') ? 'xml' : 'json';
}

export function sendOpen311Error(req: FastifyRequest, reply: FastifyReply, err: unknown): FastifyReply {
  const e = toAppError(req, err);
  if (e.code === 'INTERNAL') req.log.error({ err }, 'unhandled error');
  return send(reply, formatOfUrl(req.url), 'errors', open311ErrorBody(req, e), open311Status(e));
}
