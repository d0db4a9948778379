// Text PostgreSQL cannot store: the NUL character (text columns refuse 0x00 outright) and a lone
// UTF-16 surrogate (jsonb refuses its \ud800 escape; a text column would quietly get U+FFFD instead).
// Both are refused where a request enters (http/text-check.ts), so no route has to remember them.

// eslint-disable-next-line no-control-regex -- the NUL is exactly what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** A name for a field whose own name is not storable text: its bad characters shown as U+FFFD. */
const shown = (key: string) => key.replace(new RegExp(UNSTORABLE.source, 'g'), '\uFFFD');

/**
 * Where the first string (or object key) in `value` that is not storable text sits, as the dotted path
 * the validation errors use (`audience.ids.0`; '' for the value itself), or null when all is storable.
 * It walks with its own stack: a deeply nested body cannot overflow the call stack.
 */
export function unstorableTextAt(value: unknown): string | null {
  return allStorable(value) ? null : pathOfUnstorable(value);
}

/** The walk every request makes: no paths built, nothing kept but the values still to look at. */
function allStorable(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return isStorableText(value);
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (!isStorableText(item)) return false;
    } else if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) stack.push(item[i]);
    } else if (item !== null && typeof item === 'object' && !Buffer.isBuffer(item)) {
      for (const key of Object.keys(item)) {
        if (!isStorableText(key)) return false;
        stack.push((item as Record<string, unknown>)[key]);
      }
    }
  }
  return true;
}

/** Where the bad text is, once one is known to be there. */
function pathOfUnstorable(value: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      if (!isStorableText(item.value)) return item.path;
    } else if (Array.isArray(item.value)) {
      for (let i = item.value.length - 1; i >= 0; i--) stack.push({ value: item.value[i], path: join(item.path, String(i)) });
    } else if (item.value !== null && typeof item.value === 'object' && !Buffer.isBuffer(item.value)) {
      const entries = Object.entries(item.value);
      for (const [key] of entries) if (!isStorableText(key)) return join(item.path, shown(key));
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: join(item.path, entries[i]![0]) });
    }
  }
  return null;
}
