import { describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { ConfigError, parseConfig } from '../../server/config.ts';

const base = { DATA_DIR: tmpdir(), SESSION_SECRET: 's'.repeat(32) };
const problems = (env: Record<string, string>) => {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

describe('configuration', () => {
  it('has working defaults for trying the system out', () => {
    const config = parseConfig(base);
    expect(config).toMatchObject({ env: 'development', port: 3000, databaseUrl: null, databasePoolSize: 10, publicUrl: 'http://localhost:3000', demoData: true, jobsInWeb: true, sms: { provider: null } });
  });

  it('takes the web process\'s PostgreSQL pool size from DATABASE_POOL_SIZE, within bounds', () => {
    expect(parseConfig({ ...base, DATABASE_POOL_SIZE: '20' }).databasePoolSize).toBe(20);
    expect(problems({ ...base, DATABASE_POOL_SIZE: '0' })).toEqual(['DATABASE_POOL_SIZE must be a whole number from 1 to 500 (got "0")']);
  });

  it('starts the demo clock at CLOCK_START, and refuses it in production or when it is no instant', () => {
    expect(parseConfig({ ...base, CLOCK_START: '2027-01-28T09:00:00+01:00' }).clockStart?.toISOString()).toBe('2027-01-28T08:00:00.000Z');
    expect(parseConfig(base).clockStart).toBeNull();
    expect(problems({ ...base, CLOCK_START: 'tomorrow' })).toEqual(['CLOCK_START must be an instant such as 2027-01-28T09:00:00+01:00 (got "tomorrow")']);
    expect(problems({ ...base, NODE_ENV: 'production', CLOCK_START: '2027-01-28T09:00:00+01:00' })).toContain('CLOCK_START cannot be set in production: the clock there is the real one');
  });

  it('names every wrong value', () => {
    expect(problems({ ...base, PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'not a url', NODE_ENV: 'staging', SMS_PROVIDER: 'pigeon' })).toEqual([
      'NODE_ENV must be development, production or test (got "staging")',
      'PORT must be a whole number from 0 to 65535 (got "eighty")',
      'DATABASE_URL must start with postgres:// or postgresql://',
      'SMTP_URL is not a valid URL',
      'SMS_PROVIDER must be 46elks or twilio (got "pigeon")',
    ]);
  });

  it('names wrong values of every setting, not only the first ones read', () => {
    expect(problems({ ...base, SESSION_IDLE_MINUTES: '0', LOGIN_RATE_LIMIT_MAX: 'many', TRUST_PROXY: 'perhaps' })).toEqual([
      'SESSION_IDLE_MINUTES must be a whole number from 1 to 1440 (got "0")',
      'LOGIN_RATE_LIMIT_MAX must be a whole number from 1 to 1000000000 (got "many")',
      'TRUST_PROXY must be true or false (got "perhaps")',
    ]);
  });

  it('asks for the credentials of the chosen SMS provider', () => {
    expect(problems({ ...base, SMS_PROVIDER: '46elks' })).toEqual(['SMS_PROVIDER=46elks needs ELKS_API_USERNAME', 'SMS_PROVIDER=46elks needs ELKS_API_PASSWORD']);
    expect(parseConfig({ ...base, SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't' }).sms).toMatchObject({ provider: 'twilio', accountSid: 'AC1' });
  });

  it('refuses production without PostgreSQL, SMTP, a secret and a public URL, or with demo data', () => {
    expect(problems({ NODE_ENV: 'production', DEMO_DATA: 'true' })).toEqual([
      'NODE_ENV=production needs DATABASE_URL (the embedded database is for trying the system out)',
      'NODE_ENV=production needs SESSION_SECRET (at least 32 random characters)',
      'NODE_ENV=production needs SMTP_URL: the development mailbox is never used in production',
      'DEMO_DATA cannot be on in production: the demo logins are public',
      'NODE_ENV=production needs PUBLIC_URL (used in links in e-mail and SMS)',
    ]);
    const ok = parseConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', SESSION_SECRET: 's'.repeat(32), SMTP_URL: 'smtp://mail', PUBLIC_URL: 'https://hyra.exempel.se/' });
    expect(ok).toMatchObject({ demoData: false, publicUrl: 'https://hyra.exempel.se' });
  });
});
