import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { demoLoginsPresent } from '../../server/demo/guard.ts';
import { hashPassword } from '../../server/security/passwords.ts';
import { staffUsers, tenantUsers } from '../../server/db/schema/index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    env: { NODE_ENV: 'production', DATABASE_URL: 'postgres://unused@127.0.0.1/unused', SMTP_URL: 'smtp://127.0.0.1:2525', PUBLIC_URL: 'https://hyra.exempel.se' },
  });
});
afterAll(async () => { await t?.close(); });

describe('production mode', () => {
  it('has no development mailbox', async () => {
    expect((await new Client(t.app).get('/api/dev/outbox')).status).toBe(404);
  });

  it('sets Secure, __Host- cookies when served over https', async () => {
    const c = new Client(t.app);
    const session = await c.get('/api/session');
    expect(String(session.headers['set-cookie'])).toMatch(/__Host-csrf=[^;]+;.*Secure/);
    const login = await c.post('/api/auth/login/tenant', { username: 'lunden', password: 'Lunden#2026' });
    expect(login.status).toBe(200);
    expect(String(login.headers['set-cookie'])).toMatch(/__Host-sid=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; Secure; SameSite=Lax/);
    expect(login.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  });

  it('finds the demo logins that still work, so that start-up can refuse them', async () => {
    expect((await demoLoginsPresent(t.database.db)).sort()).toEqual([
      'admin@exempel.se', 'bygg', 'ekonomi@exempel.se', 'fastighetsansvarig@exempel.se', 'kundansvarig@exempel.se', 'lunden',
    ]);
    const changed = await hashPassword('A-new-and-private-password-1!');
    await t.database.db.update(staffUsers).set({ passwordHash: changed });
    await t.database.db.update(tenantUsers).set({ passwordHash: changed });
    expect(await demoLoginsPresent(t.database.db)).toEqual([]);
  });
});
