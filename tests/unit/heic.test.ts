import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHeic, stopHeicWorkers } from '../../server/files/heic.ts';

const photo = readFileSync(path.resolve('tests/fixtures/photo-with-gps.heic'));
afterAll(async () => { await stopHeicWorkers(); });

describe('HEIC decoding (worker thread)', () => {
  it('gives the pixels of an iPhone-style HEIC photo', async () => {
    const decoded = await decodeHeic(photo, 60_000_000);
    expect(decoded).toMatchObject({ width: 64, height: 48 });
    expect(decoded.pixels.length).toBe(64 * 48 * 4);
  });

  it('refuses a photo with too many pixels before unpacking it', async () => {
    await expect(decodeHeic(photo, 64 * 48 - 1)).rejects.toThrow(/64x48 has more than 3071 pixels/);
  });
});
