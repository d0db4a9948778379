import { describe, expect, it } from 'vitest';
import { isStorableText, unstorableTextAt } from '../../server/domain/text.ts';

describe('text PostgreSQL can store', () => {
  it('refuses a NUL and a lone surrogate, and takes a pair, emoji and Swedish letters', () => {
    expect(isStorableText('Åsa Öberg 😀')).toBe(true);
    expect(isStorableText('\ud83d\ude00')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('x\ud800y')).toBe(false);
    expect(isStorableText('x\udc00')).toBe(false);
    expect(isStorableText('\ud800')).toBe(false);
    expect(isStorableText('\ude00\ud83d')).toBe(false); // a pair in the wrong order is two lone halves
  });

  it('says where in a nested value the first bad text is, as the validation errors name fields', () => {
    expect(unstorableTextAt({ title: 'ok', audience: { kind: 'all', ids: ['a', 'b\u0000'] } })).toBe('audience.ids.1');
    expect(unstorableTextAt({ a: 'x\ud800', b: '\u0000' })).toBe('a');
    expect(unstorableTextAt('\u0000')).toBe('');
    expect(unstorableTextAt({ ['k\u0000']: 1 })).toBe('k\uFFFD');
    expect(unstorableTextAt({ n: 1, b: true, z: null, list: [1, 'ok'] })).toBeNull();
    expect(unstorableTextAt(undefined)).toBeNull();
  });

  it('walks a deeply nested body without running out of stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(unstorableTextAt(deep)).toMatch(/^0(\.0)+$/);
  });
});
