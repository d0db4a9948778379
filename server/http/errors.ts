// The one place where errors become HTTP responses: { error: { code, message } } in the user's language.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../errors.ts';
import { errorMessage, validationDetail } from '../i18n/errors.ts';
import { languageFrom } from '../i18n/language.ts';
import { loggableError } from '../logging.ts';

interface ValidationIssue {
  keyword: string;
  instancePath?: string;
  params?: Record<string, unknown>;
}

function fieldOf(issue: ValidationIssue): string {
  const path = (issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const p = issue.params ?? {};
  const extra = (p.missingProperty ?? p.additionalProperty) as string | undefined;
  return [path, extra].filter(Boolean).join('.');
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const e = error as FastifyError & { validation?: ValidationIssue[] };
  if (e.validation && e.validation.length > 0) {
    const issue = e.validation[0]!;
    const allowed = (issue.params?.allowedValues as unknown[] | undefined)?.join(', ');
    const field = fieldOf(issue);
    // details.field lets a form mark the field (the web's new-case form does).
    return new AppError('VALIDATION', { keyword: issue.keyword, field, ...(allowed ? { allowed } : {}) }, { cause: error, ...(field ? { details: { field } } : {}) });
  }
  const byFastifyCode: Record<string, ErrorCode> = {
    FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_JSON',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
    FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
    FST_CSRF_MISSING_SECRET: 'CSRF',
    FST_CSRF_INVALID_TOKEN: 'CSRF',
    FST_ERR_NOT_FOUND: 'NOT_FOUND',
    FST_ERR_BAD_URL: 'INVALID_CHARACTER', // a path that is not valid UTF-8 once decoded
    // @fastify/multipart
    FST_REQ_FILE_TOO_LARGE: 'FILE_TOO_LARGE',
    FST_FILES_LIMIT: 'ONE_FILE_PER_UPLOAD',
    FST_PARTS_LIMIT: 'ONE_FILE_PER_UPLOAD',
    FST_FIELDS_LIMIT: 'ONE_FILE_PER_UPLOAD',
    FST_INVALID_MULTIPART_CONTENT_TYPE: 'NO_FILE',
    FST_MP_PREMATURE_CLOSE: 'UPLOAD_INCOMPLETE',
  };
  const mapped = e.code ? byFastifyCode[e.code] : undefined;
  if (mapped) return new AppError(mapped, {}, { cause: error });
  const status = e.statusCode ?? 500;
  if (status === 400) return new AppError('MALFORMED_JSON', {}, { cause: error }); // body parser: bad JSON
  if (status >= 400 && status < 500) {
    const byStatus: Record<number, ErrorCode> = {
      401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 409: 'CONFLICT',
      413: 'BODY_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE', 429: 'RATE_LIMITED',
    };
    return new AppError(byStatus[status] ?? 'VALIDATION', {}, { cause: error });
  }
  return new AppError('INTERNAL', {}, { cause: error });
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const lang = languageFrom(request.headers['accept-language']);
  let params = error.params;
  if (error.code === 'VALIDATION' && typeof params.keyword === 'string') {
    params = { ...params, detail: validationDetail({ keyword: params.keyword, field: String(params.field ?? ''), allowed: params.allowed as string | undefined }, lang) };
  }
  return reply
    .status(error.status)
    .header('content-language', lang)
    .send({ error: { code: error.code, message: errorMessage(error.code, lang, params), ...(error.details ? { details: error.details } : {}) } });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      request.log.error({ err: loggableError(error) }, 'request failed');
    } else {
      request.log.info({ code: appError.code }, 'request refused');
    }
    return sendError(request, reply, appError);
  });
}
