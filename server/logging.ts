// Errors as they are written to the log. A failed query keeps its statement but never its values: Drizzle
// (and PGlite) attach the parameters to the error and into its message, and PostgreSQL's detail repeats a
// row's values ("Key (email)=(…) already exists"). Those can be a person's name, an id or a secret, so
// only fields known to hold no values are kept, through the whole chain of causes.
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

/** For pino's serializers: every logged `err` goes through loggableError. */
export const logSerializers = { err: (error: Error) => loggableError(error) as LoggedError & { stack: string } };
