// The load generator, run in a process of its own (so it shares no event loop with a server): autocannon
// against one URL, every 2xx response time kept, so the percentiles are exact and p95 is among them
// (autocannon's own summary has p90 and p97.5 but no p95). Prints one JSON line: a LoadResult.
import autocannon from 'autocannon';

export interface LoadRequest {
  url: string;
  method: 'GET' | 'POST';
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  body?: string;
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

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2]!) as LoadRequest;
  let times = new Float64Array(1 << 16);
  let count = 0;
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
    if (statusCode < 200 || statusCode > 299) return;
    if (count === times.length) {
      const bigger = new Float64Array(times.length * 2);
      bigger.set(times);
      times = bigger;
    }
    times[count++] = responseTime;
  });
  const result = await finished;
  const sorted = times.subarray(0, count).sort();
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat?.count ?? 0;
  const answer: LoadResult = {
    requests: count,
    rps: count / result.duration,
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p95: round(percentile(sorted, 95)),
    p97_5: round(percentile(sorted, 97.5)),
    p99: round(percentile(sorted, 99)),
    non2xx: result.non2xx,
    errors: result.errors,
    statusCodes,
  };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

if (process.argv[2]) await main();
