// One error type for the whole server. Its code decides the HTTP status (here, in one place) and the
// user-facing message (in the user's language, from server/i18n/errors.ts).
export const errorStatus = {
  VALIDATION: 400,
  INVALID_CHARACTER: 400,
  INVALID_EMAIL: 400,
  INVALID_MOBILE: 400,
  INVALID_IDENTITY_NUMBER: 400,
  INVALID_USERNAME: 400,
  PASSWORD_WEAK: 400,
  PASSWORD_MISMATCH: 400,
  CURRENT_PASSWORD_WRONG: 400,
  CODE_WRONG: 400,
  SMS_NOT_GSM7: 400,
  TOO_MANY_ATTACHMENTS: 400,
  NO_FILE: 400,
  ONE_FILE_PER_UPLOAD: 400,
  UPLOAD_INCOMPLETE: 400,
  FILE_NAME_MISSING: 400,
  LEASE_DOCUMENT_NOT_PDF: 400,
  ACCOUNT_NOT_VERIFIED: 403,
  USERNAME_TAKEN: 409,
  EMAIL_TAKEN: 409,
  CODE_USED: 409,
  TOTP_USED: 409,
  NOT_VERIFIED: 409,
  CANNOT_DEACTIVATE_SELF: 409,
  REGISTRATION_EXPIRED: 410,
  CODE_EXPIRED: 410,
  CHALLENGE_EXPIRED: 410,
  INVITATION_EXPIRED: 410,
  UNKNOWN_CUSTOMER: 422,
  LEASE_NOT_OF_CUSTOMER: 422,
  DUE_DATE_BEFORE_ISSUE: 422,
  DUE_DATE_NOT_BANKING_DAY: 422,
  CREDIT_TOO_LARGE: 422,
  NOTHING_TO_CREDIT: 422,
  CREDIT_OF_CREDIT_NOTE: 422,
  INVOICE_ROW_UNKNOWN: 422,
  CREDIT_ROW_TWICE: 422,
  NO_LEASE: 422,
  NO_CHANNEL: 422,
  NO_RECIPIENTS: 422,
  NOTHING_CHANGED: 422,
  INVALID_PERIOD: 422,
  NOTHING_TO_INVOICE: 422,
  PERIOD_ALREADY_RUN: 409,
  RUN_IN_PROGRESS: 409,
  FILE_UNREADABLE: 422,
  RESEND_TOO_SOON: 429,
  CODE_TOO_MANY_TRIES: 429,
  ACCOUNT_LOCKED: 429,
  MALFORMED_JSON: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  CROSS_ORIGIN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  // The registers (leases and rent rows): refusals that name the field in words.
  OBJECT_ALREADY_LET: 409,
  OBJECTS_MISSING: 422,
  END_BEFORE_START: 422,
  VALID_TO_BEFORE_FROM: 422,
  VAT_RATE_MISSING: 422,
  VAT_RATE_HOUSING: 422,
  AMOUNT_MISSING: 422,
  AMOUNT_PER_MISSING: 422,
  DESCRIPTION_MISSING: 422,
  KPI_INVALID: 422,
  KPI_ONLY_FOR_INDEX: 422,
  INDEX_AMOUNT_COMPUTED: 422,
  NO_BASE_RENT: 422,
  // Bank files (issue 11, importing bank files): what the upload refuses before any import.
  BANK_FILE_EMPTY: 422,
  NOT_A_BANK_FILE: 415,
  BANK_FILE_TOO_LARGE: 413,
  // The property and customer registers.
  REGISTER_FIELD_MISSING: 422,
  INVALID_POSTAL_CODE: 422,
  INVALID_DESIGNATION: 422,
  INVALID_OBJECT_NUMBER: 422,
  INVALID_AREA: 422,
  INVALID_FLOOR: 422,
  MANAGER_INVALID: 422,
  DESIGNATION_TAKEN: 409,
  OBJECT_NUMBER_TAKEN: 409,
  IDENTITY_NUMBER_TAKEN: 409,
  OBJECT_IN_USE: 409,
  // Collections (debt, reminders, the bookkeeping export): refusals in words.
  REMINDER_NOT_OVERDUE: 422,
  REMINDER_INVOICE_PAID: 422,
  REMINDER_OF_CREDIT_NOTE: 422,
  REMINDER_OF_REMINDER_FEE: 422,
  REMINDER_NO_RECIPIENT: 422,
  REMINDER_ALREADY_SENT: 409,
  EXPORT_PERIOD_REVERSED: 422,
  EXPORT_PERIOD_TOO_LONG: 422,
  BODY_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNSUPPORTED_FILE_TYPE: 415,
  RATE_LIMITED: 429,
  TOO_MANY_UPLOADS: 429,
  INTERNAL: 500,
  NOT_READY: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  /** Machine-readable extras for the client, e.g. { rules: ['upper'] } for PASSWORD_WEAK. */
  public readonly details: Record<string, unknown> | undefined;

  constructor(
    public readonly code: ErrorCode,
    /** Values for the message template, e.g. { field: 'username' }. */
    public readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(code, options);
    this.details = options?.details;
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }
}
