export * from './landlord.ts';
export * from './users.ts';
export * from './platform.ts';
export * from './cases.ts';
export * from './billing.ts';
export * from './options.ts';
