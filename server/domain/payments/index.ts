// The payment rules (issue 11): bank-file parsers and the rules of matching, debt, reminders, interest
// and the bookkeeping export. Pure functions, no I/O, no clock: bytes and ISO dates in, integer öre.
export * from './file-errors.ts';
export * from './sniff.ts';
export * from './incoming.ts';
export * from './bgmax.ts';
export * from './camt.ts';
export * from './matching.ts';
export * from './handling.ts';
export * from './debt.ts';
export * from './reminders.ts';
export * from './interest.ts';
export * from './sie.ts';
export * from './duplicates.ts';
export * from './camt-write.ts';
export * from './bgmax-write.ts';
export * from './import-report.ts';
export * from './sie-period.ts';
export * from './reference-rates.ts';
export * from './collection-settings.ts';
