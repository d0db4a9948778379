// Text PostgreSQL cannot store (a NUL, a lone surrogate) sent to every field of every route in the OpenAPI
// document, as a visitor, a tenant and staff: nothing may answer 5xx. A new route is in the document, so
// it joins this test by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client, type Response } from '../support/client.ts';
import { apiRoutes, sampleOf, sampleWith, urlOf, type ApiRoute } from '../support/openapi-routes.ts';

let t: TestApp;
const who: Record<'anonymous' | 'tenant' | 'staff', Client> = {} as never;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '100000', UPLOAD_RATE_LIMIT_MAX: '100000' } });
  who.anonymous = new Client(t.app);
  who.tenant = new Client(t.app); await who.tenant.loginTenant('lunden', 'Lunden#2026');
  who.staff = new Client(t.app); await who.staff.loginStaff('admin@exempel.se', 'Admin#2026');
});
afterAll(async () => { await t?.close(); });

// In JSON both travel as escapes. A URL or a multipart header can carry a lone surrogate only as its raw
// bytes (invalid UTF-8), which are read as U+FFFD: storable, so such a request may well be taken.
const BAD = [
  { name: 'NUL', text: 'x\u0000y', url: 'x%00y', filename: 'a\u0000b.pdf', arrives: true },
  { name: 'lone surrogate', text: 'x\ud800y', url: 'x%ED%A0%80y', filename: 'a\udfffb.pdf', arrives: false },
];

interface Sent { route: string; where: string; bad: string; status: number; code?: string; arrives: boolean }

/** One multipart upload with a raw file name (FormData would rewrite it). */
function uploadWithName(c: Client, url: string, field: string, filename: string) {
  const head = `--b0undary\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`;
  return c.request('POST', url, Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from('not really a file\r\n--b0undary--\r\n')]), { 'content-type': 'multipart/form-data; boundary=b0undary' });
}

/** Every request this route gets: each path parameter, query parameter, body string and file name in turn. */
async function sendBadText(c: Client, route: ApiRoute): Promise<Sent[]> {
  const sent: Sent[] = [];
  const jsonBody = route.body?.kind === 'json' ? route.body.schema : null;
  const sample = jsonBody ? sampleOf(jsonBody) : undefined;
  const record = (where: string, bad: (typeof BAD)[number], res: Response, arrives = bad.arrives) =>
    sent.push({ route: `${route.method} ${route.path}`, where, bad: bad.name, status: res.status, code: res.body?.error?.code, arrives });
  for (const bad of BAD) {
    for (const p of route.pathParams) {
      record(`path ${p.name}`, bad, await c.request(route.method, urlOf(route, { [p.name]: bad.url }, {}, { raw: true }), sample));
    }
    for (const q of route.query) {
      record(`query ${q.name}`, bad, await c.request(route.method, urlOf(route, {}, { [q.name]: bad.url }, { raw: true }), sample));
    }
    for (const path of route.bodyStrings) {
      record(`body ${path.join('.')}`, bad, await c.request(route.method, urlOf(route), sampleWith(jsonBody!, path, bad.text)), true);
    }
    for (const field of route.body?.kind === 'multipart' ? route.body.fileFields : []) {
      record(`file name in ${field}`, bad, await uploadWithName(c, urlOf(route), field, bad.filename));
    }
  }
  return sent;
}

describe('bad text on every route', () => {
  it('finds the routes in the OpenAPI document, with their fields', () => {
    const routes = apiRoutes(t.app);
    expect(routes.length).toBeGreaterThan(50);
    const byName = (method: string, path: string) => routes.find((r) => r.method === method && r.path === path);
    expect(byName('PATCH', '/api/portal/me')?.bodyStrings).toEqual([['name']]);
    expect(byName('GET', '/api/backoffice/cases')?.queryStrings).toEqual(expect.arrayContaining(['q', 'status']));
    expect(byName('POST', '/api/backoffice/notices')?.bodyStrings).toEqual(expect.arrayContaining([['audience', 'kind'], ['audience', 'ids', 0]]));
    expect(byName('POST', '/api/portal/uploads')?.body).toEqual({ kind: 'multipart', fileFields: ['file'] });
    expect(byName('GET', '/api/portal/cases/{id}')?.pathParams.map((p) => p.name)).toEqual(['id']);
  });

  for (const name of ['anonymous', 'tenant', 'staff'] as const) {
    it(`answers no request with a 5xx, as ${name === 'anonymous' ? 'a visitor' : name}`, async () => {
      const sent: Sent[] = [];
      for (const route of apiRoutes(t.app)) sent.push(...await sendBadText(who[name], route));
      expect(sent.filter((s) => s.status >= 500)).toEqual([]);
      // Each request whose bad text arrives as such must have been refused.
      expect(sent.filter((s) => s.arrives && s.status < 400)).toEqual([]);
      expect(sent.length).toBeGreaterThan(150);
    }, 120_000);
  }
});

describe('the refusal', () => {
  it('names the field, in the user\'s language', async () => {
    const name = await who.tenant.request('PATCH', '/api/portal/me', { name: 'Lisa\u0000' });
    expect(name.status).toBe(400);
    expect(name.body.error).toEqual({
      code: 'INVALID_CHARACTER',
      message: 'Fältet name innehåller ett tecken som inte kan sparas (ett NUL-tecken eller en trasig teckenkodning). Ta bort det och försök igen.',
      details: { field: 'name' },
    });
    const login = await new Client(t.app, 'en').post('/api/auth/login/tenant', { username: 'x\ud800y', password: 'whatever' });
    expect(login.status).toBe(400);
    expect(login.body.error.message).toBe('The field username contains a character that cannot be stored (a NUL character or broken text encoding). Remove it and try again.');
  });

  it('covers the routes of the issue: bodies, search parameters, logins and password resets', async () => {
    const refused = (res: Response, field: string) => {
      expect(res.status, res.raw).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'INVALID_CHARACTER', details: { field } });
    };
    const [first] = (await who.tenant.get('/api/portal/cases')).body.cases;
    refused(await who.tenant.post('/api/portal/cases', { title: 'Kran', description: 'Droppar\u0000', category: 'fault', leaseId: null, rentalObjectId: null, spaceId: null }), 'description');
    refused(await who.tenant.post(`/api/portal/cases/${first.id}/messages`, { body: 'Hej\u0000' }), 'body');
    refused(await who.staff.post(`/api/backoffice/cases/${first.id}/messages`, { body: 'x\ud800', internal: false }), 'body');
    refused(await who.tenant.get('/api/portal/cases?q=kran%00'), 'q');
    refused(await who.staff.get('/api/backoffice/cases?q=%00'), 'q');
    refused(await who.staff.get('/api/backoffice/customers?q=a%00'), 'q');
    refused(await who.staff.get('/api/backoffice/audit?action=login%00'), 'action');
    refused(await who.anonymous.post('/api/auth/login/staff', { email: 'a\u0000@exempel.se', password: 'x' }), 'email');
    refused(await who.anonymous.post('/api/password-resets', { username: 'x\ud800y' }), 'username');
    refused(await uploadWithName(who.tenant, '/api/portal/uploads', 'file', 'kvitto\u0000.pdf'), 'file');
    // A path that does not decode to text at all is the same mistake, of the request as a whole.
    const path = await new Client(t.app, 'en').get('/api/portal/cases/x%ED%A0%80y');
    expect(path.status).toBe(400);
    expect(path.body.error).toMatchObject({ code: 'INVALID_CHARACTER', message: expect.stringMatching(/^The request contains a character/) });
  });
});
