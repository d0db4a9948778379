// A bank file's bytes read whole by the parser its first bytes call for (BgMax, or camt.054/053):
// its format, its own message id and its payments, or every error that refuses it.
import { bgmaxPayments, parseBgmax, parseCamt, sniffFileKind, type FileError, type IncomingPayment } from '../../domain/payments/index.ts';

export type BankFileFormat = 'bgmax' | 'camt.053' | 'camt.054';

export type ReadBankFile =
  | { ok: true; format: BankFileFormat; messageId: string; payments: IncomingPayment[] }
  | { ok: false; format: BankFileFormat | null; errors: FileError[] };

/** What the bytes look like when they are no bank file at all (a PDF, a picture, a spreadsheet), else null. */
export function notABankFile(bytes: Uint8Array): 'empty' | 'pdf' | 'zip' | 'binary' | 'text' | null {
  const kind = sniffFileKind(bytes);
  return kind === 'bgmax' || kind === 'xml' ? null : kind;
}

export function readBankFile(bytes: Uint8Array): ReadBankFile {
  if (sniffFileKind(bytes) === 'bgmax') {
    const parsed = parseBgmax(bytes);
    if (!parsed.ok) return { ok: false, format: 'bgmax', errors: parsed.errors };
    return { ok: true, format: 'bgmax', messageId: `BGMAX ${parsed.value.writtenAt}`, payments: bgmaxPayments(parsed.value) };
  }
  const parsed = parseCamt(bytes);
  if (!parsed.ok) return { ok: false, format: null, errors: parsed.errors };
  return { ok: true, format: parsed.value.message, messageId: parsed.value.messageId, payments: parsed.value.payments };
}
