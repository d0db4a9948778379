// Only for the embedded database: the postgres project leaves *.pglite.test.ts out.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPglite } from '../../server/db/client.ts';
import { DataDirLockedError } from '../../server/db/lock.ts';

describe('the embedded database', () => {
  it('refuses a second opener of the same data directory with a clear message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hyresportal-lock-'));
    const first = await openPglite(dir);
    try {
      const second = openPglite(dir);
      await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(second).rejects.toThrow(/in use by another process/);
    } finally {
      await first.close();
    }
    const again = await openPglite(dir);
    await again.close();
  });
});
