// Files in S3-compatible storage, through the real AWS SDK against s3rver on loopback (an S3
// implementation that checks request signatures), so several server instances can share files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { S3FileStore } from '../../server/files/s3-store.ts';

let s3: S3rver;
let directory: string;
let endpoint: string;
let t: TestApp;
beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'hyresportal-s3-'));
  s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'hyresportal' }] });
  const { port } = await s3.run();
  endpoint = `http://127.0.0.1:${port}`;
  t = await createTestApp({
    env: { LOGIN_RATE_LIMIT_MAX: '1000', S3_BUCKET: 'hyresportal', S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_PREFIX: 'bilagor' },
  });
});
afterAll(async () => {
  await t?.close();
  await s3?.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('files in S3-compatible storage', () => {
  it('keeps an upload in the bucket, serves it, and removes it when discarded', async () => {
    expect(t.config.files).toMatchObject({ provider: 's3', bucket: 'hyresportal', endpoint, forcePathStyle: true, prefix: 'bilagor/' });
    const lisa = new Client(t.app);
    await lisa.loginTenant('lunden', 'Lunden#2026');
    const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#3a6' } }).jpeg().toBuffer();
    const uploaded = await lisa.upload('/api/portal/uploads', photo, 'fasad.jpg');
    expect(uploaded.status, uploaded.raw).toBe(201);
    const file = uploaded.body.attachment;
    // nothing on local disk: the bucket has the photo and its thumbnail under the prefix
    expect(existsSync(path.join(t.config.dataDir, 'files'))).toBe(false);
    const inBucket = readdirSync(path.join(directory, 'hyresportal'), { recursive: true }).map(String);
    expect(inBucket.filter((f) => f.includes(file.id) && !f.endsWith('._S3rver_metadata.json') && !f.endsWith('._S3rver_object.md5'))).toHaveLength(2);

    const got = await lisa.get(file.url);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.bytes.length).toBe(file.size);
    expect((await sharp(got.bytes).metadata()).width).toBe(300);
    expect((await lisa.get(file.thumbnailUrl)).headers['content-type']).toBe('image/webp');

    expect((await lisa.delete(`/api/portal/uploads/${file.id}`)).status).toBe(204);
    expect((await lisa.get(file.url)).status).toBe(404);
  });

  it('answers null for a key the bucket does not have, and unknown keys are an error, not a missing file', async () => {
    const store = new S3FileStore({ provider: 's3', bucket: 'hyresportal', region: 'eu-north-1', endpoint, forcePathStyle: true, prefix: '', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
    expect(await store.get('2026/01/finns-inte')).toBeNull();
    await store.put('2026/01/en-fil', Buffer.from('%PDF-1.4'), 'application/pdf');
    const stored = await store.get('2026/01/en-fil');
    expect(stored?.size).toBe(8);
    stored?.body.resume();
    expect((await store.bytes('2026/01/en-fil'))?.toString()).toBe('%PDF-1.4');
    expect(await store.bytes('2026/01/finns-inte')).toBeNull();
    await store.delete('2026/01/en-fil');
    await store.delete('2026/01/en-fil'); // already gone: fine
    const wrong = new S3FileStore({ provider: 's3', bucket: 'hyresportal', region: 'eu-north-1', endpoint, forcePathStyle: true, prefix: '', accessKeyId: 'OKAND', secretAccessKey: 'fel' });
    await expect(wrong.put('2026/01/annan-fil', Buffer.from('%PDF-1.4'), 'application/pdf')).rejects.toThrow(/access key/i);
  });
});
