import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '5' } }); });
afterAll(async () => { await t?.close(); });

describe('login rate limits', () => {
  it('rate limits the login route per IP, with the wait in the message', async () => {
    const c = new Client(t.app);
    const statuses: number[] = [];
    // Another e-mail each time: five failures for one would lock it (login-throttle.test.ts), not the address.
    for (let i = 0; i < 7; i++) {
      statuses.push((await c.post('/api/auth/login/staff', { email: `x${i}@exempel.se`, password: 'wrong' })).status);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    const limited = await c.post('/api/auth/login/staff', { email: 'x7@exempel.se', password: 'wrong' });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(limited.body.error.message).toMatch(/^För många försök\. Vänta \d+ sekunder/);
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('counts in the database, so every web process sees the same count', async () => {
    const rows = await t.database.executeSql("select key, count from rate_limits where key like 'POST /api/auth/login/staff|%'");
    expect(rows.rows).toEqual([expect.objectContaining({ count: expect.any(Number) })]);
  });
});
