// The 10,000 most common passwords: the head of zxcvbn-ts's frequency-ranked list (lower-case),
// loaded once on first use. Compared case-insensitively: "Password1!" is as guessable as "password1!".
import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | null = null;

export function isCommonPassword(lowerCased: string): boolean {
  common ??= new Set(dictionary['passwords-common'].slice(0, 10_000));
  return common.has(lowerCased);
}
