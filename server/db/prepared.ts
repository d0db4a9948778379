// Named prepared statements, built once per database handle: node-postgres prepares a name once per
// connection and PostgreSQL reuses its plan (docs/decisions/0009-prepared-statements.md).
import type { Db } from './client.ts';

const statements = new WeakMap<Db, Map<string, unknown>>();

/** The statement called `name` on `db`, built by `build` the first time it is asked for. */
export function prepared<T>(db: Db, name: string, build: () => T): T {
  let byName = statements.get(db);
  if (!byName) statements.set(db, (byName = new Map()));
  let statement = byName.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build();
    byName.set(name, statement);
  }
  return statement;
}
