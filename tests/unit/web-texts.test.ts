import { describe, expect, it } from 'vitest';
import { compose } from '../../web/src/i18n/compose.ts';
import { sv } from '../../web/src/i18n/sv/index.ts';
import { en } from '../../web/src/i18n/en/index.ts';
import { svStaff } from '../../web/src/i18n/sv/staff/index.ts';
import { enStaff } from '../../web/src/i18n/en/staff/index.ts';

const keys = (texts: object, path = ''): string[] =>
  Object.entries(texts).flatMap(([key, value]) => (typeof value === 'string' ? [path + key] : keys(value as object, `${path}${key}.`)));

describe('web texts', () => {
  it('English has exactly the Swedish keys, in the start and in the back office', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
    expect(keys(enStaff).sort()).toEqual(keys(svStaff).sort());
  });

  it("the start's texts (a tenant's phone loads them) hold none of the back office's pages, and the two never define the same text", () => {
    expect(Object.keys(sv)).not.toContain('backoffice');
    expect(Object.keys(svStaff)).toEqual(['backoffice']);
    expect(() => compose(sv, svStaff)).not.toThrow();
    expect(() => compose(en, enStaff)).not.toThrow();
  });

  it('areas add keys to a shared section, but never the same text twice', () => {
    expect(compose({ portal: { a: 'A' }, x: 'X' }, { portal: { b: 'B' } })).toEqual({ portal: { a: 'A', b: 'B' }, x: 'X' });
    expect(() => compose({ portal: { a: 'A' } }, { portal: { a: 'B' } })).toThrow('"portal.a" is defined by two areas');
    expect(() => compose({ portal: 'A' }, { portal: { a: 'B' } })).toThrow('"portal" is defined by two areas');
    expect(() => compose({ portal: { a: 'A' } }, { portal: 'B' })).toThrow('"portal" is defined by two areas');
  });
});
