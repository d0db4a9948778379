// Errors as they are written to the log. A failed query keeps its statement but never its values: Drizzle
// (and PGlite) attach the parameters to the error and into its message, and PostgreSQL's detail repeats a
// row's values ("Key (email)=(…) already exists"). Those can be a person's name, an id or a secret, so
// only fields known to hold no values are kept, through the whole chain of causes.
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { Config } from './config.ts';

const KEPT = ['code', 'severity', 'routine', 'constraint', 'schema', 'table', 'column', 'dataType', 'position', 'errno', 'syscall', 'statusCode'] as const;
const MAX_CAUSES = 5;

/** The message without values: Drizzle's "params: …" line, and a value PostgreSQL quotes at the end. */
export function messageWithoutValues(message: string): string {
  return message
    .replace(/\nparams: [\s\S]*$/, '')
    .replace(/: "(?:[^"\\]|\\.)*"$/, ': "[value]"'); // invalid input syntax for type uuid: "…"
}

export interface LoggedError {
  type: string;
  message: string;
  stack?: string;
  /** The statement of a failed query, with its $1 … placeholders, not their values. */
  query?: string;
  cause?: LoggedError;
  [field: string]: unknown;
}

/** An error in a form safe to log: what went wrong and where, no values. Anything else is left as it is. */
export function loggableError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return error;
  const e = error as Error & Record<string, unknown>;
  const type = e.constructor?.name ?? e.name;
  const message = messageWithoutValues(e.message);
  const logged: LoggedError = { type, message };
  // The stack's first lines repeat the message (with the values): keep only the frames.
  if (e.stack) logged.stack = [`${e.name}: ${message}`, ...e.stack.split('\n').filter((line) => /^\s+at /.test(line))].join('\n');
  if (typeof e.query === 'string') logged.query = e.query;
  for (const key of KEPT) if (e[key] !== undefined && typeof e[key] !== 'object') logged[key] = e[key];
  if (e.cause !== undefined && depth < MAX_CAUSES) logged.cause = loggableError(e.cause, depth + 1) as LoggedError;
  return logged;
}

/**
 * For pino's serializers: every logged `err` goes through loggableError; a request and a reply are logged
 * by the fields named here only. No header is among them, so a cookie, an Authorization or a CSRF token
 * never reaches the log and there is nothing to redact (no redaction pass on every line).
 */
export const logSerializers = {
  err: (error: Error) => loggableError(error) as LoggedError & { stack: string },
  req: (request: FastifyRequest) => ({ method: request.method, url: request.url, host: request.host, remoteAddress: request.ip }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
};

/**
 * One line a request, when it has been answered: method, URL, status, time and the request id. Fastify's
 * own are two, one on arrival and one on answering; its other lines (a stream error, a 503 while closing)
 * stay as they are.
 */
export class OneLineRequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else if ((reply.log as unknown as Logger).isLevelEnabled('info')) writeCompletedLine(reply.log as unknown as PinoInternals, request, reply);
  }
}

/** What pino keeps of a logger: its stream and its bindings as JSON text (`,"pid":…,"reqId":"…"`). */
interface PinoInternals {
  [pino.symbols.streamSym]: { write(line: string): void };
  [pino.symbols.chindingsSym]: string;
}

const json = JSON.stringify;

/**
 * The line `reply.log.info({ req, res, responseTime }, 'request completed')` writes, written as pino
 * would write it (the same keys in the same order, the time as pino's default, the serializers' fields),
 * without pino's general path: on the busiest reads that path was a tenth of the framework's work a
 * request. The logger has no hooks, formatters or mixins that the general path would apply;
 * tests/integration/request-log.test.ts holds the two lines side by side.
 */
function writeCompletedLine(log: PinoInternals, request: FastifyRequest, reply: FastifyReply): void {
  const { method, url, host, remoteAddress } = logSerializers.req(request);
  // The log's time is the machine's, as pino's own (epochTime), not the business clock's.
  // eslint-disable-next-line no-restricted-syntax
  const time = Date.now();
  log[pino.symbols.streamSym].write(
    `{"level":30,"time":${time}${log[pino.symbols.chindingsSym]},"req":{"method":${json(method)},"url":${json(url)},"host":${json(host)},"remoteAddress":${json(remoteAddress)}},"res":{"statusCode":${reply.statusCode}},"responseTime":${json(reply.elapsedTime)},"msg":"request completed"}\n`,
  );
}

/**
 * Where log lines go: written a few at a time, not one write a line (decision 0035). A write starts once
 * 3 KB are waiting, and at least once a second; each is at most 4 KB of whole lines (a pipe's atomic
 * size, so another process's lines on the same pipe never land inside one of ours). The writes are
 * synchronous: an asynchronous one still under way when the process exits would land after the last
 * lines, or not at all. What is waiting is written when the process exits; only a kill -9 loses up to
 * a second of lines.
 */
export function logDestination(dest: number | string): DestinationStream {
  const destination = pino.destination({ dest, sync: true, minLength: 3072, maxWrite: 4096, periodicFlush: 1000 });
  if (destinations.size === 0) process.once('exit', flushAtExit);
  destinations.add(new WeakRef(destination));
  return destination;
}

/** Every destination made, flushed by one exit listener (a destination since collected is passed over). */
const destinations = new Set<WeakRef<ReturnType<typeof pino.destination>>>();

function flushAtExit(): void {
  for (const ref of destinations) {
    try {
      ref.deref()?.flushSync();
    } catch {
      // A closed stdout or file: nothing more can be written to it anyway.
    }
  }
}

let stdoutLog: DestinationStream | undefined;

/**
 * The process's log output: pretty lines for a developer at a terminal, else JSON lines to stdout
 * through one shared destination, so the web server's and the jobs' lines keep their order.
 */
export function logOutput(config: Config): Pick<LoggerOptions, 'transport'> & { stream?: DestinationStream } {
  if (config.env === 'development' && process.stdout.isTTY) return { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } };
  return { stream: (stdoutLog ??= logDestination(1)) };
}
