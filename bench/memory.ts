// Issue 13's embedded mode on a small machine: the resident memory (RSS) of the server as `npm start`
// runs it (the esbuild bundle, PGlite in ./data), idle after a first start (migrations and the demo
// seed), idle after later starts on the same data, and at its peak while serving the tenant's Hem
// reads; beside its floor: Node with only PGlite opened on the same data with the same settings.
// Each figure is read from /proc 8 s after the server said it was ready.
import { spawn, type ChildProcess } from 'node:child_process';
import { benchPort, buildAsStartDoes, startServer, stopProcess } from './served-app.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGLITE_START_PARAMS } from '../server/db/client.ts';
import { load } from './floor.ts';
import { loginTenant } from './bench-app.ts';
import { parseConfig } from '../server/config.ts';
import { sessionCookieName } from '../server/http/session.ts';

const SETTLE_MS = 8000;
/** A second reading of each later start, once V8 has had time to give back what the start grew. */
const SETTLED_MS = 30_000;
const STARTS = Number(process.env.BENCH_ROUNDS ?? 3);

/** Resident and peak resident memory of a process, in MB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

function startEmbedded(dataDir: string, port: number): Promise<ChildProcess> {
  return startServer({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development' }, port);
}

/** A tenant's session and CSRF cookies (the embedded server's default cookie name). */
async function tenantCookie(base: string): Promise<string> {
  const { sid, csrfCookie } = await loginTenant(base, sessionCookieName(parseConfig({})));
  return `${sid}; ${csrfCookie}`;
}

const HEM = ['/api/session', '/api/portal/leases', '/api/portal/cases?view=current', '/api/portal/balance', '/api/portal/invoices?unpaid=true', '/api/portal/invoices?unpaid=false'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (v: number) => `${v.toFixed(0).padStart(5)} MB`;

export async function benchMemory(): Promise<string[]> {
  buildAsStartDoes();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hyresportal-memory-'));
  const port = benchPort();
  const rows: string[] = [`Embedded mode (PGlite), RSS ${SETTLE_MS / 1000} s after ready; goal: under 300 MB idle, under 400 MB while serving`];
  try {
    let server = await startEmbedded(dataDir, port);
    await sleep(SETTLE_MS);
    rows.push(`  first start (migrations, demo seed), idle  ${mb(memoryOf(server.pid!).rss)}`);
    await stopProcess(server);

    const idle: number[] = [];
    const settled: number[] = [];
    const serving: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      server = await startEmbedded(dataDir, port);
      await sleep(SETTLE_MS);
      idle.push(memoryOf(server.pid!).rss);
      await sleep(SETTLED_MS - SETTLE_MS);
      settled.push(memoryOf(server.pid!).rss);
      const cookie = await tenantCookie(`http://127.0.0.1:${port}`);
      for (const url of HEM) {
        const result = await load({ url: `http://127.0.0.1:${port}${url}`, method: 'GET', connections: 10, seconds: 2, headers: { cookie } });
        if (result.non2xx || result.errors) throw new Error(`${url}: ${JSON.stringify(result.statusCodes)}, ${result.errors} errors`);
      }
      serving.push(memoryOf(server.pid!).peak);
      await stopProcess(server);
    }
    rows.push(`  later starts, idle                         ${idle.map(mb).join(' ')}   median ${mb(median(idle))}`);
    rows.push(`  later starts, idle ${SETTLED_MS / 1000} s after ready          ${settled.map(mb).join(' ')}   median ${mb(median(settled))}`);
    rows.push(`  later starts, peak while serving Hem       ${serving.map(mb).join(' ')}   median ${mb(median(serving))}  (10 connections, 2 s a read)`);

    const floors: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      const floor = spawn(process.execPath, ['bench/memory-floor.mjs', path.join(dataDir, 'pglite'), JSON.stringify(PGLITE_START_PARAMS)], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve, reject) => {
        createInterface({ input: floor.stdout! }).once('line', () => resolve());
        floor.once('exit', (code) => reject(new Error(`the memory floor ended (${code})`)));
      });
      await sleep(SETTLE_MS);
      floors.push(memoryOf(floor.pid!).rss);
      await stopProcess(floor);
    }
    rows.push(`  floor: node + PGlite on the same data, idle ${floors.map(mb).join(' ')}   median ${mb(median(floors))}`);
    rows.push(`  app − floor, idle (medians)                ${mb(median(idle) - median(floors))}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}
