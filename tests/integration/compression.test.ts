// Compression: the web app's files as the build precompressed them, API answers above the threshold as
// they are sent, and nothing compressed twice or when the browser did not ask for it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESS_THRESHOLD } from '../../server/http/compression.ts';
import { Client } from '../support/client.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// A build as vite.config.ts's precompress() leaves it: each text file with its .br and .gz beside it.
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `hyresavi ${i}`))};\n`;
const html = `<!doctype html><html lang="sv"><head><title>Mina sidor</title><script type="module" src="/assets/index-abc123.js"></script></head><body>${'<p>Hyresavier</p>'.repeat(100)}</body></html>`;
// The precompressed copies say which was sent: they are what the build wrote, not what the server made.
const marker = (text: string, kind: string) => `${text}<!-- ${kind} -->`;

let webRoot: string;
let t: TestApp;
let tenant: Client;
beforeAll(async () => {
  webRoot = mkdtempSync(path.join(tmpdir(), 'hyresportal-web-'));
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(path.join(webRoot, 'index.html'), html);
  writeFileSync(path.join(webRoot, 'index.html.br'), brotliCompressSync(marker(html, 'br')));
  writeFileSync(path.join(webRoot, 'index.html.gz'), gzipSync(marker(html, 'gz')));
  writeFileSync(path.join(webRoot, 'assets', 'index-abc123.js'), script);
  writeFileSync(path.join(webRoot, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(path.join(webRoot, 'assets', 'index-abc123.js.gz'), gzipSync(script));
  t = await createTestApp({ webRoot });
  tenant = new Client(t.app);
  await tenant.loginTenant();
});
afterAll(async () => {
  await t?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) => t.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });
const varyOf = (headers: Record<string, unknown>) => String(headers.vary ?? '').toLowerCase();

describe('the web app, precompressed at build', () => {
  it('sends an asset as brotli to a browser that takes it, gzip to one that takes only that, and raw to one that takes neither', async () => {
    const br = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(varyOf(br.headers)).toContain('accept-encoding');
    expect(br.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.rawPayload.length).toBeLessThan(script.length / 3);

    const gz = await get('/assets/index-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const raw = await get('/assets/index-abc123.js');
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body).toBe(script);
  });

  it('sends the start page and a client route as the build compressed them, never revalidated from cache', async () => {
    for (const url of ['/', '/avier']) {
      const br = await get(url, 'br, gzip');
      expect(br.headers['content-encoding'], url).toBe('br');
      expect(br.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(br.rawPayload).toString(), url).toBe(marker(html, 'br'));
    }
    const gz = await get('/', 'gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(marker(html, 'gz'));
  });
});

describe('API answers', () => {
  it(`compresses an answer above ${COMPRESS_THRESHOLD} bytes as it is sent, brotli first`, async () => {
    const plain = await tenant.get('/api/portal/invoices?unpaid=false');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.raw.length).toBeGreaterThan(COMPRESS_THRESHOLD);

    const br = await tenant.request('GET', '/api/portal/invoices?unpaid=false', undefined, { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(varyOf(br.headers)).toContain('accept-encoding');
    expect(JSON.parse(brotliDecompressSync(br.bytes).toString())).toEqual(plain.body);
    expect(br.bytes.length).toBeLessThan(plain.raw.length / 2);

    const gz = await tenant.request('GET', '/api/portal/invoices?unpaid=false', undefined, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.bytes).toString())).toEqual(plain.body);
  });

  it('sends a small answer, an error and a PDF as they are', async () => {
    const small = await get('/api/ready', 'br, gzip');
    expect(small.statusCode).toBe(200);
    expect(small.rawPayload.length).toBeLessThan(COMPRESS_THRESHOLD);
    expect(small.headers['content-encoding']).toBeUndefined();

    const error = await get('/api/no-such-thing', 'br, gzip');
    expect(error.statusCode).toBe(404);
    expect(error.headers['content-encoding']).toBeUndefined();
    expect(error.json().error.code).toBe('NOT_FOUND');

    const invoices = (await tenant.get('/api/portal/invoices?unpaid=false')).body.invoices as { id: string }[];
    const pdf = await tenant.request('GET', `/api/portal/invoices/${invoices[0]!.id}/pdf`, undefined, { 'accept-encoding': 'br, gzip' });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-encoding']).toBeUndefined();
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('takes no compressed request body (no client of ours sends one): a 4xx in our words, nothing stored', async () => {
    const before = (await tenant.get('/api/portal/cases?view=current')).body.cases.length as number;
    const body = gzipSync(JSON.stringify({ title: 'Läckande kran', description: 'Droppar.', category: 'plumbing', leaseId: null, rentalObjectId: null, spaceId: null, attachmentIds: [] }));
    const sent = await tenant.request('POST', '/api/portal/cases', body, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(sent.status).toBeGreaterThanOrEqual(400);
    expect(sent.status).toBeLessThan(500);
    expect(typeof sent.body.error.message).toBe('string');
    expect((await tenant.get('/api/portal/cases?view=current')).body.cases.length).toBe(before);
  });
});
