// `npm run demo:reset` on the embedded database, as a person runs it (only PGlite: the postgres
// project leaves *.pglite.test.ts out).
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openPglite } from '../../server/db/client.ts';

const run = promisify(execFile);

describe('demo:reset', () => {
  it('loads the demo data again and removes the files of the attachments it deleted', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'hyresportal-reset-'));
    try {
      const old = path.join(dataDir, 'files', '2026', '11', 'gammal');
      mkdirSync(path.dirname(old), { recursive: true });
      writeFileSync(old, 'bytes of an attachment from before');
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/cli/demo-reset.ts'], {
        env: { ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
      });
      expect(stdout).toContain('The demo data is loaded again.');
      expect(existsSync(path.join(dataDir, 'files', '2026'))).toBe(false);
      // The demo's digitally signed leases have their PDF again, and only those files are there.
      expect(existsSync(path.join(dataDir, 'files', 'demo', 'hyresavtal-100101'))).toBe(true);
      const database = await openPglite(dataDir);
      try {
        const { rows } = await database.executeSql("select count(*)::int as n from tenant_users where username in ('lunden', 'bygg')");
        expect(rows).toEqual([{ n: 2 }]);
      } finally {
        await database.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
