// The embedded database's memory settings (decision 0026): PGlite started with our parameters, its own
// defaults kept (single user, no parallel workers) and shared_buffers at 16 MB instead of 128 MB; and a
// first start that seeds the demo reopens it, so the seed's growth of its memory is not kept.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { openPglite } from '../../server/db/client.ts';
import { openAndPrepareDatabase } from '../../server/boot.ts';
import { parseConfig } from '../../server/config.ts';
import { systemClock } from '../../server/clock.ts';

const dirs: string[] = [];
const scratch = () => { const dir = mkdtempSync(path.join(tmpdir(), 'hyresportal-memory-')); dirs.push(dir); return dir; };
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

const setting = async (database: Awaited<ReturnType<typeof openPglite>>, name: string) =>
  ((await database.db.execute(sql`select current_setting(${name}) as value`)) as unknown as { rows: { value: string }[] }).rows[0]!.value;

describe('the embedded database', () => {
  it('runs with 16 MB of shared buffers and PGlite\'s own single-user settings', async () => {
    const database = await openPglite(scratch());
    try {
      expect(await setting(database, 'shared_buffers')).toBe('16MB');
      expect(await setting(database, 'work_mem')).toBe('4MB');
      expect(await setting(database, 'max_parallel_workers_per_gather')).toBe('0');
      expect(await setting(database, 'search_path')).toBe('public');
    } finally {
      await database.close();
    }
  });

  it('a first start seeds the demo and then serves from a database opened afresh, with the demo in it', async () => {
    const config = parseConfig({ NODE_ENV: 'development', DATA_DIR: scratch(), SESSION_SECRET: 'memory-test-secret-0123456789-0123456789' });
    const { database, seeded } = await openAndPrepareDatabase(config, pino({ level: 'silent' }), { seed: true, clock: systemClock });
    try {
      expect(seeded).toBe(true);
      const rows = (await database.db.execute(sql`select count(*)::int as n from customers`)) as unknown as { rows: { n: number }[] };
      expect(rows.rows[0]!.n).toBeGreaterThan(3);
      expect(await setting(database, 'shared_buffers')).toBe('16MB');
    } finally {
      await database.close();
    }
  });
});
