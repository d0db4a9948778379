export * from './rules.ts';
export * from './quantity.ts';
export * from './applies.ts';
export * from './status.ts';
export * from './next-period.ts';
