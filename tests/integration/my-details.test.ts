import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { codeIn, lastMessageTo } from '../support/mailbox.ts';

let t: TestApp;
let lisa: Client;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  lisa = new Client(t.app, 'sv');
  await lisa.loginTenant();
});
afterAll(async () => { await t?.close(); });

describe('Mina uppgifter', () => {
  it('changes the name', async () => {
    const res = await lisa.request('PATCH', '/api/portal/me', { name: 'Lisa Lund-Berg' });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Lisa Lund-Berg');
    expect((await lisa.request('PATCH', '/api/portal/me', { name: '' })).status).toBe(400);
  });

  it('uses a new e-mail address only once its code has been confirmed', async () => {
    const started = await lisa.post('/api/portal/me/contact', { kind: 'email', value: 'Lisa.Ny@Cafelunden.se' });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ kind: 'email', masked: 'l***@cafelunden.se' });
    expect((await lisa.get('/api/portal/me')).body.email).toBe('lisa@cafelunden.se');
    const mail = await lastMessageTo(t.database, 'lisa.ny@cafelunden.se');
    expect(mail.subject).toBe('Bekräfta din e-postadress');
    const wrong = await lisa.post('/api/portal/me/contact/verify', { kind: 'email', code: '000000' === codeIn(mail.text) ? '111111' : '000000' });
    expect(wrong.body.error.code).toBe('CODE_WRONG');
    const ok = await lisa.post('/api/portal/me/contact/verify', { kind: 'email', code: codeIn(mail.text) });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ email: 'lisa.ny@cafelunden.se', emailVerified: true });
  });

  it('verifies a new mobile number by SMS and refuses what is not one', async () => {
    const bad = await new Client(t.app, 'en');
    await bad.loginTenant();
    const refused = await bad.post('/api/portal/me/contact', { kind: 'mobile', value: '031-123 45 00' });
    expect(refused.body.error).toEqual({ code: 'INVALID_MOBILE', message: 'The mobile number is not valid. Write for example 070-123 45 67.' });
    expect((await lisa.post('/api/portal/me/contact', { kind: 'mobile', value: '0709-99 88 77' })).status).toBe(202);
    const sms = await lastMessageTo(t.database, '+46709998877');
    expect((await lisa.post('/api/portal/me/contact/verify', { kind: 'mobile', code: codeIn(sms.text) })).body).toMatchObject({ mobile: '+46709998877', mobileVerified: true });
  });

  it('changes the password with the current one, ending the other sessions but not this one', async () => {
    const other = new Client(t.app);
    await other.loginTenant();
    const sessions = await lisa.get('/api/portal/me/sessions');
    expect(sessions.body.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(sessions.body.sessions.length).toBeGreaterThanOrEqual(3);

    const wrong = await lisa.post('/api/portal/me/password', { currentPassword: 'fel', password: 'Ny#Lösen2027', passwordRepeat: 'Ny#Lösen2027' });
    expect(wrong.body.error).toEqual({ code: 'CURRENT_PASSWORD_WRONG', message: 'Det nuvarande lösenordet stämmer inte.' });
    const weak = await lisa.post('/api/portal/me/password', { currentPassword: 'Lunden#2026', password: 'nylösen', passwordRepeat: 'nylösen' });
    expect(weak.body.error.code).toBe('PASSWORD_WEAK');
    const ok = await lisa.post('/api/portal/me/password', { currentPassword: 'Lunden#2026', password: 'Ny#Lösen2027', passwordRepeat: 'Ny#Lösen2027' });
    expect(ok.status).toBe(204);
    expect((await other.get('/api/portal/me')).status).toBe(401);
    expect((await lisa.get('/api/portal/me')).status).toBe(200);
    expect((await lisa.get('/api/portal/me/sessions')).body.sessions).toHaveLength(1);
  });

  it('logs out everywhere else', async () => {
    const other = new Client(t.app);
    await other.loginTenant('lunden', 'Ny#Lösen2027');
    expect((await lisa.post('/api/portal/me/sessions/end-others')).status).toBe(204);
    expect((await other.get('/api/portal/me')).status).toBe(401);
    expect((await lisa.get('/api/portal/me/sessions')).body.sessions).toEqual([expect.objectContaining({ current: true })]);
  });

  it('is closed to visitors and staff', async () => {
    const staff = new Client(t.app);
    await staff.loginStaff();
    for (const [method, url] of [['GET', '/api/portal/me'], ['PATCH', '/api/portal/me'], ['POST', '/api/portal/me/contact'], ['POST', '/api/portal/me/password'], ['GET', '/api/portal/me/sessions']] as const) {
      expect((await new Client(t.app).request(method, url, method === 'GET' ? undefined : {})).status).toBe(401);
      expect((await staff.request(method, url, method === 'GET' ? undefined : {})).status).toBe(403);
    }
  });
});
