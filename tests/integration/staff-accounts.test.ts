import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { codeIn, lastMessageTo, linkTokenIn } from '../support/mailbox.ts';
import { customers } from '../../server/db/schema/index.ts';
import { totpCode } from '../../server/security/totp.ts';
import { TOTP_STEP_MS, unusedTotpCode } from '../support/totp.ts';

let t: TestApp;
let admin: Client;
let manager: Client;
let ateljeId: string;
let lundenId: string;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  admin = new Client(t.app);
  await admin.loginStaff('admin@exempel.se', 'Admin#2026');
  manager = new Client(t.app);
  await manager.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
  const rows = await t.database.db.select({ id: customers.id, name: customers.name }).from(customers);
  ateljeId = rows.find((r) => r.name === 'Ateljé Nord HB')!.id;
  lundenId = rows.find((r) => r.name === 'Café Lunden AB')!.id;
});
afterAll(async () => { await t?.close(); });

describe("a customer's page", () => {
  it('shows contact channels, leases and tenant users with their state', async () => {
    const res = await manager.get(`/api/backoffice/customers/${lundenId}`);
    expect(res.status).toBe(200);
    expect(res.body.customer).toMatchObject({
      name: 'Café Lunden AB', identityNumber: '559123-4561', email: 'info@cafelunden.se', mobile: '+46701234567', canEditContact: true,
      customerManager: 'Karin Kundansvarig',
    });
    expect(res.body.customer.leases.map((l: { number: string }) => l.number)).toEqual(['100101', '100102']);
    expect(res.body.customer.tenantUsers).toEqual([expect.objectContaining({ username: 'lunden', state: 'active' })]);
    expect(res.raw).not.toMatch(/argon2|password/i);
    expect((await manager.get('/api/backoffice/customers/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('lets a customer manager add an e-mail for Ateljé Nord, after which the tenant can register', async () => {
    const tenant = new Client(t.app);
    const before = await tenant.post('/api/registrations', { identityNumber: '916543-2106', username: 'konstnar', password: 'Ateljé#Nord1', passwordRepeat: 'Ateljé#Nord1' });
    expect(before.body.error.code).toBe('NO_CHANNEL');

    const propertyManager = new Client(t.app);
    await propertyManager.loginStaff('fastighetsansvarig@exempel.se', 'Fastighet#2026');
    expect((await propertyManager.request('PATCH', `/api/backoffice/customers/${ateljeId}/contact`, { email: 'hej@ateljenord.se', mobile: null })).status).toBe(403);
    const bad = await manager.request('PATCH', `/api/backoffice/customers/${ateljeId}/contact`, { email: 'hej(at)ateljenord.se', mobile: null });
    expect(bad.body.error.code).toBe('INVALID_EMAIL');
    const saved = await manager.request('PATCH', `/api/backoffice/customers/${ateljeId}/contact`, { email: ' Hej@AteljeNord.se ', mobile: '' });
    expect(saved.status).toBe(200);
    expect(saved.body.customer).toMatchObject({ email: 'hej@ateljenord.se', mobile: null });

    const started = await tenant.post('/api/registrations', { identityNumber: '916543-2106', username: 'konstnar', password: 'Ateljé#Nord1', passwordRepeat: 'Ateljé#Nord1' });
    expect(started.status).toBe(201);
    expect(started.body.channels).toEqual([{ channel: 'email', masked: 'h***@ateljenord.se' }]);
  });

  it('resends a verification for an unfinished registration; its link lets the tenant finish', async () => {
    const page = await manager.get(`/api/backoffice/customers/${ateljeId}`);
    const nord = page.body.customer.tenantUsers.find((u: { username: string }) => u.username === 'konstnar');
    expect(nord.state).toBe('unverified');
    expect((await manager.post(`/api/backoffice/tenant-users/${nord.id}/resend-verification`)).status).toBe(202);
    const mail = await lastMessageTo(t.database, 'hej@ateljenord.se');
    expect(codeIn(mail.text)).toMatch(/^\d{6}$/);
    const followed = await new Client(t.app).post('/api/verifications/link', { token: linkTokenIn(mail.text) });
    expect(followed.body.purpose).toBe('registration');
    const after = await manager.get(`/api/backoffice/customers/${ateljeId}`);
    expect(after.body.customer.tenantUsers.find((u: { username: string }) => u.username === 'konstnar').state).toBe('active');
    expect((await manager.post(`/api/backoffice/tenant-users/${nord.id}/resend-verification`)).body.error.code).toBe('CODE_USED');
  });

  it('deactivates a tenant user, ending its sessions', async () => {
    const bygg = new Client(t.app);
    await bygg.loginTenant('bygg', 'Bygg#2026');
    const customerRows = await t.database.db.select().from(customers).where(eq(customers.name, 'Byggvaruhuset Väst AB'));
    const page = await manager.get(`/api/backoffice/customers/${customerRows[0]!.id}`);
    const user = page.body.customer.tenantUsers[0];
    expect((await manager.post(`/api/backoffice/tenant-users/${user.id}/deactivate`)).status).toBe(204);
    expect((await bygg.get('/api/portal/leases')).status).toBe(401);
    expect((await bygg.post('/api/auth/login/tenant', { username: 'bygg', password: 'Bygg#2026' })).status).toBe(401);
    const after = await manager.get(`/api/backoffice/customers/${customerRows[0]!.id}`);
    expect(after.body.customer.tenantUsers[0].state).toBe('deactivated');
  });
});

describe('staff accounts', () => {
  it('invites a staff member who chooses a password, sets up TOTP at first login and gets recovery codes', async () => {
    const invited = await admin.post('/api/backoffice/staff', { name: 'Nils Ny', email: 'Nils@Exempel.se', role: 'finance' });
    expect(invited.status).toBe(201);
    expect((await admin.post('/api/backoffice/staff', { name: 'Nils', email: 'nils@exempel.se', role: 'finance' })).body.error.code).toBe('EMAIL_TAKEN');
    const mail = await lastMessageTo(t.database, 'nils@exempel.se');
    expect(mail.subject).toBe('Inbjudan till backoffice för Fastighets AB Exempel');
    const token = /inbjudan\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;

    const nils = new Client(t.app);
    expect((await nils.post('/api/staff-invitations/inspect', { token })).body).toEqual({ email: 'nils@exempel.se', name: 'Nils Ny' });
    expect((await nils.post('/api/auth/login/staff', { email: 'nils@exempel.se', password: 'whatever' })).status).toBe(401);
    const weak = await nils.post('/api/staff-invitations/accept', { token, password: 'nils', passwordRepeat: 'nils' });
    expect(weak.body.error.code).toBe('PASSWORD_WEAK');
    expect((await nils.post('/api/staff-invitations/accept', { token, password: 'Räkna#Siffror9', passwordRepeat: 'Räkna#Siffror9' })).body).toEqual({ email: 'nils@exempel.se' });
    expect((await nils.post('/api/staff-invitations/accept', { token, password: 'Räkna#Siffror8', passwordRepeat: 'Räkna#Siffror8' })).body.error.code).toBe('CODE_USED');

    const first = await nils.post('/api/auth/login/staff', { email: 'nils@exempel.se', password: 'Räkna#Siffror9' });
    expect(first.body).toMatchObject({ step: 'totp_setup', secret: expect.stringMatching(/^[A-Z2-7]{32}$/), otpauthUri: expect.stringContaining('otpauth://totp/') });
    expect(first.body.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect((await nils.get('/api/session')).body.user).toBeNull();
    const wrong = await nils.post('/api/auth/login/staff/totp', { challengeId: first.body.challengeId, code: '000000' === totpCode(first.body.secret, Date.now()) ? '111111' : '000000' });
    expect(wrong.body.error).toEqual({ code: 'CODE_WRONG', message: 'Fel kod. Du har 4 försök kvar.' });
    const setupStep = Math.floor(Date.now() / TOTP_STEP_MS);
    const confirmed = await nils.post('/api/auth/login/staff/totp', { challengeId: first.body.challengeId, code: totpCode(first.body.secret, setupStep * TOTP_STEP_MS) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.user).toMatchObject({ kind: 'staff', email: 'nils@exempel.se', role: 'finance' });
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect((await nils.post('/api/auth/login/staff/totp', { challengeId: first.body.challengeId, code: totpCode(first.body.secret, Date.now()) })).body.error.code).toBe('CHALLENGE_EXPIRED');

    // next time: the code from the app, or a recovery code once
    await nils.post('/api/auth/logout');
    const second = await nils.post('/api/auth/login/staff', { email: 'nils@exempel.se', password: 'Räkna#Siffror9' });
    expect(second.body).toEqual({ step: 'totp', challengeId: expect.any(String) });
    const recovery = confirmed.body.recoveryCodes[0];
    expect((await nils.post('/api/auth/login/staff/recovery', { challengeId: second.body.challengeId, recoveryCode: recovery.toUpperCase() })).status).toBe(200);
    await nils.post('/api/auth/logout');
    const third = await nils.post('/api/auth/login/staff', { email: 'nils@exempel.se', password: 'Räkna#Siffror9' });
    expect((await nils.post('/api/auth/login/staff/recovery', { challengeId: third.body.challengeId, recoveryCode: recovery })).body.error.code).toBe('CODE_WRONG');
    // a code works once: the one used at set-up is refused, the app's next one is taken
    const replay = await nils.post('/api/auth/login/staff/totp', { challengeId: third.body.challengeId, code: totpCode(first.body.secret, setupStep * TOTP_STEP_MS) });
    expect(replay.status).toBe(409);
    expect(replay.body.error).toEqual({ code: 'TOTP_USED', message: 'Koden har redan använts. Vänta tills appen visar nästa kod och skriv in den.' });
    const next = await unusedTotpCode(first.body.secret, setupStep);
    expect((await nils.post('/api/auth/login/staff/totp', { challengeId: third.body.challengeId, code: next.code })).status).toBe(200);

    const list = await admin.get('/api/backoffice/staff');
    expect(list.body.staff.find((s: { email: string }) => s.email === 'nils@exempel.se')).toMatchObject({ state: 'active', totpEnabled: true, role: 'finance' });
    expect(list.raw).not.toMatch(/totp_secret|totpSecret|argon2/);
  });

  it('stops a second step after five wrong codes', async () => {
    const c = new Client(t.app);
    await c.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
    await c.post('/api/auth/logout');
    const first = await c.post('/api/auth/login/staff', { email: 'ekonomi@exempel.se', password: 'Ekonomi#2026' });
    const secret = Client.totpSecretOf(t.app, 'ekonomi@exempel.se')!;
    const bad = totpCode(secret, Date.now()) === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) await c.post('/api/auth/login/staff/totp', { challengeId: first.body.challengeId, code: bad });
    expect((await c.post('/api/auth/login/staff/totp', { challengeId: first.body.challengeId, code: bad })).body.error.code).toBe('CODE_TOO_MANY_TRIES');
    expect((await c.post('/api/auth/login/staff/totp', { challengeId: first.body.challengeId, code: totpCode(secret, Date.now()) })).body.error.code).toBe('CODE_TOO_MANY_TRIES');
  });

  it('is for administrators; none can deactivate themselves', async () => {
    expect((await manager.get('/api/backoffice/staff')).status).toBe(403);
    expect((await manager.post('/api/backoffice/staff', { name: 'X', email: 'x@exempel.se', role: 'administrator' })).status).toBe(403);
    const me = (await admin.get('/api/session')).body.user.id;
    expect((await admin.post(`/api/backoffice/staff/${me}/deactivate`)).body.error.code).toBe('CANNOT_DEACTIVATE_SELF');
    const managerId = (await manager.get('/api/session')).body.user.id;
    expect((await admin.post(`/api/backoffice/staff/${managerId}/deactivate`)).status).toBe(204);
    expect((await manager.get('/api/backoffice/summary')).status).toBe(401);
  });
});

describe('the audit log', () => {
  it('records registrations, logins, lockouts and changes for administrators to read', async () => {
    await new Client(t.app).post('/api/auth/login/tenant', { username: 'lunden', password: 'wrong-password' });
    const all = await admin.get('/api/backoffice/audit');
    expect(all.status).toBe(200);
    const actions = new Set(all.body.events.map((e: { action: string }) => e.action));
    for (const action of ['registration.started', 'registration.verified', 'verification.sent', 'customer.contact_changed', 'tenant_user.deactivated', 'staff.invited', 'staff.activated', 'totp.enabled', 'totp.recovery_used', 'login.succeeded', 'login.failed']) {
      expect(actions, action).toContain(action);
    }
    const failed = await admin.get('/api/backoffice/audit?action=login.failed');
    expect(failed.body.events[0]).toMatchObject({ action: 'login.failed', actorKind: 'tenant', actor: 'lunden', subject: 'lunden', ip: '127.0.0.1' });
    const contact = (await admin.get('/api/backoffice/audit?action=customer.contact_changed')).body.events[0];
    expect(contact).toMatchObject({ actor: 'kundansvarig@exempel.se', subject: 'Ateljé Nord HB' });
    const other = new Client(t.app);
    await other.loginStaff('fastighetsansvarig@exempel.se', 'Fastighet#2026');
    expect((await other.get('/api/backoffice/audit')).status).toBe(403);
  });
});
