// Bank files as the back office shows them: the list of imports, one import's status, progress and
// report, and a refused file's errors in the asker's language.
import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Nullable, StringEnum } from '../http/schemas.ts';
import type { Language } from '../i18n/language.ts';
import { swedishDate } from '../domain/dates.ts';
import { fileErrorMessage } from '../i18n/bank-file-errors.ts';
import type { BankFileWithReceiver, unmatchedOfFile } from '../repositories/bank-files.ts';
import type { BankFileError } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

export const BankFileStatusView = StringEnum(['queued', 'importing', 'done', 'refused', 'failed'], {
  description: 'queued: waiting for the import job; importing; done: booked, see the report; refused: malformed, nothing booked, see errors; failed: the import gave up after its retries',
});
export const BankFileFormatView = StringEnum(['bgmax', 'camt.053', 'camt.054']);

const Counts = Type.Object({
  payments: Type.Integer({ description: 'Payments in the file' }),
  matched: Type.Integer({ description: 'Booked payments that paid at least one invoice' }),
  split: Type.Integer({ description: 'Of those, the ones that paid several invoices' }),
  credit: Type.Integer({ description: "Payments that left money as the customer's credit" }),
  unmatched: Type.Integer({ description: 'Payments waiting in the queue' }),
  duplicates: Type.Integer({ description: 'Payments booked already (this or another file), not booked again' }),
  bookedOre: Type.Integer(),
});

export const BankFileView = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  format: Nullable(BankFileFormatView),
  source: StringEnum(['upload', 'api', 'folder']),
  status: BankFileStatusView,
  sizeBytes: Type.Integer(),
  receivedAt: Type.String({ format: 'date-time' }),
  receivedBy: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  startedAt: Nullable(Type.String({ format: 'date-time' })),
  finishedAt: Nullable(Type.String({ format: 'date-time' })),
  progress: Type.Object({ done: Type.Integer(), total: Type.Integer({ description: '0 until the file is read' }) }, { description: 'Payments dealt with of those in the file' }),
  failure: Nullable(Type.String({ description: 'Why the last attempt failed (the import retries; failed when it gives up)' })),
  counts: Nullable(Counts),
});

export const BankFileErrorView = Type.Object({
  code: Type.String(),
  line: Nullable(Type.Integer({ description: "A BgMax record's line, or an XML syntax error's" })),
  path: Nullable(Type.String({ description: 'The XML path of the element, e.g. Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[2]/Amt' })),
  message: Type.String({ description: 'The reason in words, in the language of Accept-Language' }),
});

export const BankFileReportView = Type.Object({
  ...Counts.properties,
  creditOre: Type.Integer(),
  creditUsedOre: Type.Integer({ description: "Customers' credit used on their open invoices after the booking" }),
  unmatchedOre: Type.Integer(),
  duplicateOre: Type.Integer(),
  lumpSums: Type.Integer({ description: 'camt.053 deposits as one sum: not booked, their camt.054 books the payments' }),
  lumpSumsWaiting: Type.Integer({ description: 'Of those, the ones whose camt.054 has not come' }),
  deposits: Type.Array(Type.Object({ reference: Type.String(), date: IsoDate, count: Type.Integer(), totalOre: Type.Integer() })),
  duplicateList: Type.Array(Type.Object({
    identity: Type.String(), date: IsoDate, amountOre: Type.Integer(), by: StringEnum(['identity', 'fingerprint']),
    bankFileId: Nullable(Type.String({ description: 'The file it was booked from' })),
  }), { description: 'The first 100' }),
  lumpSumList: Type.Array(Type.Object({ reference: Type.String(), date: IsoDate, amountOre: Type.Integer(), bookedInDetail: Type.Boolean() }), { description: 'The first 100' }),
});

export const UnmatchedPaymentView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  paidOn: IsoDate,
  amountOre: Type.Integer(),
  leftOre: Type.Integer({ description: 'What still waits in the queue' }),
  reference: Nullable(Type.String()),
  payerName: Nullable(Type.String()),
  reason: Type.String({ description: 'no_reference, invalid_reference, unknown_reference, deduction, return, currency_not_sek, not_positive, several_customers' }),
});

export const BankFileDetailView = Type.Object({
  ...BankFileView.properties,
  report: Nullable(BankFileReportView),
  errors: Type.Array(BankFileErrorView),
  unmatchedPayments: Type.Array(UnmatchedPaymentView, { description: "The file's payments in the queue, the first 200" }),
});

export const BankFileListView = Type.Object({ bankFiles: Type.Array(BankFileView) });
export const BankFileResponseView = Type.Object({ bankFile: BankFileDetailView });
export const BankFileReceivedView = Type.Object({
  bankFile: BankFileView,
  alreadyImported: Type.Boolean({ description: 'The same bytes were received before: this is that import, nothing is booked again' }),
  message: Type.String({ description: 'What happened, in words' }),
});

export function presentBankFile(found: BankFileWithReceiver): Static<typeof BankFileView> {
  const { file } = found;
  const report = file.report;
  return {
    id: file.id, fileName: file.fileName, format: file.format, source: file.source as 'upload' | 'api' | 'folder', status: file.status, sizeBytes: file.sizeBytes,
    receivedAt: file.receivedAt.toISOString(),
    receivedBy: file.receivedBy && found.receivedByName ? { id: file.receivedBy, name: found.receivedByName } : null,
    startedAt: file.startedAt?.toISOString() ?? null,
    finishedAt: file.finishedAt?.toISOString() ?? null,
    progress: { done: file.paymentsDone, total: file.paymentsTotal },
    failure: file.failure,
    counts: report
      ? { payments: report.payments, matched: report.matched, split: report.split, credit: report.credit, unmatched: report.unmatched, duplicates: report.duplicates, bookedOre: report.bookedOre }
      : null,
  };
}

/** A refused file's errors with the reason in words, in the asker's language. */
export function presentFileErrors(errors: BankFileError[], lang: Language): Static<typeof BankFileErrorView>[] {
  return errors.map((e) => ({ code: e.code, line: e.line ?? null, path: e.path ?? null, message: fileErrorMessage(e, lang) }));
}

/** Where an error is and why, as one sentence: "Rad 3: Raden har 81 tecken …". */
export function fileErrorSentence(error: Static<typeof BankFileErrorView>, lang: Language): string {
  const where = error.line !== null ? `${lang === 'sv' ? 'Rad' : 'Line'} ${error.line}` : error.path;
  return where ? `${where}: ${error.message}` : error.message;
}

/**
 * The refusal of a malformed file (422): the reason (the first error) in words, and in `details` the
 * refused file's id and every error with its line or XML path.
 */
export function bankFileRefusal(bankFileId: string, errors: BankFileError[], lang: Language): AppError {
  const listed = presentFileErrors(errors, lang);
  return new AppError('BANK_FILE_REFUSED', { count: listed.length, first: listed[0] ? fileErrorSentence(listed[0], lang) : '' }, { details: { bankFileId, errors: listed } });
}

export function presentBankFileDetail(
  found: BankFileWithReceiver, unmatched: Awaited<ReturnType<typeof unmatchedOfFile>>, lang: Language,
): Static<typeof BankFileDetailView> {
  return {
    ...presentBankFile(found),
    report: found.file.report,
    errors: presentFileErrors(found.file.errors, lang),
    unmatchedPayments: unmatched.map((p) => ({ ...p, reason: p.reason ?? '' })),
  };
}

/** What an upload did, in words. */
export function receivedMessage(alreadyImported: boolean, found: BankFileWithReceiver, lang: Language): string {
  const date = swedishDate(found.file.receivedAt);
  if (alreadyImported) {
    return lang === 'sv'
      ? `Filen är redan inläst (${found.file.fileName}, mottagen ${date}). Inget bokades en gång till.`
      : `The file has been imported already (${found.file.fileName}, received ${date}). Nothing was booked again.`;
  }
  return lang === 'sv' ? 'Filen är mottagen och läses in.' : 'The file is received and being imported.';
}
