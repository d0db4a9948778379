// `column = any($1)` with the values as ONE array parameter: a lookup of 50,000 identities or OCRs is
// one statement with one parameter, where inArray binds one parameter per value (PostgreSQL allows
// 65,535, and building and sending them costs more than the index lookups). Both drivers (pg, PGlite)
// send a JavaScript array as a PostgreSQL array.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

export function anyOf(column: SQLWrapper, values: readonly string[], type: 'text' | 'uuid' = 'text'): SQL {
  return sql`${column} = any(${sql.param([...values])}::${sql.raw(type)}[])`;
}
