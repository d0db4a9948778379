// A state-changing request must come from the app's own origin when the browser says where it comes from
// (Origin, or Sec-Fetch-Site without one), as well as carry the CSRF token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';

let t: TestApp;
let lisa: Client;
beforeAll(async () => {
  t = await createTestApp({ env: { PUBLIC_URL: 'https://minasidor.exempel.se', LOGIN_RATE_LIMIT_MAX: '1000' } });
  lisa = new Client(t.app);
  await lisa.loginTenant('lunden', 'Lunden#2026');
});
afterAll(async () => { await t?.close(); });

const rename = (c: Client, headers: Record<string, string>) => c.request('PATCH', '/api/portal/me', { name: 'Lisa Lund' }, headers);

describe('the origin of a change', () => {
  it('refuses another site, in words, even with a valid token and session', async () => {
    const res = await rename(lisa, { origin: 'https://angripare.example' });
    expect(res.status).toBe(403);
    expect(res.body.error).toEqual({ code: 'CROSS_ORIGIN', message: 'Förfrågan kom från en annan webbplats och stoppades. Öppna Mina sidor direkt och försök igen.' });
    const en = new Client(t.app, 'en');
    const login = await en.post('/api/auth/login/tenant', { username: 'lunden', password: 'Lunden#2026' }, { origin: 'http://minasidor.exempel.se.angripare.example' });
    expect(login.body.error.message).toBe('The request came from another website and was stopped. Open Mina sidor directly and try again.');
    expect((await rename(lisa, { origin: 'null' })).status).toBe(403);
    expect((await rename(lisa, { origin: 'http://minasidor.exempel.se' })).status).toBe(403); // not https
    expect((await rename(lisa, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await rename(lisa, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
  });

  it('takes the public URL, the address the request was sent to, and clients that send neither header', async () => {
    expect((await rename(lisa, { origin: 'https://minasidor.exempel.se' })).status).toBe(200);
    expect((await rename(lisa, { origin: 'https://MinaSidor.exempel.se:443' })).status).toBe(200);
    // Another name for the same server (behind the same proxy): Origin and Host agree.
    expect((await rename(lisa, { origin: 'http://portal.intern:3000', host: 'portal.intern:3000' })).status).toBe(200);
    expect((await rename(lisa, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await rename(lisa, {})).status).toBe(200); // curl, a script: the CSRF token alone decides
    expect((await lisa.request('PATCH', '/api/portal/me', { name: 'Lisa Lund' }, { 'x-csrf-token': 'wrong' })).body.error.code).toBe('CSRF');
  });

  it('does not concern reading', async () => {
    expect((await lisa.request('GET', '/api/portal/me', undefined, { origin: 'https://angripare.example', 'sec-fetch-site': 'cross-site' })).status).toBe(200);
  });
});
