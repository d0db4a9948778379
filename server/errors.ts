// One error type for the whole server. Its code decides the HTTP status (here, in one place) and the
// user-facing message (in the user's language, from server/i18n/errors.ts).
export const errorStatus = {
  VALIDATION: 400,
  INVALID_EMAIL: 400,
  INVALID_MOBILE: 400,
  MALFORMED_JSON: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  NOT_READY: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    /** Values for the message template, e.g. { field: 'username' }. */
    public readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(code, options);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }
}
