// Errors are data: a stable code, its HTTP status, and parameters. The text in each
// language comes from the i18n catalogues by code; transports map codes, never messages.

export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  INVALID_CURSOR: 400,
  INVALID_PERIOD: 400,
  PERIOD_TOO_LONG: 400,
  CSV_INVALID: 400,
  PASSWORD_NOT_ACCEPTED: 400,
  CHALLENGE_FAILED: 400,
  SPAM_REJECTED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN_ROLE: 403,
  INVALID_API_KEY: 403,
  FORBIDDEN_ORGANISATION: 403,
  FORBIDDEN_SECTOR: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  INVALID_TRANSITION: 409,
  STALE_VERSION: 409,
  LOGIN_TAKEN: 409,
  CODE_TAKEN: 409,
  REOPEN_PERIOD_EXPIRED: 409,
  EXTENSION_LIMIT_EXCEEDED: 409,
  ALREADY_RATED: 409,
  IN_USE: 409,
  CONVERSATION_CLOSED: 409,
  CONVERSATION_TAKEN: 409,
  PAYLOAD_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  TOO_MANY_FILES: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNSUPPORTED_FILE_TYPE: 415,
  FILE_UNREADABLE: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  UNKNOWN_REFERENCE: 422,
  NOT_AN_ITEM: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * One problem with the input: our own checks name an i18n key (`message`, with `params`); a
 * zod issue is carried whole and rendered in the caller's language by the transport.
 */
export type ValidationDetail = {
  path: string;
  message?: string;
  params?: Record<string, string | number>;
  issue?: { code: string; message?: string; [k: string]: unknown };
  row?: number;
};

export type ErrorParams = Record<string, string | number | boolean | null | undefined>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly details: unknown;
  constructor(code: ErrorCode, params: ErrorParams = {}, details?: unknown) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.details = details;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (entity: string, id?: string | number) => new AppError('NOT_FOUND', { entity, id: id === undefined ? undefined : String(id) });
export const unknownReference = (field: string, value: string | number) => new AppError('UNKNOWN_REFERENCE', { field, value: String(value) });
