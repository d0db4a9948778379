// A timestamptz column read as the API's ISO text (`2026-12-01T10:00:00.123Z`), for a read that only
// shows the instant: PostgreSQL's text is rewritten as it comes, with no Date made and formatted again
// (server/domain/instants.ts isoFromPgTimestamptz).
import { sql, type Column, type SQL } from 'drizzle-orm';
import { isoFromPgTimestamptz, type IsoInstant } from '../domain/instants.ts';

type Iso<C extends Column> = C['_']['notNull'] extends true ? IsoInstant : IsoInstant | null;

export function isoInstantOf<C extends Column>(column: C): SQL<Iso<C>> {
  // Drizzle decodes no null: a null column stays null.
  return sql`${column}`.mapWith(isoFromPgTimestamptz) as SQL<Iso<C>>;
}
