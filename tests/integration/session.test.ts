import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { sessions } from '../../server/db/schema/index.ts';
import { fixedClock } from '../../server/clock.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } }); });
afterAll(async () => { await t?.close(); });

describe('logging in and out', () => {
  it('logs a tenant in by username, case-insensitively, and out again', async () => {
    const c = new Client(t.app);
    const before = await c.get('/api/session');
    expect(before.body.user).toBeNull();
    expect(before.body.csrfToken).toEqual(expect.any(String));

    const login = await c.post('/api/auth/login/tenant', { username: 'LUNDEN', password: 'Lunden#2026' });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ kind: 'tenant', username: 'lunden', customer: { name: 'Café Lunden AB' } });
    expect(login.raw).not.toMatch(/argon2|password/i);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/sid=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/);

    expect((await c.get('/api/session')).body.user).toMatchObject({ kind: 'tenant', username: 'lunden' });
    const out = await c.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect((await c.get('/api/session')).body.user).toBeNull();
    expect((await c.get('/api/portal/leases')).status).toBe(401);
  });

  it('logs staff in by e-mail, password and a one-time code', async () => {
    const c = new Client(t.app);
    const res = await c.loginStaff('Admin@Exempel.se', 'Admin#2026');
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ kind: 'staff', id: expect.any(String), email: 'admin@exempel.se', name: 'Anna Administratör', role: 'administrator', abilities: expect.arrayContaining(['staff.manage', 'audit.read']) });
    expect((await c.get('/api/session')).body.user.kind).toBe('staff');
  });

  it('gives one answer for a wrong password and an unknown user, in the asked language', async () => {
    const sv = new Client(t.app, 'sv');
    const wrong = await sv.post('/api/auth/login/tenant', { username: 'lunden', password: 'Fel#2026x' });
    const unknown = await sv.post('/api/auth/login/tenant', { username: 'nobody', password: 'Fel#2026x' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: 'Fel användarnamn eller lösenord.' } });
    expect(unknown.body).toEqual(wrong.body);
    const en = new Client(t.app, 'en');
    const wrongEn = await en.post('/api/auth/login/staff', { email: 'admin@exempel.se', password: 'nope' });
    expect(wrongEn.body.error.message).toBe('Wrong username or password.');
  });

  it('issues a new session token at login and forgets the old one', async () => {
    const c = new Client(t.app);
    await c.loginTenant();
    const first = c.cookie('sid');
    await c.loginStaff();
    const second = c.cookie('sid');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const old = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: `sid=${first}` } });
    expect(JSON.parse(old.body).user).toBeNull();
    expect((await c.get('/api/session')).body.user.kind).toBe('staff');
  });

  it('ends a session that has been idle too long', async () => {
    const c = new Client(t.app);
    await c.loginTenant();
    await t.database.db.update(sessions).set({ lastSeenAt: sql`now() - interval '31 minutes'` });
    const res = await c.get('/api/portal/leases');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session at its absolute expiry even when it is used', async () => {
    const c = new Client(t.app);
    const login = await c.loginTenant();
    await t.database.db.update(sessions).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(sessions.tenantUserId, login.body.user.id));
    expect((await c.get('/api/portal/leases')).status).toBe(401);
  });
});

describe("the server's today", () => {
  it("tells the web today's date in Sweden by the app's clock, not the device's", async () => {
    // 23:30 UTC on New Year's Eve is already New Year's Day in Stockholm.
    const clocked = await createTestApp({ clock: fixedClock('2026-12-31T23:30:00Z') });
    try {
      expect((await new Client(clocked.app).get('/api/session')).body.today).toBe('2027-01-01');
    } finally {
      await clocked.close();
    }
  });
});

describe('refusing bad requests with 4xx and a clear message', () => {
  it('refuses a state change without the CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login/tenant', payload: { username: 'lunden', password: 'Lunden#2026' } });
    expect(res.statusCode).toBe(403);
    expect(JSON.parse(res.body).error.code).toBe('CSRF');
  });

  it('refuses malformed JSON, wrong types, unknown fields and missing fields', async () => {
    const c = new Client(t.app, 'en');
    const malformed = await c.post('/api/auth/login/tenant', '{"username":', {});
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('MALFORMED_JSON');
    const wrongType = await c.post('/api/auth/login/tenant', { username: 12, password: 'x' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error).toEqual({ code: 'VALIDATION', message: 'The details are not valid: username has the wrong type.', details: { field: 'username' } });
    const unknown = await c.post('/api/auth/login/tenant', { username: 'a', password: 'b', admin: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('The details are not valid: the field admin is unknown.');
    const missing = await new Client(t.app, 'sv').post('/api/auth/login/tenant', { username: 'a' });
    expect(missing.body.error.message).toBe('Uppgifterna är inte giltiga: password saknas.');
  });

  it('refuses a body over the size limit with 413', async () => {
    const c = new Client(t.app);
    const res = await c.post('/api/auth/login/tenant', { username: 'a', password: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('BODY_TOO_LARGE');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const c = new Client(t.app);
    const res = await c.post('/api/auth/login/tenant', 'username=a', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await new Client(t.app, 'en').get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: 'What you are looking for does not exist.' } });
  });
});

describe('headers', () => {
  it('sends a strict content security policy and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
  });
});
