import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../domain/errors.ts';
import { errorMessage, t, type MessageKey } from '../i18n/i18n.ts';

type Detail = { path: string; message: string; code?: string };

/** Zod's issue messages that are ours (custom checks) are i18n keys; others pass through. */
function detailMessage(req: FastifyRequest, message: string): string {
  const key = `validation.${message}` as MessageKey;
  const text = t(req.lang, key);
  return text === key ? message : text;
}

function fromZod(req: FastifyRequest, err: FastifyError): Detail[] {
  const issues = (err.validation ?? []) as unknown as { instancePath?: string; message?: string; params?: { issue?: { path?: PropertyKey[]; code?: string; message?: string } } }[];
  return issues.map((v) => {
    const issue = v.params?.issue;
    const path = issue?.path?.length ? issue.path.map(String).join('.') : (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const where = err.validationContext && err.validationContext !== 'body' ? `${err.validationContext}${path ? '.' : ''}` : '';
    return { path: `${where}${path}` || String(err.validationContext ?? ''), message: detailMessage(req, issue?.message ?? v.message ?? 'invalid'), ...(issue?.code && { code: issue.code }) };
  });
}

export function sendError(req: FastifyRequest, reply: FastifyReply, err: AppError): FastifyReply {
  let message = errorMessage(req.lang, err.code, err.params);
  if (err.code === 'VALIDATION_FAILED' && Array.isArray(err.details)) {
    const details = err.details as Detail[];
    message = errorMessage(req.lang, 'VALIDATION_FAILED', { summary: details.map((d) => `${d.path} — ${detailMessage(req, d.message)}`).join('; ') });
  }
  return reply
    .status(err.status)
    .type('application/json; charset=utf-8')
    .send({ error: { code: err.code, message, details: err.details ?? null } });
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Every error leaves as {error: {code, message, details}} in the caller's language. */
export function toAppError(req: FastifyRequest, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe) || fe.validation) {
    const details = fromZod(req, fe);
    return new AppError('VALIDATION_FAILED', {}, details);
  }
  if (err instanceof SyntaxError || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return new AppError('INVALID_JSON');
  const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped === 'UNSUPPORTED_MEDIA_TYPE') return new AppError(mapped, { type: String(req.headers['content-type'] ?? '') });
  if (mapped) return new AppError(mapped, { summary: fe.message });
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    if (fe.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
    if (fe.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', { type: String(req.headers['content-type'] ?? '') });
    if (fe.statusCode === 429) return new AppError('RATE_LIMITED');
    return new AppError('VALIDATION_FAILED', { summary: fe.message }, [{ path: '', message: fe.message }]);
  }
  return new AppError('INTERNAL');
}
