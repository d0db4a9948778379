// The 10,000 most common passwords: the head of zxcvbn-ts's frequency-ranked list (lower-case),
// loaded on first use. The package holds all its word lists (some 2 MB of the heap), which a server
// that nobody changes a password on does not need (decision 0026: the embedded mode's memory); it is
// required when a password is first checked, not at start. Compared case-insensitively: "Password1!"
// is as guessable as "password1!".
import { createRequire } from 'node:module';

type Dictionary = typeof import('@zxcvbn-ts/language-common').dictionary;

let common: Set<string> | null = null;

export function isCommonPassword(lowerCased: string): boolean {
  if (!common) {
    const { dictionary } = createRequire(import.meta.url)('@zxcvbn-ts/language-common') as { dictionary: Dictionary };
    common = new Set(dictionary['passwords-common'].slice(0, 10_000));
  }
  return common.has(lowerCased);
}
