// The billing rules (issue 10): pure functions, no I/O, each file one rule citing DOMAIN-SE.md.
export * from './luhn.ts';
export * from './ocr.ts';
export * from './calendar.ts';
export * from './holidays.ts';
export * from './periods.ts';
export * from './rounding.ts';
export * from './vat.ts';
export * from './rows.ts';
export * from './status.ts';
export * from './invoice-number.ts';
export * from './giro.ts';
export * from './ocr-line.ts';
export * from './uqr.ts';
export * from './kpi-index.ts';
