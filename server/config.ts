// The one place that reads process.env: parsed once at boot, fails fast with a clear message.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type SmsProvider = '46elks' | 'twilio';

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | null;
  /** The web process's PostgreSQL connections at most (DATABASE_POOL_SIZE); pg-boss keeps its own few. */
  databasePoolSize: number;
  sessionSecret: string;
  session: { idleMinutes: number; absoluteHours: number };
  mail: { smtpUrl: string | null; from: string };
  sms:
    | { provider: null }
    | { provider: '46elks'; username: string; password: string; from: string; apiUrl: string }
    | { provider: 'twilio'; accountSid: string; authToken: string; from: string; apiUrl: string };
  jobsInWeb: boolean;
  demoData: boolean;
  /** The demo's clock starts here instead of now (CLOCK_START); never in production. */
  clockStart: Date | null;
  logLevel: string;
  trustProxy: boolean;
  loginRateLimit: { max: number; windowSeconds: number };
  /** Uploads per user (pictures are decoded and encoded again: CPU work worth bounding). */
  uploadRateLimit: { max: number; windowSeconds: number };
  /** Where attachments are kept: on disk under DATA_DIR/files, or in S3-compatible storage. */
  files:
    | { provider: 'disk'; dir: string }
    | { provider: 's3'; bucket: string; region: string; endpoint: string | null; forcePathStyle: boolean; prefix: string; accessKeyId: string | null; secretAccessKey: string | null };
  /** A folder the jobs look in every minute for bank files to import (BANK_FILES_DIR); null: none. */
  bankFilesDir: string | null;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type Env = Record<string, string | undefined>;

export function parseConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const str = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : null;
  };
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = str(name);
    if (raw === null) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean) => {
    const raw = str(name);
    if (raw === null) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };
  const url = (name: string, protocols: string[]) => {
    const raw = str(name);
    if (raw === null) return null;
    try {
      const u = new URL(raw);
      if (!protocols.includes(u.protocol)) {
        problems.push(`${name} must start with ${protocols.map((p) => p + '//').join(' or ')}`);
      }
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return raw;
  };

  const nodeEnv = str('NODE_ENV') ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
  }
  const envName = (['development', 'production', 'test'].includes(nodeEnv) ? nodeEnv : 'development') as Config['env'];
  const production = envName === 'production';

  const port = int('PORT', 3000, 0, 65535);
  const host = str('HOST') ?? 'localhost';
  const publicUrl = (url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const dataDir = path.resolve(str('DATA_DIR') ?? './data');
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const smtpUrl = url('SMTP_URL', ['smtp:', 'smtps:']);

  let sessionSecret = str('SESSION_SECRET');
  if (sessionSecret !== null && sessionSecret.length < 32) {
    problems.push('SESSION_SECRET must be at least 32 characters');
  }

  const sms = parseSms(str, problems);

  if (production) {
    if (!databaseUrl) problems.push('NODE_ENV=production needs DATABASE_URL (the embedded database is for trying the system out)');
    if (!sessionSecret) problems.push('NODE_ENV=production needs SESSION_SECRET (at least 32 random characters)');
    if (!smtpUrl) problems.push('NODE_ENV=production needs SMTP_URL: the development mailbox is never used in production');
    if (str('DEMO_DATA') && bool('DEMO_DATA', false)) problems.push('DEMO_DATA cannot be on in production: the demo logins are public');
    if (!str('PUBLIC_URL')) problems.push('NODE_ENV=production needs PUBLIC_URL (used in links in e-mail and SMS)');
  }
  const session = {
    idleMinutes: int('SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    absoluteHours: int('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
  };
  const loginRateLimit = {
    max: int('LOGIN_RATE_LIMIT_MAX', 10, 1, 1_000_000_000),
    windowSeconds: int('LOGIN_RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86400),
  };
  const uploadRateLimit = {
    max: int('UPLOAD_RATE_LIMIT_MAX', 60, 1, 1_000_000_000),
    windowSeconds: int('UPLOAD_RATE_LIMIT_WINDOW_SECONDS', 600, 1, 86400),
  };
  const databasePoolSize = int('DATABASE_POOL_SIZE', 10, 1, 500);
  const jobsInWeb = databaseUrl ? bool('JOBS_IN_WEB', true) : true;
  const trustProxy = bool('TRUST_PROXY', false);
  const demoData = bool('DEMO_DATA', !production);
  const clockStartText = str('CLOCK_START');
  const clockStart = clockStartText ? new Date(clockStartText) : null;
  if (clockStart && Number.isNaN(clockStart.getTime())) problems.push(`CLOCK_START must be an instant such as 2027-01-28T09:00:00+01:00 (got "${clockStartText}")`);
  if (clockStart && production) problems.push('CLOCK_START cannot be set in production: the clock there is the real one');
  const files = parseFiles(str, bool, url, problems, dataDir);
  const bankFilesDirText = str('BANK_FILES_DIR');
  const bankFilesDir = bankFilesDirText ? path.resolve(bankFilesDirText) : null;
  // Every value is read above this line, so that one run names every problem.
  if (problems.length) throw new ConfigError(problems);

  if (!sessionSecret) sessionSecret = developmentSecret(dataDir);

  return {
    env: envName,
    port,
    host,
    publicUrl,
    dataDir,
    databaseUrl,
    databasePoolSize,
    sessionSecret,
    session,
    mail: { smtpUrl, from: str('MAIL_FROM') ?? 'Fastighets AB Exempel <no-reply@exempel.se>' },
    sms,
    jobsInWeb,
    demoData: production ? false : demoData,
    clockStart,
    logLevel: str('LOG_LEVEL') ?? (envName === 'test' ? 'silent' : 'info'),
    trustProxy,
    loginRateLimit,
    uploadRateLimit,
    files,
    bankFilesDir,
  };
}

function parseFiles(
  str: (n: string) => string | null, bool: (n: string, fallback: boolean) => boolean, url: (n: string, protocols: string[]) => string | null,
  problems: string[], dataDir: string,
): Config['files'] {
  const bucket = str('S3_BUCKET');
  const endpoint = url('S3_ENDPOINT', ['http:', 'https:']);
  const accessKeyId = str('S3_ACCESS_KEY_ID');
  const secretAccessKey = str('S3_SECRET_ACCESS_KEY');
  const forcePathStyle = bool('S3_FORCE_PATH_STYLE', endpoint !== null);
  const region = str('S3_REGION') ?? 'eu-north-1';
  const prefix = (str('S3_PREFIX') ?? '').replace(/^\/+|\/+$/g, '');
  if (!bucket) {
    if (endpoint || accessKeyId || secretAccessKey) problems.push('S3_ENDPOINT and the S3 keys need S3_BUCKET (without it, files are kept under DATA_DIR)');
    return { provider: 'disk', dir: path.join(dataDir, 'files') };
  }
  // Without keys the AWS SDK's own chain is used (AWS_* variables, instance or task roles).
  if ((accessKeyId === null) !== (secretAccessKey === null)) problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: give both or neither');
  return { provider: 's3', bucket, region, endpoint, forcePathStyle, prefix: prefix ? `${prefix}/` : '', accessKeyId, secretAccessKey };
}

function parseSms(str: (n: string) => string | null, problems: string[]): Config['sms'] {
  const provider = str('SMS_PROVIDER');
  const from = str('SMS_FROM') ?? 'Exempel';
  if (!/^[A-Za-z][A-Za-z0-9]{2,10}$|^\+[1-9]\d{6,14}$/.test(from)) {
    problems.push('SMS_FROM must be 3-11 letters or digits starting with a letter, or a phone number in E.164 (+46...)');
  }
  const need = (name: string) => {
    const v = str(name);
    if (!v) problems.push(`SMS_PROVIDER=${provider} needs ${name}`);
    return v ?? '';
  };
  if (provider === null) return { provider: null };
  if (provider === '46elks') {
    return {
      provider,
      username: need('ELKS_API_USERNAME'),
      password: need('ELKS_API_PASSWORD'),
      from,
      apiUrl: str('ELKS_API_URL') ?? 'https://api.46elks.com/a1',
    };
  }
  if (provider === 'twilio') {
    return {
      provider,
      accountSid: need('TWILIO_ACCOUNT_SID'),
      authToken: need('TWILIO_AUTH_TOKEN'),
      from,
      apiUrl: str('TWILIO_API_URL') ?? 'https://api.twilio.com/2010-04-01',
    };
  }
  problems.push(`SMS_PROVIDER must be 46elks or twilio (got "${provider}")`);
  return { provider: null };
}

/** Outside production a secret is generated once and kept in DATA_DIR, so sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, '.session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
