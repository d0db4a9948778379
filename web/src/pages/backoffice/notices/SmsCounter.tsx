import { useTranslation } from 'react-i18next';
import { normalizeSmsText, smsEncoding, smsParts, smsUnits } from '@domain/sms';

/** The characters of an SMS text that GSM-7 cannot carry (each once, in order of appearance). */
export function nonGsm7Characters(text: string): string[] {
  const found = new Set<string>();
  for (const ch of text) {
    if (smsEncoding(ch) === 'UCS-2') found.add(ch);
  }
  return [...found];
}

/** A character as the warning names it: quoted, or its code point when it cannot be seen. */
function showCharacter(ch: string): string {
  if (/^[\p{C}\p{Z}]$/u.test(ch)) return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `”${ch}”`;
}

/** The characters for a message, e.g. ”€” ”😀” U+0009. */
export function describeCharacters(chars: readonly string[]): string {
  return chars.map(showCharacter).join(' ');
}

/** The SMS the server sends for a notice. */
export function noticeSms(landlordName: string, title: string, text: string): string {
  return normalizeSmsText(`${landlordName}: ${title.trim()}. ${text.trim()}`);
}

/**
 * How long the notice's SMS is: parts, units used of what those parts hold, and the encoding.
 * Characters outside GSM-7 are named in a live region; the server refuses them.
 */
export function SmsCounter({ id, sms, empty = false }: { id: string; sms: string; empty?: boolean }) {
  const { t } = useTranslation();
  const encoding = smsEncoding(sms);
  const parts = smsParts(sms);
  const units = smsUnits(sms);
  const [single, multi] = encoding === 'GSM-7' ? [160, 153] : [70, 67];
  const limit = parts === 1 ? single : parts * multi;
  const bad = nonGsm7Characters(sms);
  return (
    <div className="sms-counter">
      {/* Nothing to count before there is a text: the sender's name alone is no SMS. */}
      <p id={id} className="hint">
        {empty ? '' : t('backoffice.notices.smsCounter', { count: parts, units, limit, encoding })}
      </p>
      <div role="status">
        {bad.length > 0 && <p className="sms-counter__warning">{t('backoffice.notices.notGsm7', { chars: describeCharacters(bad) })}</p>}
      </div>
    </div>
  );
}
