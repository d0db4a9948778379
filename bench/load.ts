// The load generator, run in a process of its own (so it shares no event loop with a server): autocannon
// against one URL as fast as it answers, or users asking at a steady pace (`rate`), every 2xx response
// time kept, so the percentiles are exact and p95 is among them (autocannon's own summary has p90 and
// p97.5 but no p95). Prints one JSON line: a LoadResult.
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

export interface LoadRequest {
  url: string;
  method: 'GET' | 'POST';
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  body?: string;
  /**
   * Requests a second from all connections together: each connection a user who asks at a steady pace
   * (every connections ÷ rate seconds, the users spread evenly over that time), rather than again the
   * moment it is answered. Unset: as fast as the server answers (autocannon). Not autocannon's
   * overallRate, which sends each second's requests in one burst at the start of the second.
   */
  rate?: number;
}

export interface LoadResult {
  /** Answered with a 2xx. */
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p95: number;
  p97_5: number;
  p99: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
}

/** The value below which `p` percent of the sorted times lie (nearest rank). */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** A growing list of response times (ms). */
class Times {
  private values = new Float64Array(1 << 16);
  count = 0;
  add(ms: number): void {
    if (this.count === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.count++] = ms;
  }
  sorted(): Float64Array { return this.values.subarray(0, this.count).sort(); }
}

function summary(times: Times, seconds: number, rest: Pick<LoadResult, 'non2xx' | 'errors' | 'statusCodes'>): LoadResult {
  const sorted = times.sorted();
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    requests: times.count,
    rps: times.count / seconds,
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p95: round(percentile(sorted, 95)),
    p97_5: round(percentile(sorted, 97.5)),
    p99: round(percentile(sorted, 99)),
    ...rest,
  };
}

/**
 * Paced users (LoadRequest.rate) over keep-alive connections, one each. A response's time counts from
 * when its user meant to ask, so a server that falls behind shows it in the times instead of slowing
 * the asking (no coordinated omission).
 */
async function paced(request: LoadRequest & { rate: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: request.connections });
  const url = new URL(request.url);
  const period = (request.connections / request.rate) * 1000;
  const times = new Times();
  const statusCodes: Record<string, number> = {};
  let non2xx = 0;
  let errors = 0;
  const ask = () => new Promise<number>((resolve, reject) => {
    const req = http.request(url, { method: request.method, headers: request.headers, agent }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('error', reject);
    req.end(request.body);
  });
  const started = performance.now();
  const end = started + request.seconds * 1000;
  const user = async (offset: number) => {
    for (let due = started + offset; due < end; due += period) {
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      try {
        const status = await ask();
        statusCodes[status] = (statusCodes[status] ?? 0) + 1;
        if (status >= 200 && status <= 299) times.add(performance.now() - due);
        else non2xx++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: request.connections }, (_, i) => user((i * period) / request.connections)));
  agent.destroy();
  return summary(times, (performance.now() - started) / 1000, { non2xx, errors, statusCodes });
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2]!) as LoadRequest;
  if (request.rate) {
    process.stdout.write(`${JSON.stringify(await paced({ ...request, rate: request.rate }))}\n`);
    return;
  }
  const times = new Times();
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
      url: request.url,
      method: request.method,
      connections: request.connections,
      duration: request.seconds,
      headers: request.headers,
      ...(request.body ? { body: request.body } : {}),
    }, (error, result) => (error ? reject(error as Error) : resolve(result)));
  });
  instance!.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode <= 299) times.add(responseTime);
  });
  const result = await finished;
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat?.count ?? 0;
  process.stdout.write(`${JSON.stringify(summary(times, result.duration, { non2xx: result.non2xx, errors: result.errors, statusCodes }))}\n`);
}

if (process.argv[2]) await main();
