// Why a bank file is refused, in Swedish and English: one sentence per error code of the parsers
// (server/domain/payments/file-errors.ts), with its values. Where (the line or XML path) is shown
// beside it, not in it.
import type { FileError, FileErrorCode } from '../domain/payments/index.ts';
import type { Language } from './language.ts';
import { kronor } from './errors.ts';

type Params = FileError['params'];
type Template = (p: Params, lang: Language) => string;

const looksLike: Record<Language, Record<string, string>> = {
  sv: { pdf: 'en PDF-fil', zip: 'ett zip-arkiv', binary: 'en binär fil', text: 'en textfil', xml: 'en XML-fil', bgmax: 'en BgMax-fil', empty: 'tom' },
  en: { pdf: 'a PDF file', zip: 'a zip archive', binary: 'a binary file', text: 'a text file', xml: 'an XML file', bgmax: 'a BgMax file', empty: 'empty' },
};
const counted: Record<Language, Record<string, string>> = {
  sv: { payments: 'betalningar', deductions: 'avdrag', extraReferences: 'extra referenser', deposits: 'insättningar' },
  en: { payments: 'payments', deductions: 'deductions', extraReferences: 'extra references', deposits: 'deposits' },
};
const expected: Record<Language, Record<string, string>> = {
  sv: { amount: 'ett belopp', date: 'ett datum', currency: 'en valutakod', 'CRDT or DBIT': 'CRDT eller DBIT', 'true or false': 'true eller false' },
  en: { amount: 'an amount', date: 'a date', currency: 'a currency code', 'CRDT or DBIT': 'CRDT or DBIT', 'true or false': 'true or false' },
};

/** An amount in öre as kronor; a stated amount that was no amount at all is shown as written. */
const money = (ore: string | number | undefined, lang: Language) => (typeof ore === 'number' || /^-?\d+$/.test(String(ore ?? '')) ? `${kronor(ore, lang)} kr` : `"${ore ?? ''}"`);
const word = (table: Record<Language, Record<string, string>>, value: unknown, lang: Language) => table[lang][String(value)] ?? String(value ?? '');

const sv: Record<FileErrorCode, Template> = {
  EMPTY_FILE: () => 'Filen är tom.',
  TOO_MANY_ERRORS: (p) => `Och ${p.more} fel till, som inte visas.`,
  NOT_BGMAX: (p, l) => `Filen är ${word(looksLike, p.looksLike, l)}, inte en BgMax-fil.`,
  NOT_LATIN1: () => 'Filen är sparad som UTF-8, men BgMax är Latin-1 (ISO 8859-1). Läs in filen som banken skickade den, utan att öppna och spara den.',
  CONTROL_CHARACTER: (p) => `Ett styrtecken (${p.char}) i kolumn ${p.column}.`,
  EMPTY_LINE: () => 'En tom rad mitt i filen.',
  LINE_TOO_LONG: (p) => `Raden har ${p.length} tecken; en BgMax-post har högst ${p.maximum}.`,
  LINE_TOO_SHORT: (p) => `Post ${p.record} har ${p.length} tecken; den behöver minst ${p.minimum}.`,
  UNKNOWN_RECORD: (p) => `Okänd posttyp ${p.record}.`,
  UNEXPECTED_RECORD: (p) => (p.expected ? `Post ${p.record} kan inte komma här; här väntas post ${p.expected}.` : `Post ${p.record} kan inte komma här.`),
  BAD_FIELD: (p) => `Fältet ${p.field} i post ${p.record} har ett ogiltigt värde: "${p.value}".`,
  TAB_BREAKS_FIELD: (p) => `Ett tabbtecken i post ${p.record} förskjuter fältet ${p.field}.`,
  BAD_BANKGIRO: (p) => `Bankgironumret ${p.value} (${p.field}) är inte giltigt.`,
  CURRENCY_NOT_SEK: (p) => `Valutan är ${p.currency}; bara svenska kronor (SEK) tas emot.`,
  AMOUNT_TOO_LARGE: (p) => `Beloppet i fältet ${p.field} är för stort: ${p.value}.`,
  EXTRA_REFERENCE_SERIAL: (p) => `En extra referens har löpnummer ${p.actual} men hör till betalningen med löpnummer ${p.expected}.`,
  DEPOSIT_CURRENCY_MISMATCH: (p) => `Insättningen öppnas i ${p.opening} men avslutas i ${p.closing}.`,
  DEPOSIT_SUM_MISMATCH: (p, l) => `Insättningens summa (TK15) är ${money(p.statedOre, l)}, men betalningarna i den gör ${money(p.actualOre, l)}.`,
  DEPOSIT_COUNT_MISMATCH: (p) => `Insättningen (TK15) säger ${p.stated} betalningar, men den har ${p.actual}.`,
  CLOSING_COUNT_MISMATCH: (p, l) => `Slutposten (TK70) säger ${p.stated} ${word(counted, p.count, l)}, men filen har ${p.actual}.`,
  DEPOSIT_NOT_CLOSED: () => 'En insättning saknar sin slutpost (TK15).',
  MISSING_CLOSING: (p) => `Filen saknar slutposten (TK70): den tar slut efter rad ${p.lastLine}, är den avklippt?`,
  RECORD_AFTER_CLOSING: () => 'En post efter slutposten (TK70).',
  NOT_XML: (p, l) => `Filen är ${word(looksLike, p.looksLike, l)}, inte XML.`,
  NOT_UTF8: () => 'Filen ska vara UTF-8 men är det inte. Läs in filen som banken skickade den.',
  XML_ENCODING_UNSUPPORTED: (p) => `Teckenkodningen ${p.encoding} stöds inte.`,
  XML_DOCTYPE: () => 'Filen har en DOCTYPE- eller ENTITY-deklaration, som en bankfil aldrig har. Den läses inte (skydd mot XML-bomber).',
  XML_MALFORMED: (p) => `Filen är inte giltig XML (kolumn ${p.column}): ${p.detail}`,
  NOT_ISO20022: (p) => `Filen är inget ISO 20022-meddelande (rotelement ${p.root || '–'}, namnrymd ${p.namespace || '–'}).`,
  NOT_A_NOTIFICATION: (p) => `Filen är ett ${p.message}-meddelande, inte en avisering om inbetalningar (camt.054) eller ett kontoutdrag (camt.053).`,
  UNSUPPORTED_VERSION: (p) => `Versionen ${p.message} stöds inte; camt.053 och camt.054 läses i version 001.02 till 001.13.`,
  MISSING_ELEMENT: () => 'Ett obligatoriskt element saknas.',
  BAD_VALUE: (p, l) => `Värdet "${p.value}" är inte ${word(expected, p.expected, l)}.`,
  COUNT_MISMATCH: (p) => `Antalet är angivet till ${p.stated}, men filen har ${p.actual}.`,
  SUM_MISMATCH: (p, l) => `Summan är angiven till ${money(p.statedOre, l)}, men posterna gör ${money(p.actualOre, l)}.`,
  BALANCE_MISMATCH: (p, l) => `Ingående saldo ${money(p.openingOre, l)} och posterna ${money(p.movementOre, l)} blir inte utgående saldo ${money(p.closingOre, l)}.`,
  IDENTITY_CONFLICT: (p, l) => `Betalningen ${p.identity} är redan bokförd med ${money(p.bookedOre, l)} den ${p.bookedDate}, men filen säger ${money(p.fileOre, l)} den ${p.fileDate}. Fråga banken vilken som gäller.`,
};

const en: Record<FileErrorCode, Template> = {
  EMPTY_FILE: () => 'The file is empty.',
  TOO_MANY_ERRORS: (p) => `And ${p.more} more errors, not shown.`,
  NOT_BGMAX: (p, l) => `The file is ${word(looksLike, p.looksLike, l)}, not a BgMax file.`,
  NOT_LATIN1: () => 'The file is saved as UTF-8, but BgMax is Latin-1 (ISO 8859-1). Import the file as the bank sent it, without opening and saving it.',
  CONTROL_CHARACTER: (p) => `A control character (${p.char}) in column ${p.column}.`,
  EMPTY_LINE: () => 'An empty line inside the file.',
  LINE_TOO_LONG: (p) => `The line has ${p.length} characters; a BgMax record has at most ${p.maximum}.`,
  LINE_TOO_SHORT: (p) => `Record ${p.record} has ${p.length} characters; it needs at least ${p.minimum}.`,
  UNKNOWN_RECORD: (p) => `Unknown record type ${p.record}.`,
  UNEXPECTED_RECORD: (p) => (p.expected ? `Record ${p.record} cannot come here; record ${p.expected} is expected.` : `Record ${p.record} cannot come here.`),
  BAD_FIELD: (p) => `The field ${p.field} of record ${p.record} has an invalid value: "${p.value}".`,
  TAB_BREAKS_FIELD: (p) => `A TAB in record ${p.record} shifts the field ${p.field}.`,
  BAD_BANKGIRO: (p) => `The bankgiro number ${p.value} (${p.field}) is not valid.`,
  CURRENCY_NOT_SEK: (p) => `The currency is ${p.currency}; only Swedish kronor (SEK) are taken.`,
  AMOUNT_TOO_LARGE: (p) => `The amount in the field ${p.field} is too large: ${p.value}.`,
  EXTRA_REFERENCE_SERIAL: (p) => `An extra reference has serial ${p.actual} but belongs to the payment with serial ${p.expected}.`,
  DEPOSIT_CURRENCY_MISMATCH: (p) => `The deposit opens in ${p.opening} but closes in ${p.closing}.`,
  DEPOSIT_SUM_MISMATCH: (p, l) => `The deposit's sum (TK15) is ${money(p.statedOre, l)}, but its payments make ${money(p.actualOre, l)}.`,
  DEPOSIT_COUNT_MISMATCH: (p) => `The deposit (TK15) says ${p.stated} payments, but it has ${p.actual}.`,
  CLOSING_COUNT_MISMATCH: (p, l) => `The closing record (TK70) says ${p.stated} ${word(counted, p.count, l)}, but the file has ${p.actual}.`,
  DEPOSIT_NOT_CLOSED: () => 'A deposit lacks its closing record (TK15).',
  MISSING_CLOSING: (p) => `The file lacks its closing record (TK70): it ends after line ${p.lastLine}; is it cut short?`,
  RECORD_AFTER_CLOSING: () => 'A record after the closing record (TK70).',
  NOT_XML: (p, l) => `The file is ${word(looksLike, p.looksLike, l)}, not XML.`,
  NOT_UTF8: () => 'The file should be UTF-8 but is not. Import the file as the bank sent it.',
  XML_ENCODING_UNSUPPORTED: (p) => `The encoding ${p.encoding} is not supported.`,
  XML_DOCTYPE: () => 'The file has a DOCTYPE or ENTITY declaration, which a bank file never has. It is not read (a guard against XML bombs).',
  XML_MALFORMED: (p) => `The file is not valid XML (column ${p.column}): ${p.detail}`,
  NOT_ISO20022: (p) => `The file is no ISO 20022 message (root element ${p.root || '–'}, namespace ${p.namespace || '–'}).`,
  NOT_A_NOTIFICATION: (p) => `The file is a ${p.message} message, not a notification of incoming payments (camt.054) or a statement (camt.053).`,
  UNSUPPORTED_VERSION: (p) => `Version ${p.message} is not supported; camt.053 and camt.054 are read in versions 001.02 to 001.13.`,
  MISSING_ELEMENT: () => 'A required element is missing.',
  BAD_VALUE: (p, l) => `The value "${p.value}" is not ${word(expected, p.expected, l)}.`,
  COUNT_MISMATCH: (p) => `The count is stated as ${p.stated}, but the file has ${p.actual}.`,
  SUM_MISMATCH: (p, l) => `The sum is stated as ${money(p.statedOre, l)}, but the entries make ${money(p.actualOre, l)}.`,
  BALANCE_MISMATCH: (p, l) => `The opening balance ${money(p.openingOre, l)} and the entries ${money(p.movementOre, l)} do not make the closing balance ${money(p.closingOre, l)}.`,
  IDENTITY_CONFLICT: (p, l) => `The payment ${p.identity} is booked already with ${money(p.bookedOre, l)} on ${p.bookedDate}, but the file says ${money(p.fileOre, l)} on ${p.fileDate}. Ask the bank which is right.`,
};

const templates: Record<Language, Record<FileErrorCode, Template>> = { sv, en };

/** The error as a sentence; an unknown code (from a newer parser) is named as it is. */
export function fileErrorMessage(error: { code: string; params?: Params }, lang: Language): string {
  const template = templates[lang][error.code as FileErrorCode];
  return template ? template(error.params ?? {}, lang) : error.code;
}
