// The request log: one line a request, when it is answered, with what it was and how it went, and never a
// cookie, an Authorization header or a CSRF token (the serializers name the fields logged; no redaction).
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';

const lines: Record<string, any>[] = [];
const texts: string[] = [];
const stream = new Writable({ write(chunk, _encoding, done) { for (const l of String(chunk).split('\n')) if (l) { texts.push(l); lines.push(JSON.parse(l)); } done(); } });
// The line is written once the answer has gone out, which can be just after inject has it.
const linesOf = async (reqId: string) => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  return lines.filter((l) => l.reqId === reqId);
};

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ env: { LOG_LEVEL: 'info' }, logStream: stream }); });
afterAll(async () => { await t?.close(); });

describe('the request log', () => {
  it('has one line a request, with method, URL, status, time and the request id (health probes only at warn)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/landlord' });
    const id = String(res.headers['x-request-id']);
    const logged = await linesOf(id);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 30, msg: 'request completed', req: { method: 'GET', url: '/api/landlord' }, res: { statusCode: 200 }, responseTime: expect.any(Number) });
    const probe = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(await linesOf(String(probe.headers['x-request-id']))).toEqual([]);
  });

  it("is, to the character, the line pino writes for the same fields (written without pino's general path)", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/landlord?q=%22citat%22&x=\u00e5', headers: { host: 'hyror.example.se:8443' } });
    const reqId = String(res.headers['x-request-id']);
    await linesOf(reqId);
    const ours = texts.find((l) => JSON.parse(l).reqId === reqId)!;
    const { req, res: reply, responseTime } = JSON.parse(ours);
    expect(req).toEqual({ method: 'GET', url: '/api/landlord?q=%22citat%22&x=%C3%A5', host: 'hyror.example.se:8443', remoteAddress: '127.0.0.1' });
    t.app.log.child({ reqId }).info({ req: { method: req.method, url: req.url, host: req.host, ip: req.remoteAddress }, res: { statusCode: reply.statusCode }, responseTime }, 'request completed');
    const pinos = texts.at(-1)!;
    const timeless = (line: string) => line.replace(/"time":\d+,/, '"time":0,');
    expect(pinos).not.toBe(ours);
    expect(timeless(ours)).toBe(timeless(pinos));
  });

  it('has a refusal on the line before it, under the same id', async () => {
    const res = await new Client(t.app).get('/api/portal/leases');
    expect(res.status).toBe(401);
    const logged = await linesOf(String(res.headers['x-request-id']));
    expect(logged.map((l) => l.msg)).toEqual(['request refused', 'request completed']);
    expect(logged[1]).toMatchObject({ res: { statusCode: 401 } });
  });

  it('never holds the session cookie, an Authorization header or the CSRF token', async () => {
    const c = new Client(t.app);
    await c.loginTenant('lunden', 'Lunden#2026');
    const sid = c.cookie('sid')!;
    const res = await c.request('PATCH', '/api/portal/me', { name: 'Lisa Lund' }, { authorization: 'Bearer hemlig-nyckel-123' });
    expect(res.status).toBe(200);
    const csrf = (await c.get('/api/session')).body.csrfToken as string;
    const text = JSON.stringify(lines);
    expect(sid.length).toBeGreaterThan(20);
    expect(text).not.toContain(sid);
    expect(text).not.toContain('hemlig-nyckel-123');
    expect(text).not.toContain(csrf);
    expect(text).not.toContain(c.cookie('csrf')!);
  });

  it("takes the proxy's request id when it is a sane one, and makes its own otherwise", async () => {
    const given = await t.app.inject({ method: 'GET', url: '/api/landlord', headers: { 'x-request-id': 'lb-4711-abc' } });
    expect(given.headers['x-request-id']).toBe('lb-4711-abc');
    expect(await linesOf('lb-4711-abc')).toHaveLength(1);
    const insane = await t.app.inject({ method: 'GET', url: '/api/landlord', headers: { 'x-request-id': 'a b\nc' } });
    const own = await t.app.inject({ method: 'GET', url: '/api/landlord' });
    expect(insane.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
    expect(own.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
    expect(own.headers['x-request-id']).not.toBe(insane.headers['x-request-id']);
  });
});
