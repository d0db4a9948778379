import i18n, { currentLanguage } from './i18n';
import type { SessionResponse } from '@api';

/** An error answer from the API; `message` is already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra facts about the error, e.g. `{ rules: [...] }` for PASSWORD_WEAK. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// The CSRF token lives only in memory: it is refreshed from /api/session at start and after
// every login or logout, when the server rotates it.
let csrfToken: string | null = null;

export async function fetchSession(): Promise<SessionResponse> {
  const session = await request<SessionResponse>('GET', '/api/session');
  csrfToken = session.csrfToken;
  return session;
}

export function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', path, undefined, signal);
}

// `T` is the answer's type and `B` the body's, both from the API contract (`@api`), e.g.
// `apiPost<CaseResponse, CaseMessageBody>(path, body)`. A body without its type does not compile.

export function apiPost<T, B = never>(path: string, body?: B): Promise<T> {
  return send<T>('POST', path, body);
}

export function apiPut<T, B = never>(path: string, body?: B): Promise<T> {
  return send<T>('PUT', path, body);
}

export function apiPatch<T, B = never>(path: string, body?: B): Promise<T> {
  return send<T>('PATCH', path, body);
}

export function apiDelete<T = void>(path: string): Promise<T> {
  return send<T>('DELETE', path);
}

/**
 * Uploads a file as multipart/form-data (the browser sets the Content-Type with its boundary).
 * Aborting `signal` stops the upload; the promise then rejects with an AbortError.
 */
export function apiUpload<T>(path: string, formData: FormData, signal?: AbortSignal): Promise<T> {
  return send<T>('POST', path, formData, signal);
}

/** A request that changes something: it carries the CSRF token. */
async function send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  if (csrfToken === null) await fetchSession();
  try {
    return await request<T>(method, path, body, signal);
  } catch (error) {
    // A token can go stale (server restart, expired cookie): fetch a fresh one and retry once.
    if (error instanceof ApiError && error.status === 403 && /csrf/i.test(error.code)) {
      await fetchSession();
      return request<T>(method, path, body, signal);
    }
    throw error;
  }
}

/** The message to show for a failed request: the server's (translated) text, or a generic one. */
export function errorMessage(reason: unknown): string {
  return reason instanceof ApiError ? reason.message : i18n.t('errors.unexpected');
}

/** A failed request as an ApiError: the server's own, or a generic one for anything else. */
export function asApiError(reason: unknown): ApiError {
  return reason instanceof ApiError ? reason : new ApiError(0, 'unexpected', errorMessage(reason));
}

/** The failing password rule ids of a PASSWORD_WEAK error, else an empty list. */
export function failedPasswordRules(reason: unknown): string[] {
  if (!(reason instanceof ApiError) || reason.code !== 'PASSWORD_WEAK') return [];
  const rules = reason.details?.rules;
  return Array.isArray(rules) ? rules.filter((rule): rule is string => typeof rule === 'string') : [];
}

/**
 * A file from a GET endpoint (an export), with the name its Content-Disposition gives; a refusal is
 * an ApiError with the server's message, as for any other request.
 */
export async function apiDownload(path: string): Promise<{ blob: Blob; fileName: string | null }> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { 'Accept-Language': currentLanguage() }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined));
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? null;
  return { blob: await response.blob(), fileName };
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  };
  if (method !== 'GET' && csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
  // FormData carries its own Content-Type (multipart with a boundary); everything else is JSON.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${String(status)}`;
  // A body that is not ours (e.g. a proxy's 502 page) gets a generic text in the UI's language.
  const message = typeof error?.message === 'string' && error.message !== '' ? error.message : i18n.t('errors.unexpected');
  const details = typeof error?.details === 'object' && error.details !== null ? (error.details as Record<string, unknown>) : undefined;
  return new ApiError(status, code, message, details);
}
