// GSM 03.38: which characters an SMS can carry in 7-bit, and how many parts a text needs.
const basic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const extension = '^{}\\[~]|€\f';
const basicSet = new Set(basic);
const extensionSet = new Set(extension);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** Typographic characters that would force UCS-2, replaced by their GSM-7 look-alikes. */
export function normalizeSmsText(text: string): string {
  return text
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
}

export function smsEncoding(text: string): SmsEncoding {
  for (const ch of text) {
    if (!basicSet.has(ch) && !extensionSet.has(ch)) return 'UCS-2';
  }
  return 'GSM-7';
}

/** Length in encoding units: GSM-7 septets (extension characters count two) or UCS-2 code units. */
export function smsUnits(text: string): number {
  if (smsEncoding(text) === 'UCS-2') return text.length;
  let units = 0;
  for (const ch of text) units += extensionSet.has(ch) ? 2 : 1;
  return units;
}

export function smsParts(text: string): number {
  const units = smsUnits(text);
  if (units === 0) return 1;
  const [single, multi] = smsEncoding(text) === 'GSM-7' ? [160, 153] : [70, 67];
  return units <= single ? 1 : Math.ceil(units / multi);
}

/** The characters that keep a text out of GSM-7, each once, in order of appearance. */
export function nonGsmCharacters(text: string): string[] {
  return [...new Set([...text].filter((ch) => !basicSet.has(ch) && !extensionSet.has(ch)))];
}
