// The server as `npm start` runs it, for the benches that measure it from outside (decision 0037): the
// web and server bundles built as the start script builds them, then `node <the start script's flags>
// dist/server/main.mjs` in a process of its own, asked when it is ready, its CPU read from /proc.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startNodeFlags } from './start-flags.ts';
import { loginTenant } from './bench-app.ts';
import { parseConfig } from '../server/config.ts';
import { sessionCookieName } from '../server/http/session.ts';

/** `npm start`'s builds (each skipped when current), before a bench starts the bundle. */
export function buildAsStartDoes(): void {
  for (const script of ['scripts/build-web.mjs', 'scripts/build-server.mjs']) {
    const built = spawnSync(process.execPath, [script], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error(`${script} failed`);
  }
}

/**
 * dist/server/main.mjs started with `npm start`'s Node flags (and BENCH_SERVER_FLAGS before them), its
 * settings in `env` beside this process's; resolves once GET /api/ready answers 200. Its stdout (the log)
 * goes to /dev/null. With BENCH_PROFILE=<folder>, it writes a CPU profile there when it stops.
 */
export async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const flags = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, ...profile, ...startNodeFlags(), 'dist/server/main.mjs'], {
    env: { ...process.env, ...env, PORT: String(port), PUBLIC_URL: `http://localhost:${port}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`the server ended (${child.exitCode}) before it was ready`);
    if (waited > 120_000) {
      await stopProcess(child);
      throw new Error('the server was not ready within 2 minutes');
    }
    const ready = await fetch(`http://127.0.0.1:${port}/api/ready`).then((r) => r.ok, () => false);
    if (ready) return child;
    await sleep(100);
  }
}

/** SIGTERM, and the process's end (the server's own shutdown: it closes its pool and writes its profile). */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await ended;
}

/** A port for a bench's server, away from the ones the machine's services and the tests use. */
export const benchPort = (): number => 40000 + Math.floor(Math.random() * 20000);

const ticksPerSecond = (() => {
  const got = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  return Number(got.stdout?.trim()) || 100;
})();

/** A process's CPU time so far (user + system, µs), from /proc/<pid>/stat (Linux; clock ticks, 10 ms). */
export function cpuOfProcess(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command's name in parentheses (which may hold spaces): utime and stime are the
  // 14th and 15th of the whole line, the 12th and 13th after ") ".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1e6;
}

export interface ServedApp {
  address: string;
  /** The demo tenant's session and CSRF cookies on this server. */
  cookie: string;
  /** Its CPU time so far, µs. */
  cpu: () => Promise<number>;
  stop: () => Promise<void>;
}

/**
 * The web server alone (JOBS_IN_WEB=false, as beside a worker) on a filled PostgreSQL database, with a
 * pool of `poolSize`, logging at `info` as in production, and the demo tenant logged in. NODE_ENV is
 * development because production refuses the demo's logins; nothing on a read's path looks at it.
 */
export async function startServedApp(databaseUrl: string, poolSize: number): Promise<ServedApp> {
  buildAsStartDoes();
  const port = benchPort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hyresportal-served-'));
  const env = {
    DATA_DIR: dataDir, NODE_ENV: 'development', DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: String(poolSize), JOBS_IN_WEB: 'false', DEMO_DATA: 'false',
    HOST: '127.0.0.1', SESSION_SECRET: 'bench-secret-0123456789-0123456789-xx', LOGIN_RATE_LIMIT_MAX: '100000000', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
  };
  const child = await startServer(env, port).catch((error: unknown) => { rmSync(dataDir, { recursive: true, force: true }); throw error; });
  const stop = async () => { await stopProcess(child); rmSync(dataDir, { recursive: true, force: true }); };
  try {
    const address = `http://127.0.0.1:${port}`;
    const { sid, csrfCookie } = await loginTenant(address, sessionCookieName(parseConfig({ ...env, PORT: String(port), PUBLIC_URL: `http://localhost:${port}` })));
    return { address, cookie: `${sid}; ${csrfCookie}`, cpu: async () => cpuOfProcess(child.pid!), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
