import type { ErrorCode } from '../errors.ts';
import type { Language } from './language.ts';

type Template = (p: Record<string, string | number>) => string;

const sv: Record<ErrorCode, Template> = {
  VALIDATION: (p) => (p.detail ? `Uppgifterna är inte giltiga: ${p.detail}` : 'Uppgifterna är inte giltiga.'),
  INVALID_EMAIL: () => 'E-postadressen är inte giltig.',
  INVALID_MOBILE: () => 'Mobilnumret är inte giltigt. Skriv till exempel 070-123 45 67.',
  MALFORMED_JSON: () => 'Förfrågan kunde inte läsas (ogiltig JSON).',
  UNAUTHENTICATED: () => 'Du behöver logga in.',
  INVALID_CREDENTIALS: () => 'Fel användarnamn eller lösenord.',
  FORBIDDEN: () => 'Du har inte behörighet till detta.',
  CSRF: () => 'Sidan har varit öppen för länge eller förfrågan saknar säkerhetskod. Ladda om sidan och försök igen.',
  NOT_FOUND: () => 'Det du söker finns inte.',
  METHOD_NOT_ALLOWED: () => 'Metoden stöds inte här.',
  CONFLICT: () => 'Uppgifterna krockar med något som redan finns.',
  BODY_TOO_LARGE: () => 'Förfrågan är för stor.',
  UNSUPPORTED_MEDIA_TYPE: () => 'Formatet stöds inte. Skicka JSON.',
  RATE_LIMITED: (p) => `För många försök. Vänta ${p.seconds ?? 60} sekunder och försök igen.`,
  INTERNAL: () => 'Något gick fel hos oss. Försök igen om en stund.',
  NOT_READY: () => 'Tjänsten startar eller underhålls. Försök igen om en stund.',
};

const en: Record<ErrorCode, Template> = {
  VALIDATION: (p) => (p.detail ? `The details are not valid: ${p.detail}` : 'The details are not valid.'),
  INVALID_EMAIL: () => 'The e-mail address is not valid.',
  INVALID_MOBILE: () => 'The mobile number is not valid. Write for example 070-123 45 67.',
  MALFORMED_JSON: () => 'The request could not be read (invalid JSON).',
  UNAUTHENTICATED: () => 'You need to log in.',
  INVALID_CREDENTIALS: () => 'Wrong username or password.',
  FORBIDDEN: () => 'You are not allowed to do this.',
  CSRF: () => 'The page has been open too long or the request lacks its security code. Reload the page and try again.',
  NOT_FOUND: () => 'What you are looking for does not exist.',
  METHOD_NOT_ALLOWED: () => 'That method is not supported here.',
  CONFLICT: () => 'The details clash with something that already exists.',
  BODY_TOO_LARGE: () => 'The request is too large.',
  UNSUPPORTED_MEDIA_TYPE: () => 'That format is not supported. Send JSON.',
  RATE_LIMITED: (p) => `Too many attempts. Wait ${p.seconds ?? 60} seconds and try again.`,
  INTERNAL: () => 'Something went wrong on our side. Please try again in a while.',
  NOT_READY: () => 'The service is starting or under maintenance. Please try again in a while.',
};

const templates: Record<Language, Record<ErrorCode, Template>> = { sv, en };

export function errorMessage(code: ErrorCode, lang: Language, params: Record<string, string | number> = {}): string {
  return templates[lang][code](params);
}

/** Schema validation details, in words a user can act on. */
export function validationDetail(
  issue: { keyword: string; field: string; limit?: number; allowed?: string },
  lang: Language,
): string {
  const f = issue.field || (lang === 'sv' ? 'förfrågan' : 'the request');
  const svText: Record<string, string> = {
    required: `${f} saknas.`,
    additionalProperties: `fältet ${f} är okänt.`,
    type: `${f} har fel typ.`,
    minLength: `${f} är för kort.`,
    maxLength: `${f} är för långt.`,
    format: `${f} har fel format.`,
    pattern: `${f} har fel format.`,
    enum: `${f} måste vara ett av: ${issue.allowed ?? ''}.`,
    minimum: `${f} är för litet.`,
    maximum: `${f} är för stort.`,
  };
  const enText: Record<string, string> = {
    required: `${f} is missing.`,
    additionalProperties: `the field ${f} is unknown.`,
    type: `${f} has the wrong type.`,
    minLength: `${f} is too short.`,
    maxLength: `${f} is too long.`,
    format: `${f} has the wrong format.`,
    pattern: `${f} has the wrong format.`,
    enum: `${f} must be one of: ${issue.allowed ?? ''}.`,
    minimum: `${f} is too small.`,
    maximum: `${f} is too large.`,
  };
  const table = lang === 'sv' ? svText : enText;
  return table[issue.keyword] ?? (lang === 'sv' ? `${f} är ogiltigt.` : `${f} is not valid.`);
}
