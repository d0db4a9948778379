// BgMax records (DOMAIN-SE.md §6.1–6.2): 80 columns, the transaction code (TK) in columns 1–2, each
// field at fixed 1-based inclusive positions. This file reads one line into its fields and checks each
// field's form; the file's grammar, sums and counts are bgmax.ts's.
//
// Tolerance, as Bankgirot's own sample needs: a line may be shorter than 80 (trailing blanks cut) as
// long as it reaches its last required field, and a TAB is expanded to 8-column tab stops (the sample's
// TK22 has two TABs standing for 12 blanks, which put its OCR back in columns 13–37).
import { isIsoDate } from '../billing/calendar.ts';
import type { ErrorList } from './file-errors.ts';

export const RECORD_WIDTH = 80;
const TAB_STOP = 8;

type FieldKind = 'text' | 'digits' | 'digitsOrBlank' | 'date' | 'timestamp' | readonly string[];

interface FieldSpec {
  name: string;
  from: number;
  to: number;
  kind: FieldKind;
}

const field = (name: string, from: number, to: number, kind: FieldKind = 'text'): FieldSpec => ({ name, from, to, kind });

const paymentFields = [
  field('payerBankgiro', 3, 12, 'digits'),
  field('reference', 13, 37),
  field('amount', 38, 55, 'digits'),
  field('referenceCode', 56, 56, ['0', '1', '2', '3', '4', '5']),
  field('channel', 57, 57, ['1', '2', '3', '4']),
  field('serial', 58, 69, 'digits'),
  field('image', 70, 70, ['0', '1']),
];

/** Each record type: the shortest line that holds its required fields, and its fields. */
const LAYOUTS: Record<string, { minimum: number; fields: FieldSpec[] }> = {
  '01': { minimum: 45, fields: [field('layout', 3, 22, ['BGMAX']), field('version', 23, 24, ['01']), field('writtenAt', 25, 44, 'timestamp'), field('testMark', 45, 45, ['T', 'P'])] },
  '05': { minimum: 25, fields: [field('bankgiro', 3, 12, 'digits'), field('plusgiro', 13, 22, 'digitsOrBlank'), field('currency', 23, 25)] },
  '20': { minimum: 70, fields: paymentFields },
  // Avdragskod 0–2 in Bankgirot's manual as quoted, 1–3 in another parser: informational (§6.2).
  '21': { minimum: 71, fields: [...paymentFields, field('deductionCode', 71, 71, ['0', '1', '2', '3'])] },
  '22': { minimum: 70, fields: paymentFields },
  '23': { minimum: 70, fields: paymentFields },
  '25': { minimum: 2, fields: [field('text', 3, 52)] },
  '26': { minimum: 2, fields: [field('name', 3, 37), field('extraName', 38, 72)] },
  '27': { minimum: 2, fields: [field('address', 3, 37), field('postalCode', 38, 46)] },
  '28': { minimum: 2, fields: [field('city', 3, 37), field('country', 38, 72), field('countryCode', 73, 74)] },
  '29': { minimum: 14, fields: [field('identityNumber', 3, 14, 'digits')] },
  '15': {
    minimum: 79,
    fields: [
      field('bankAccount', 3, 37, 'digits'), field('paymentDate', 38, 45, 'date'), field('depositSerial', 46, 50, 'digits'),
      field('amount', 51, 68, 'digits'), field('currency', 69, 71), field('count', 72, 79, 'digits'), field('depositType', 80, 80),
    ],
  },
  '70': { minimum: 34, fields: [field('payments', 3, 10, 'digits'), field('deductions', 11, 18, 'digits'), field('extraReferences', 19, 26, 'digits'), field('deposits', 27, 34, 'digits')] },
};

export type RecordCode = '01' | '05' | '20' | '21' | '22' | '23' | '25' | '26' | '27' | '28' | '29' | '15' | '70';

export interface BgmaxRecord {
  code: RecordCode;
  line: number;
  /** Field values: text trimmed, digits as written (leading zeros kept), dates as YYYY-MM-DD. */
  fields: Record<string, string>;
  /** Some field is wrong (its error is listed): the record counts for the grammar, its values do not. */
  broken: boolean;
}

/** A TAB moves to the next multiple of 8 columns. */
export function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const char of line) out += char === '\t' ? ' '.repeat(TAB_STOP - (out.length % TAB_STOP)) : char;
  return out;
}

function isTimestamp(text: string): boolean {
  // YYYYMMDDHHMMSSuuuuuu
  if (!/^\d{20}$/.test(text)) return false;
  const date = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  const [h, m, s] = [Number(text.slice(8, 10)), Number(text.slice(10, 12)), Number(text.slice(12, 14))];
  return isIsoDate(date) && h < 24 && m < 60 && s < 60;
}

function valid(kind: FieldKind, raw: string, value: string): boolean {
  switch (kind) {
    case 'text': return true;
    case 'digits': return /^\d+$/.test(raw);
    case 'digitsOrBlank': return /^\d+$/.test(raw) || value === '';
    case 'date': return /^\d{8}$/.test(raw) && isIsoDate(`${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`);
    case 'timestamp': return isTimestamp(raw);
    default: return kind.includes(value);
  }
}

/**
 * One line's record, or null (with its error) when the line is no record at all. `raw` is the line
 * without its line break, `number` its 1-based line number.
 */
export function readRecord(raw: string, number: number, errors: ErrorList): BgmaxRecord | null {
  const control = [...raw].findIndex((c) => (c < ' ' && c !== '\t') || c === '\u007f');
  if (control >= 0) {
    errors.add('CONTROL_CHARACTER', { line: number }, { column: control + 1, char: `U+${raw.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0')}` });
    return null;
  }
  if (raw.trim() === '') {
    errors.add('EMPTY_LINE', { line: number });
    return null;
  }
  const expanded = expandTabs(raw);
  const code = expanded.slice(0, 2);
  const layout = LAYOUTS[code];
  if (!layout) {
    errors.add('UNKNOWN_RECORD', { line: number }, { record: code });
    return null;
  }
  const record: BgmaxRecord = { code: code as RecordCode, line: number, fields: {}, broken: true };
  const padded = expanded.padEnd(RECORD_WIDTH, ' ').slice(0, RECORD_WIDTH);
  const wrong = layout.fields.filter((spec) => !valid(spec.kind, padded.slice(spec.from - 1, spec.to), padded.slice(spec.from - 1, spec.to).trim()));
  const tab = raw.includes('\t');
  if (tab && (wrong.length > 0 || expanded.length > RECORD_WIDTH)) {
    errors.add('TAB_BREAKS_FIELD', { line: number }, { record: code, field: wrong[0]?.name ?? '' });
    return record;
  }
  if (expanded.length > RECORD_WIDTH) {
    errors.add('LINE_TOO_LONG', { line: number }, { length: expanded.length, maximum: RECORD_WIDTH });
    return record;
  }
  if (expanded.length < layout.minimum) {
    errors.add('LINE_TOO_SHORT', { line: number }, { record: code, length: expanded.length, minimum: layout.minimum });
    return record;
  }
  for (const spec of wrong) errors.add('BAD_FIELD', { line: number }, { record: code, field: spec.name, value: padded.slice(spec.from - 1, spec.to) });
  if (wrong.length > 0) return record;
  for (const spec of layout.fields) {
    const value = padded.slice(spec.from - 1, spec.to).trim();
    record.fields[spec.name] = spec.kind === 'date' ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : value;
  }
  record.broken = false;
  return record;
}
