// The security headers every answer carries, in full: an HTML page, an API answer (and an API error) and
// a static asset, over http and behind https (where HSTS and upgrade-insecure-requests join them).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const CSP = "default-src 'self';base-uri 'self';font-src 'self';form-action 'self';frame-ancestors 'none';img-src 'self' data: blob:;"
  + "object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self';connect-src 'self'";

const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

const SECURE_HEADERS = {
  ...SECURITY_HEADERS,
  'content-security-policy': CSP.replace("style-src 'self';", "style-src 'self';upgrade-insecure-requests;"),
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
};

// What an answer carries besides the security headers, by kind.
const OTHER = new Set(['x-request-id', 'content-type', 'content-length', 'content-language', 'date', 'connection', 'cache-control',
  'accept-ranges', 'last-modified', 'etag', 'vary', 'content-encoding', 'set-cookie']);

let webRoot: string;
let plain: TestApp;
let secure: TestApp;
beforeAll(async () => {
  webRoot = mkdtempSync(path.join(tmpdir(), 'hyresportal-web-'));
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><html lang="sv"><title>Mina sidor</title></html>');
  writeFileSync(path.join(webRoot, 'assets', 'index-abc123.js'), 'console.log("hej");');
  plain = await createTestApp({ webRoot });
  secure = await createTestApp({ webRoot, env: { PUBLIC_URL: 'https://minasidor.exempel.se' } });
});
afterAll(async () => {
  await plain?.close();
  await secure?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const answers = [
  { kind: 'the start page', url: '/', status: 200, type: 'text/html; charset=utf-8' },
  { kind: 'a page of the web app', url: '/portal/avier', status: 200, type: 'text/html; charset=utf-8' },
  { kind: 'a static asset', url: '/assets/index-abc123.js', status: 200, type: 'application/javascript; charset=utf-8' },
  { kind: 'an API answer', url: '/api/health', status: 200, type: 'application/json; charset=utf-8' },
  { kind: 'an API error', url: '/api/no-such-thing', status: 404, type: 'application/json; charset=utf-8' },
];

describe('security headers', () => {
  for (const a of answers) {
    it(`are the full set on ${a.kind}, over http`, async () => {
      const res = await plain.app.inject({ method: 'GET', url: a.url });
      expect(res.statusCode).toBe(a.status);
      expect(res.headers['content-type']).toBe(a.type);
      const security = Object.fromEntries(Object.entries(res.headers).filter(([name]) => !OTHER.has(name)));
      expect(security).toEqual(SECURITY_HEADERS);
    });

    it(`are the full set on ${a.kind}, with HSTS behind https`, async () => {
      const res = await secure.app.inject({ method: 'GET', url: a.url });
      expect(res.statusCode).toBe(a.status);
      const security = Object.fromEntries(Object.entries(res.headers).filter(([name]) => !OTHER.has(name)));
      expect(security).toEqual(SECURE_HEADERS);
    });
  }

  it('come with a request id on every answer', async () => {
    const [one, two] = await Promise.all([plain.app.inject({ url: '/api/health' }), plain.app.inject({ url: '/assets/index-abc123.js' })]);
    expect(one.headers['x-request-id']).toMatch(/^[\w-]{1,64}$/);
    expect(two.headers['x-request-id']).toMatch(/^[\w-]{1,64}$/);
    expect(one.headers['x-request-id']).not.toBe(two.headers['x-request-id']);
  });
});
