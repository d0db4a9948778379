// What is wrong with a bank file, as data: a code, where (a BgMax line, an XML path or line), and the
// values a message needs. The caller puts it into Swedish or English words; the parsers never do.
// A file with any error is refused whole: a parser returns either everything or only errors.

export type FileErrorCode =
  // Any file
  | 'EMPTY_FILE'
  | 'TOO_MANY_ERRORS' //          { more }: errors after the first hundred are counted, not listed
  // BgMax (DOMAIN-SE.md §6)
  | 'NOT_BGMAX' //                { looksLike: 'pdf' | 'xml' | 'zip' | 'text' | 'binary' }
  | 'NOT_LATIN1' //               the bytes are UTF-8, BgMax is ISO-8859-1
  | 'CONTROL_CHARACTER' //        { column, char: 'U+0000' }
  | 'EMPTY_LINE'
  | 'LINE_TOO_LONG' //            { length, maximum: 80 }
  | 'LINE_TOO_SHORT' //           { record, length, minimum }
  | 'UNKNOWN_RECORD' //           { record }
  | 'UNEXPECTED_RECORD' //        { record, expected: '05, 70' }
  | 'BAD_FIELD' //                { record, field, value }
  | 'TAB_BREAKS_FIELD' //         { record, field }: a TAB, expanded to 8-column stops, left a field wrong
  | 'BAD_BANKGIRO' //             { field, value }
  | 'CURRENCY_NOT_SEK' //         { currency }
  | 'AMOUNT_TOO_LARGE' //         { field, value }
  | 'EXTRA_REFERENCE_SERIAL' //   { expected, actual }: a TK22/23 names another payment's serial
  | 'DEPOSIT_CURRENCY_MISMATCH' // { opening, closing }
  | 'DEPOSIT_SUM_MISMATCH' //     { statedOre, actualOre }: TK15 against Σ TK20 − Σ TK21
  | 'DEPOSIT_COUNT_MISMATCH' //   { stated, actual }: TK15 against count(TK20) + count(TK21)
  | 'CLOSING_COUNT_MISMATCH' //   { count: 'payments' | 'deductions' | 'extraReferences' | 'deposits', stated, actual }
  | 'DEPOSIT_NOT_CLOSED' //       a TK05 section without its TK15
  | 'MISSING_CLOSING' //          { lastLine }: no TK70, the file is cut
  | 'RECORD_AFTER_CLOSING'
  // ISO 20022 camt.053 / camt.054 (DOMAIN-SE.md §6.9)
  | 'NOT_XML' //                  { looksLike }
  | 'NOT_UTF8' //                 declared (or defaulted) UTF-8, but the bytes are not
  | 'XML_ENCODING_UNSUPPORTED' // { encoding }
  | 'XML_DOCTYPE' //              a DOCTYPE or ENTITY declaration: refused (no entity expansion)
  | 'XML_MALFORMED' //            { column, detail }
  | 'NOT_ISO20022' //             { root, namespace }
  | 'NOT_A_NOTIFICATION' //       { message: 'camt.052.001.02' | 'pain.001.001.03' | … }
  | 'UNSUPPORTED_VERSION' //      { message }
  | 'MISSING_ELEMENT' //          the element at `path` is required and absent
  | 'BAD_VALUE' //                { value, expected: 'amount' | 'date' | 'CRDT or DBIT' | … }
  | 'COUNT_MISMATCH' //           { stated, actual }
  | 'SUM_MISMATCH' //             { statedOre, actualOre }
  | 'BALANCE_MISMATCH' //         { openingOre, movementOre, closingOre }
  // Against the ledger (decision 0015), found by the import, not the parser
  | 'IDENTITY_CONFLICT'; //       { identity, bookedOre, bookedDate, fileOre, fileDate }: a booked payment's reference with another amount or date

export interface FileError {
  code: FileErrorCode;
  /** 1-based line of a BgMax record, or of an XML syntax error. */
  line?: number;
  /** The XML path of the element, e.g. Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[2]/Amt. */
  path?: string;
  params: Record<string, string | number>;
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; errors: FileError[] };

export const MAX_LISTED_ERRORS = 100;

/** Collects errors for one file, listing the first hundred and counting the rest. */
export class ErrorList {
  readonly errors: FileError[] = [];
  private more = 0;

  add(code: FileErrorCode, where: { line?: number; path?: string }, params: Record<string, string | number> = {}): void {
    if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push({ code, ...where, params });
    else this.more += 1;
  }

  /** Another list's errors after these, as if they had been added here (a part of the file read apart). */
  append(other: ErrorList): void {
    for (const e of other.errors) this.add(e.code, { ...(e.line !== undefined ? { line: e.line } : {}), ...(e.path !== undefined ? { path: e.path } : {}) }, e.params);
    this.more += other.more;
  }

  get empty(): boolean {
    return this.errors.length === 0;
  }

  /** The list to hand back: the errors, and how many more there were. */
  result<T>(): FileResult<T> {
    const errors = this.more > 0 ? [...this.errors, { code: 'TOO_MANY_ERRORS' as const, params: { more: this.more } }] : this.errors;
    return { ok: false, errors };
  }
}

export function fail<T>(code: FileErrorCode, where: { line?: number; path?: string } = {}, params: Record<string, string | number> = {}): FileResult<T> {
  return { ok: false, errors: [{ code, ...where, params }] };
}
