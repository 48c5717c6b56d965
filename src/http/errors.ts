import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type ValidationDetail } from '../domain/errors.ts';
import { errorMessage } from '../i18n/i18n.ts';
import { issueText } from '../i18n/validation.ts';

/** Validation details leave as {path, message (localised), code, row?}. */
function renderDetails(req: FastifyRequest, details: ValidationDetail[]) {
  return details.map((d) => {
    const issue = d.issue ?? { code: 'custom', message: d.message ?? 'invalid' };
    return {
      path: d.path,
      message: issueText(req.lang, issue, d.params),
      code: d.issue ? d.issue.code : (d.message ?? 'invalid'),
      ...(d.row !== undefined && { row: d.row }),
    };
  });
}

function fromZod(err: FastifyError): ValidationDetail[] {
  const issues = (err.validation ?? []) as unknown as { keyword?: string; instancePath?: string; message?: string; params?: Record<string, unknown> }[];
  return issues.map((v) => {
    const path = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const where = err.validationContext && err.validationContext !== 'body' ? `${err.validationContext}${path ? '.' : ''}` : '';
    return { path: `${where}${path}` || String(err.validationContext ?? ''), issue: { ...v.params, code: v.keyword ?? 'custom', message: v.message } };
  });
}

export function sendError(req: FastifyRequest, reply: FastifyReply, err: AppError): FastifyReply {
  const details = Array.isArray(err.details) ? renderDetails(req, err.details as ValidationDetail[]) : (err.details ?? null);
  let message = errorMessage(req.lang, err.code, err.params);
  if (err.code === 'VALIDATION_FAILED' && Array.isArray(details)) {
    message = errorMessage(req.lang, 'VALIDATION_FAILED', { summary: details.map((d) => `${d.path} — ${d.message}`).join('; ') });
  }
  return reply.status(err.status).type('application/json; charset=utf-8').send({ error: { code: err.code, message, details } });
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
    return new AppError('VALIDATION_FAILED', {}, fromZod(fe));
  }
  if (err instanceof SyntaxError || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return new AppError('INVALID_JSON');
  const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped === 'UNSUPPORTED_MEDIA_TYPE') return new AppError(mapped, { type: String(req.headers['content-type'] ?? '') });
  if (mapped) return new AppError(mapped, { summary: fe.message });
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    if (fe.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
    if (fe.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', { type: String(req.headers['content-type'] ?? '') });
    if (fe.statusCode === 429) return new AppError('RATE_LIMITED');
    return new AppError('VALIDATION_FAILED', {}, [{ path: '', issue: { code: 'custom', message: fe.message } }]);
  }
  return new AppError('INTERNAL');
}
