// What the benches need to set a figure beside its floor: the statements the app runs for a request
// (captured from node-postgres), the floor server in a process of its own (bench/floor-server.ts), the
// load in another (bench/load.ts), and the A B A B comparison with its median ratios.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import pg from 'pg';
import type { CapturedStatement, FloorSetup } from './floor-server.ts';
import type { LoadRequest, LoadResult } from './load.ts';
import { cpuOfProcess } from './served-app.ts';

const run = promisify(execFile);
const tsx = ['--import', 'tsx'];

/**
 * The statements node-postgres sends while `during` runs (pg-boss's own are left out). Patches the
 * client's `query` for that time only, so the app under load runs unpatched.
 */
export async function captureStatements(during: () => Promise<void>): Promise<CapturedStatement[]> {
  const captured: CapturedStatement[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function capture(this: pg.Client, ...args: unknown[]) {
    const [config, values] = args as [string | { name?: string; text: string; values?: unknown[]; rowMode?: 'array' }, unknown[] | undefined];
    const statement = typeof config === 'string' ? { text: config } : config;
    if (!/pgboss/i.test(statement.text)) {
      captured.push({
        ...(statement.name ? { name: statement.name } : {}),
        text: statement.text,
        values: JSON.parse(JSON.stringify(Array.isArray(values) ? values : statement.values ?? [])) as unknown[],
        ...(statement.rowMode ? { rowMode: statement.rowMode } : {}),
      });
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await during();
  } finally {
    pg.Client.prototype.query = original;
  }
  return captured;
}

export interface Floor {
  address: string;
  /** Its CPU time so far, µs. */
  cpu: CpuMeter;
  stop: () => Promise<void>;
}

/** Starts bench/floor-server.ts in its own process with these routes; resolves with its address. */
export async function startFloor(setup: FloorSetup): Promise<Floor> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hyresportal-floor-'));
  const file = path.join(dir, 'setup.json');
  writeFileSync(file, JSON.stringify(setup));
  // With BENCH_PROFILE, the floor writes its CPU profile there when it stops (CPU.<date>.<pid>….cpuprofile).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, ...tsx, path.resolve('bench/floor-server.ts'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const address = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`the floor server ended (${code}) before it listened`)));
  });
  return {
    address,
    cpu: async () => cpuOfProcess(child.pid!),
    stop: async () => {
      const ended = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await ended;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One autocannon run from its own process (bench/load.ts). */
export async function load(request: LoadRequest): Promise<LoadResult> {
  const { stdout } = await run(process.execPath, [...tsx, path.resolve('bench/load.ts'), JSON.stringify(request)], { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout) as LoadResult;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A server's CPU time (user + system, µs) so far. */
export type CpuMeter = () => Promise<number>;

type Measured = LoadResult & { cpuPerRequest: number };

async function measured(request: LoadRequest, cpu: CpuMeter): Promise<Measured> {
  const before = await cpu();
  const result = await load(request);
  return { ...result, cpuPerRequest: (await cpu() - before) / Math.max(1, result.requests) };
}

export interface Comparison {
  floor: Measured[];
  app: Measured[];
  /** Medians over the rounds of app ÷ floor. */
  rpsRatio: number;
  p97_5Ratio: number;
  cpuRatio: number;
}

/** Floor and app loaded in turn, `rounds` times each (A B A B …): one run on a shared machine is noise. */
export async function compare(
  rounds: number, seconds: number,
  floor: { request: Omit<LoadRequest, 'seconds'>; cpu: CpuMeter },
  app: { request: Omit<LoadRequest, 'seconds'>; cpu: CpuMeter },
): Promise<Comparison> {
  const floorRuns: Measured[] = [];
  const appRuns: Measured[] = [];
  for (let i = 0; i < rounds; i++) {
    floorRuns.push(await measured({ ...floor.request, seconds }, floor.cpu));
    appRuns.push(await measured({ ...app.request, seconds }, app.cpu));
  }
  return {
    floor: floorRuns,
    app: appRuns,
    rpsRatio: median(appRuns.map((a, i) => a.rps / floorRuns[i]!.rps)),
    p97_5Ratio: median(appRuns.map((a, i) => a.p97_5 / floorRuns[i]!.p97_5)),
    cpuRatio: median(appRuns.map((a, i) => a.cpuPerRequest / floorRuns[i]!.cpuPerRequest)),
  };
}

const figures = (r: Measured) =>
  `${r.rps.toFixed(0).padStart(6)} ${[r.p50, r.p90, r.p95, r.p97_5, r.p99].map((v) => v.toFixed(1).padStart(5)).join(' ')} ${r.cpuPerRequest.toFixed(0).padStart(6)}${r.non2xx || r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`;

export const comparisonHeading = `${'scenario'.padEnd(40)} run     req/s   p50   p90   p95 p97.5   p99 (ms)  CPU µs/req (the server's)`;

/** The rows of one scenario: each run, then the medians' ratios. */
export function comparisonRows(name: string, c: Comparison): string[] {
  const rows: string[] = [];
  for (let i = 0; i < c.floor.length; i++) {
    rows.push(`${(i === 0 ? name : '').padEnd(40)} floor ${figures(c.floor[i]!)}`);
    rows.push(`${''.padEnd(40)} app   ${figures(c.app[i]!)}`);
  }
  rows.push(`${''.padEnd(40)} app ÷ floor (median): req/s ${c.rpsRatio.toFixed(2)} × (goal ≥ 0.85), p97.5 ${c.p97_5Ratio.toFixed(2)} × (goal ≤ 1.15), CPU a request ${c.cpuRatio.toFixed(2)} ×`);
  return rows;
}

/** The rows of a paced comparison (LoadRequest.rate): each run's p95 beside the floor's, and the rate reached. */
export function pacedRows(rate: number, c: Comparison): string[] {
  const rows: string[] = [];
  for (let i = 0; i < c.floor.length; i++) {
    rows.push(`${(i === 0 ? `  paced, ${rate} req/s in all` : '').padEnd(40)} floor ${figures(c.floor[i]!)}`);
    rows.push(`${''.padEnd(40)} app   ${figures(c.app[i]!)}`);
  }
  const p95 = median(c.app.map((a) => a.p95));
  const reached = Math.min(...c.app.map((a) => a.rps));
  rows.push(`${''.padEnd(40)} paced: app p95 ${p95.toFixed(1)} ms (median of the runs), floor ${median(c.floor.map((f) => f.p95)).toFixed(1)} ms; ` +
    `the app answered ${reached.toFixed(0)} of ${rate} req/s at least${reached < rate * 0.95 ? ' (it did not keep the pace: the latencies are a saturated run\'s)' : ''}`);
  return rows;
}
