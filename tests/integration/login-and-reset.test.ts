import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { codeIn, lastMessageTo, linkTokenIn } from '../support/mailbox.ts';
import { auditEvents, tenantUsers } from '../../server/db/schema/index.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } }); });
afterAll(async () => { await t?.close(); });

// As if the last failure were an hour ago: past any lock (15 minutes at most), within the day failures are kept.
const unlock = (username: string) => t.database.executeSql('update rate_limits set reset_at = reset_at - 3600000 where key = $1', [`login|tenant|${username}`]);

describe('login lockout', () => {
  it('slows an account down after five failures and locks it after ten, saying so', async () => {
    const c = new Client(t.app);
    const wrong = () => c.post('/api/auth/login/tenant', { username: 'bygg', password: 'Fel#lösen1' });
    for (let i = 0; i < 4; i++) expect((await wrong()).status).toBe(401);
    const fifth = await wrong();
    expect(fifth.status).toBe(429);
    expect(fifth.body.error).toEqual({ code: 'ACCOUNT_LOCKED', message: 'För många misslyckade inloggningar. Vänta 30 sekunder och försök igen.' });
    // while slowed down, even the right password waits
    expect((await c.post('/api/auth/login/tenant', { username: 'bygg', password: 'Bygg#2026' })).status).toBe(429);
    for (let i = 6; i <= 10; i++) {
      await unlock('bygg');
      expect((await wrong()).status).toBe(429);
    }
    const locked = await c.post('/api/auth/login/tenant', { username: 'bygg', password: 'Bygg#2026' });
    expect(locked.body.error.message).toMatch(/^Kontot är låst i 15 minuter efter för många misslyckade inloggningar\./);
    const en = await new Client(t.app, 'en').post('/api/auth/login/tenant', { username: 'bygg', password: 'Bygg#2026' });
    expect(en.body.error.message).toMatch(/^The account is locked for 15 minutes/);
    const events = await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.action, 'login.locked'));
    expect(events).toHaveLength(1);

    await unlock('bygg');
    expect((await c.post('/api/auth/login/tenant', { username: 'bygg', password: 'Bygg#2026' })).status).toBe(200);
    const [user] = await t.database.db.select().from(tenantUsers).where(eq(tenantUsers.username, 'bygg'));
    expect(user).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });
});

describe('Glömt lösenord', () => {
  it('sends one code to the verified e-mail and mobile, and sets a new password that ends old sessions', async () => {
    const old = new Client(t.app);
    await old.loginTenant('lunden', 'Lunden#2026');

    const c = new Client(t.app);
    const requested = await c.post('/api/password-resets', { username: 'Lunden' });
    expect(requested.status).toBe(202);
    const mail = await lastMessageTo(t.database, 'lisa@cafelunden.se');
    const sms = await lastMessageTo(t.database, '+46701234567');
    expect(mail.subject).toBe('Återställ ditt lösenord till Mina sidor');
    const code = codeIn(mail.text);
    expect(codeIn(sms.text)).toBe(code);
    expect(requested.raw).not.toContain(code);

    const id = requested.body.resetId;
    expect((await c.post(`/api/password-resets/${id}/complete`, { password: 'Nytt#Lösen26', passwordRepeat: 'Nytt#Lösen26' })).body.error.code).toBe('NOT_VERIFIED');
    expect((await c.post(`/api/password-resets/${id}/verify`, { code })).status).toBe(200);
    const weak = await c.post(`/api/password-resets/${id}/complete`, { password: 'lunden#2027X', passwordRepeat: 'lunden#2027X' });
    expect(weak.body.error.details.rules).toEqual(['containsUsername']);
    const done = await c.post(`/api/password-resets/${id}/complete`, { password: 'Nytt#Lösen26', passwordRepeat: 'Nytt#Lösen26' });
    expect(done.body).toEqual({ username: 'lunden' });
    expect((await c.post(`/api/password-resets/${id}/complete`, { password: 'Nytt#Lösen27', passwordRepeat: 'Nytt#Lösen27' })).status).toBe(410);

    expect((await old.get('/api/portal/me')).status).toBe(401);
    expect((await c.post('/api/auth/login/tenant', { username: 'lunden', password: 'Lunden#2026' })).status).toBe(401);
    expect((await c.post('/api/auth/login/tenant', { username: 'lunden', password: 'Nytt#Lösen26' })).status).toBe(200);
  });

  it('also works by the link, in another browser', async () => {
    const c = new Client(t.app);
    await c.post('/api/password-resets', { username: 'bygg' });
    const token = linkTokenIn((await lastMessageTo(t.database, 'bo@byggvaruhuset.se')).text);
    const followed = await new Client(t.app).post('/api/verifications/link', { token });
    expect(followed.body.purpose).toBe('password_reset');
    const done = await new Client(t.app).post(`/api/password-resets/${followed.body.resetId}/complete`, { password: 'Hammare#2027', passwordRepeat: 'Hammare#2027' });
    expect(done.body).toEqual({ username: 'bygg' });
  });

  it('answers an unknown username exactly as a known one, and sends nothing', async () => {
    const c = new Client(t.app);
    const res = await c.post('/api/password-resets', { username: 'finns-inte' });
    expect(res.status).toBe(202);
    expect(Object.keys(res.body)).toEqual(['resetId']);
    const verify = await c.post(`/api/password-resets/${res.body.resetId}/verify`, { code: '123456' });
    expect(verify.status).toBe(400);
    expect(verify.body.error.code).toBe('CODE_WRONG');
  });
});
