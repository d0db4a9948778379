// The property and customer registers' rules without I/O, for the server's checks and the web's forms
// alike: Swedish postal codes, property designations (fastighetsbeteckning), rental-object numbers,
// area and floor, the text fields every register row has, and what a change changes.

const SPACES = /[\s\u00a0\u202f]+/g;

/** A text field as stored: trimmed, runs of spaces as one; null when nothing is left. */
export function cleanText(input: string | null | undefined): string | null {
  const text = (input ?? '').replace(SPACES, ' ').trim();
  return text === '' ? null : text;
}

/**
 * A Swedish postal code (five digits, the first not 0) in any usual writing, "41261", "412 61" or
 * "SE-412 61", as it is printed: "412 61". Null when it is not one.
 */
export function normalizePostalCode(input: string): string | null {
  const compact = input.trim().replace(/^SE-?/i, '').replace(SPACES, '');
  return /^[1-9]\d{4}$/.test(compact) ? `${compact.slice(0, 3)} ${compact.slice(3)}` : null;
}

/**
 * A fastighetsbeteckning: the municipality and district (trakt) in words, then block and unit,
 * "Göteborg Inom Vallgraven 12:3". Spaces are tidied; null when it does not end in block:unit or
 * does not start with a letter.
 */
export function normalizeDesignation(input: string): string | null {
  const text = cleanText(input);
  if (text === null || text.length > 120) return null;
  const match = /^(\p{L}[\p{L}\p{N} .'-]*?)\s*(\d{1,5})\s*:\s*(\d{1,5})$/u.exec(text);
  if (!match || !/\p{L}/u.test(match[1]!)) return null;
  return `${match[1]!.trim()} ${match[2]!}:${match[3]!}`;
}

/** A rental object's number as staff write it on doors and leases: "1001", "P-01", "F-01"; at most 20 characters. */
export function normalizeObjectNumber(input: string): string | null {
  const text = cleanText(input);
  if (text === null || text.length > 20) return null;
  return /^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u.test(text) ? text : null;
}

/** The largest area a rental object may have, in square metres (the column holds 9,999,999.9). */
export const MAX_AREA_SQM = 999_999.9;

/** An area in square metres: above zero, at most one decimal (as the register stores it). */
export function validArea(areaSqm: number): boolean {
  return Number.isFinite(areaSqm) && areaSqm > 0 && areaSqm <= MAX_AREA_SQM && Math.abs(areaSqm * 10 - Math.round(areaSqm * 10)) < 1e-6;
}

export const FLOOR_RANGE = { min: -9, max: 99 } as const;

/** A floor: a whole number, 0 the ground floor, negative below ground. */
export function validFloor(floor: number): boolean {
  return Number.isInteger(floor) && floor >= FLOOR_RANGE.min && floor <= FLOOR_RANGE.max;
}

/**
 * The fields of `after` that differ from `before`, as { before, after } for the audit log; null when
 * nothing differs (a change that changes nothing writes nothing).
 */
export function differences<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } | null {
  const was: Partial<T> = {};
  const is: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (before[key] !== after[key]) {
      was[key] = before[key];
      is[key] = after[key];
    }
  }
  return Object.keys(is).length === 0 ? null : { before: was, after: is };
}
