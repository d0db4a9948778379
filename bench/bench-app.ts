// The app as the benches run it: built on a migrated, seeded database, listening on a free port, logging
// at `info` as in production (to /dev/null, so the terminal costs nothing), with a logged-in tenant.
import pino from 'pino';
import { tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app.ts';
import { parseConfig, type Config } from '../server/config.ts';
import type { Database } from '../server/db/client.ts';
import { createFileStore } from '../server/files/store.ts';
import { startJobs, type Jobs } from '../server/jobs/queue.ts';
import { jobDefinitions } from '../server/jobs/index.ts';
import { sessionCookieName } from '../server/http/session.ts';
import { logDestination } from '../server/logging.ts';
import { systemClock } from '../server/clock.ts';

export interface BenchApp {
  app: FastifyInstance;
  config: Config;
  address: string;
  /** The tenant's cookies (session and CSRF) and CSRF token, as the browser holds them. */
  tenant: { cookie: string; csrfCookie: string; csrfToken: string; sessionToken: string };
  stop: () => Promise<void>;
}

export async function startBenchApp(database: Database): Promise<BenchApp> {
  const config = parseConfig({
    NODE_ENV: 'test', DATA_DIR: tmpdir(), SESSION_SECRET: 'bench-secret-0123456789-0123456789-xx', LOGIN_RATE_LIMIT_MAX: '100000000',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
  });
  const files = createFileStore(config.files);
  const silent = pino({ level: 'silent' });
  const definitions = jobDefinitions({ db: database.db, config, transports: { email: null, sms: null, devMailbox: true }, files, clock: systemClock, logger: silent, jobs: () => jobs });
  const jobs: Jobs = await startJobs(database, silent, { work: false, definitions });
  const logStream = logDestination('/dev/null');
  const app = await buildApp({ config, database, db: database.db, jobs, files, clock: systemClock }, { logStream });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });

  const { sid, csrfCookie, csrfToken } = await loginTenant(address, sessionCookieName(config));

  return {
    app, config, address,
    tenant: { cookie: `${sid}; ${csrfCookie}`, csrfCookie, csrfToken, sessionToken: sid.slice(sid.indexOf('=') + 1) },
    stop: async () => {
      await app.close();
      await jobs.stop();
      // The log stream is left open (it writes to /dev/null): a handler whose client autocannon already
      // dropped may still finish after close and log, and a closed stream would throw at that.
    },
  };
}

/** Café Lunden's tenant logged in as the browser does (a CSRF token first): its session and CSRF cookies. */
export async function loginTenant(address: string, cookieName: string): Promise<{ sid: string; csrfCookie: string; csrfToken: string }> {
  const first = await fetch(`${address}/api/session`);
  const csrfCookie = first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const login = await fetch(`${address}/api/auth/login/tenant`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ username: 'lunden', password: 'Lunden#2026' }),
  });
  const sid = login.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${cookieName}=`));
  if (!sid) throw new Error(`the bench's tenant could not log in (${login.status})`);
  return { sid, csrfCookie, csrfToken };
}
