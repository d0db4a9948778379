// Named prepared statements, built once per database handle: node-postgres prepares a name once per
// connection and PostgreSQL reuses its plan (docs/decisions/0009-prepared-statements.md). A statement
// also gets its rows mapped by a function made for it once, instead of by Drizzle's general mapper,
// which asks what each field is on every cell (docs/decisions/0034-rows-and-instants-on-the-hot-reads.md).
import { Column, DrizzleQueryError, fillPlaceholders, getTableName, is, noopDecoder, NoopLogger, SQL } from 'drizzle-orm';
import { NoopCache } from 'drizzle-orm/cache/core';
import { NodePgPreparedQuery } from 'drizzle-orm/node-postgres';
import { PgTimestamp } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';
import { parsePgTimestamptz } from '../domain/instants.ts';

const statements = new WeakMap<Db, Map<string, unknown>>();

/** The statement called `name` on `db`, built by `build` the first time it is asked for. */
export function prepared<T>(db: Db, name: string, build: () => T): T {
  let byName = statements.get(db);
  if (!byName) statements.set(db, (byName = new Map()));
  let statement = byName.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build();
    compileRowMapping(statement);
    byName.set(name, statement);
  }
  return statement;
}

/** What Drizzle's prepared query holds about its result (node-postgres' and PGlite's alike). */
interface DrizzlePreparedQuery {
  fields?: { path: string[]; field: unknown }[];
  /** For a select with joins: per table, whether its columns are never null (not left-joined). */
  joinsNotNullableMap?: Record<string, boolean>;
  customResultMapper?: (rows: unknown[][]) => unknown;
}

type Decode = (value: unknown) => unknown;

/** How one field's value comes out of the driver; null when it comes out as it is. */
function decoderOf(field: unknown): Decode | null {
  // SQL's decoder (`mapWith`) is internal to Drizzle, as its own mapper reads it.
  const decoderOfSql = (s: SQL) => (s as unknown as { decoder: unknown }).decoder;
  const decoder = is(field, Column) ? field
    : is(field, SQL) ? decoderOfSql(field)
    : is(field, SQL.Aliased) ? decoderOfSql(field.sql)
    : null;
  if (decoder === null) throw new Error('not a column or SQL');
  // A timestamp with time zone read as a Date: the same instant Drizzle's `new Date(text)` gives, parsed
  // without the general date parser (the text is always PostgreSQL's ISO output).
  if (is(decoder, PgTimestamp) && decoder.withTimezone) return (value) => (typeof value === 'string' ? parsePgTimestamptz(value) : value);
  const map = (decoder as { mapFromDriverValue?: Decode }).mapFromDriverValue;
  if (typeof map !== 'function' || isIdentity(map)) return null;
  return (value) => map.call(decoder, value);
}

// Drizzle's base Column (text, uuid, enum, boolean … inherit it) and SQL's no-op decoder return the value
// unchanged: no call is made for them.
const identities = new Set<unknown>([Column.prototype.mapFromDriverValue, noopDecoder.mapFromDriverValue]);
const isIdentity = (map: Decode) => identities.has(map);

/**
 * Gives a Drizzle prepared select a row mapper made once for its fields: an object literal of one shape
 * (with an object of one shape for each nested one), each value decoded as Drizzle would. Drizzle makes a
 * nested object of a left-joined table null when all its columns are; a select where that could happen
 * (or nested deeper than one level) is left to Drizzle.
 */
export function compileRowMapping(statement: unknown): void {
  const query = statement as DrizzlePreparedQuery;
  if (!query || typeof query !== 'object' || !Array.isArray(query.fields) || query.customResultMapper) return;
  const { fields, joinsNotNullableMap } = query;
  if (fields.some((f) => f.path.length < 1 || f.path.length > 2)) return;
  const nullable = (field: unknown) => joinsNotNullableMap !== undefined && is(field, Column) && !joinsNotNullableMap[getTableName(field.table)];
  if (fields.some((f) => f.path.length === 2 && nullable(f.field))) return;
  let decoders: (Decode | null)[];
  try {
    decoders = fields.map((f) => decoderOf(f.field));
  } catch {
    return;
  }
  // The keys are our own field names, quoted by JSON.stringify; the values are read by index. Keys come
  // in the order Drizzle's own mapper first meets them.
  const value = (i: number) => (decoders[i] ? `r[${i}] === null ? null : d[${i}](r[${i}])` : `r[${i}]`);
  const top = new Map<string, string[]>();
  fields.forEach((f, i) => {
    const [key, sub] = f.path as [string, string?];
    if (!top.has(key)) top.set(key, []);
    top.get(key)!.push(sub === undefined ? value(i) : `${JSON.stringify(sub)}: ${value(i)}`);
  });
  const body = [...top].map(([key, parts]) => {
    const nested = fields.some((f) => f.path[0] === key && f.path.length === 2);
    return `${JSON.stringify(key)}: ${nested ? `{ ${parts.join(', ')} }` : parts[0]!}`;
  }).join(',\n');
  const row = new Function('d', `return function row(r) { return {\n${body}\n}; };`)(decoders) as (r: unknown[]) => unknown;
  const mapRows = (rows: unknown[][]) => {
    const out = new Array<unknown>(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = row(rows[i]!);
    return out;
  };
  query.customResultMapper = mapRows;
  runDirectly(statement, mapRows);
}

/** What node-postgres' prepared query of Drizzle holds to run itself. */
interface NodePgQuery {
  client: { query(config: unknown, params: unknown[]): Promise<{ rows: unknown[][] }> };
  queryConfig: { text: string };
  params: unknown[];
  logger: unknown;
  cache: unknown;
  execute: (values?: Record<string, unknown>) => Promise<unknown[]>;
}

/**
 * On node-postgres, the statement runs straight on its pool (or transaction's client) instead of through
 * Drizzle's execute, which wraps each query in three tracing spans and a cache lookup we do not use
 * (promises and closures on every request). Its values are filled and its errors wrapped as Drizzle does,
 * so a failed query looks the same in the log. Not when a Drizzle logger or cache is set.
 */
function runDirectly(statement: unknown, mapRows: (rows: unknown[][]) => unknown[]): void {
  if (!is(statement, NodePgPreparedQuery)) return;
  const query = statement as unknown as NodePgQuery;
  if (!is(query.logger, NoopLogger) || !(query.cache === undefined || is(query.cache, NoopCache))) return;
  const { client, queryConfig } = query;
  query.execute = async (values = {}) => {
    const params = fillPlaceholders(query.params, values);
    let result;
    try {
      result = await client.query(queryConfig, params);
    } catch (error) {
      throw new DrizzleQueryError(queryConfig.text, params, error as Error);
    }
    return mapRows(result.rows);
  };
}
