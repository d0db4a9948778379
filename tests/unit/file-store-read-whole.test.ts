import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DiskFileStore } from '../../server/files/disk-store.ts';
import { readWhole } from '../../server/files/store.ts';

const chunks = (...parts: string[]) => Readable.from(parts.map((p) => Buffer.from(p)));

describe('readWhole', () => {
  it('puts the chunks of a stored file into one buffer of its size', async () => {
    const whole = await readWhole({ body: chunks('TK01', 'BGMAX', '', '\r\n'), size: 11 });
    expect(whole.toString()).toBe('TK01BGMAX\r\n');
    expect(whole.length).toBe(11);
  });

  it('refuses a file longer or shorter than its size rather than cutting or padding it', async () => {
    await expect(readWhole({ body: chunks('TK01', 'BGMAX'), size: 6 })).rejects.toThrow('longer than its 6 bytes');
    await expect(readWhole({ body: chunks('TK01'), size: 9 })).rejects.toThrow('has 4 of its 9 bytes');
  });

  it('reads an empty file', async () => {
    expect((await readWhole({ body: chunks(), size: 0 })).length).toBe(0);
  });
});

describe('the disk store\'s bytes', () => {
  it('reads a file whole, and answers null for a key it does not have', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'store-bytes-'));
    try {
      const store = new DiskFileStore(dir);
      await store.put('bank-files/2026/en-fil', Buffer.from('TK01BGMAX'));
      expect((await store.bytes('bank-files/2026/en-fil'))?.toString()).toBe('TK01BGMAX');
      expect(await store.bytes('bank-files/2026/finns-inte')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
