// Every route a tenant session may call, taken from the OpenAPI document, called by Café Lunden with the
// id of another customer's (Byggvaruhuset's) record of the matching kind: each must answer 404 and
// change nothing. A new tenant route with an id in its path fails here until it has a row in `foreign`,
// so billing's routes get their cross-customer test by construction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { apiRoutes } from '../support/openapi-routes.ts';
import { demoOption, objectAndSpace, writeCartAndOrder } from '../support/options.ts';
import { optionOrders } from '../../server/db/schema/index.ts';

let t: TestApp;
let lisa: Client;
let bo: Client;
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const theirs: Record<string, string> = {};
const mine: Record<string, string> = {};

async function recordsOf(c: Client, into: Record<string, string>) {
  const leases = (await c.get('/api/portal/leases')).body.leases;
  into.lease = leases[0].id;
  const sent = (await c.upload('/api/portal/uploads', pdf, 'avtal.pdf', 'application/pdf')).body.attachment.id;
  const created = await c.post('/api/portal/cases', { title: 'Dörren kärvar', description: 'Entrédörren går trögt.', category: 'fault', leaseId: null, rentalObjectId: null, spaceId: null, attachmentIds: [sent] });
  into.case = created.body.case.id;
  into.attachment = sent;
  into.upload = (await c.upload('/api/portal/uploads', pdf, 'osand.pdf', 'application/pdf')).body.attachment.id;
  into.invoice = (await c.get('/api/portal/invoices?unpaid=false')).body.invoices[0].id;
}

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  lisa = new Client(t.app); await lisa.loginTenant('lunden', 'Lunden#2026');
  bo = new Client(t.app); await bo.loginTenant('bygg', 'Bygg#2026');
  await recordsOf(bo, theirs);
  await recordsOf(lisa, mine);
  // Tillval: Byggvaruhuset may not order (its debt), so its cart line and order are written directly.
  const byggs = await writeCartAndOrder(t.database.db, 'bygg', { objectNumber: '2001', spaceName: 'WC', optionName: 'Klinkergolv i WC' });
  Object.assign(theirs, { object: byggs.objectId, cartLine: byggs.cartLineId, optionCase: byggs.caseId });
  const cafe = await objectAndSpace(t.database.db, '1001', 'Storkök');
  const put = await lisa.post('/api/portal/option-cart', { rentalObjectId: cafe.objectId, optionId: (await demoOption(t.database.db, 'Diskmaskin Standard 60 cm')).id, spaceId: cafe.spaceId, quantity: 1 });
  const [order] = await t.database.db.select({ caseId: optionOrders.caseId }).from(optionOrders).where(eq(optionOrders.rentalObjectId, cafe.objectId));
  Object.assign(mine, { object: cafe.objectId, cartLine: put.body.cart.lines[0].id, optionCase: order!.caseId });
});
afterAll(async () => { await t?.close(); });

/** For each tenant route with an id: which kind of record the id names, and a body where one is needed. */
const foreign: Record<string, { kind: 'lease' | 'case' | 'attachment' | 'upload' | 'invoice' | 'object' | 'cartLine' | 'optionCase'; body?: unknown }> = {
  'GET /api/portal/leases/{id}': { kind: 'lease' },
  'POST /api/portal/leases/{id}/copy-request': { kind: 'lease' },
  'GET /api/portal/cases/{id}': { kind: 'case' },
  'POST /api/portal/cases/{id}/messages': { kind: 'case', body: { body: 'Hej' } },
  'GET /api/portal/attachments/{id}': { kind: 'attachment' },
  'DELETE /api/portal/uploads/{id}': { kind: 'upload' },
  'GET /api/portal/invoices/{id}': { kind: 'invoice' },
  'GET /api/portal/invoices/{id}/pdf': { kind: 'invoice' },
  'GET /api/portal/option-objects/{id}': { kind: 'object' },
  'GET /api/portal/option-objects/{id}/checkout': { kind: 'object' },
  'PATCH /api/portal/option-cart/{id}': { kind: 'cartLine', body: { quantity: 1 } },
  'DELETE /api/portal/option-cart/{id}': { kind: 'cartLine' },
  'GET /api/portal/cases/{id}/option-order': { kind: 'optionCase' },
};

/** Routes a tenant session may call (the portal's) that name a record in their path. */
function tenantRoutesWithIds(): string[] {
  return apiRoutes(t.app).filter((r) => r.audience === 'tenant' && r.pathParams.length > 0).map((r) => `${r.method} ${r.path}`);
}

const call = (c: Client, route: string, id: string, body?: unknown) => {
  const [method, template] = route.split(' ') as [string, string];
  return c.request(method as 'GET', template.replace(/\{[^}]+\}/g, id), method === 'GET' || method === 'DELETE' ? undefined : (body ?? {}));
};

describe("another customer's ids", () => {
  it('are listed for every tenant route that takes an id', () => {
    const routes = tenantRoutesWithIds();
    expect(routes.length).toBeGreaterThanOrEqual(5);
    const missing = routes.filter((r) => !foreign[r]);
    expect(missing, `tenant routes without a cross-customer case in tests/integration/tenant-scope.test.ts: ${missing.join(', ')}`).toEqual([]);
  });

  it.each(Object.keys(foreign))('%s with Byggvaruhuset\'s id is 404 for Café Lunden', async (route) => {
    const { kind, body } = foreign[route]!;
    const res = await call(lisa, route, theirs[kind]!, body);
    expect(res.status, res.raw).toBe(404);
    // The same call with Café Lunden's own record works, so the 404 is the scope and not a bad request.
    const own = await call(lisa, route, mine[kind]!, body);
    expect(own.status, own.raw).toBeLessThan(300);
  });

  it("leave Byggvaruhuset's records as they were", async () => {
    const theirCase = await bo.get(`/api/portal/cases/${theirs.case}`);
    expect(theirCase.status).toBe(200);
    expect(theirCase.body.case.messages).toHaveLength(0);
    expect((await bo.get(`/api/portal/attachments/${theirs.upload}`)).status).toBe(200);
  });
});
