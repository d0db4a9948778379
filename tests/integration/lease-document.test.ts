// A digitally signed lease's PDF: an administrator attaches the signed document, the customer's tenants download it
// from the lease, another customer cannot, and a file that is not a PDF is refused in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { auditEvents, leases } from '../../server/db/schema/index.ts';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let t: TestApp;
let finance: Client;
let lisa: Client;
let bo: Client;
let parkingId: string;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  finance = new Client(t.app); await finance.loginStaff('admin@exempel.se', 'Admin#2026');
  lisa = new Client(t.app); await lisa.loginTenant('lunden', 'Lunden#2026');
  bo = new Client(t.app); await bo.loginTenant('bygg', 'Bygg#2026');
  const [parking] = await t.database.db.select({ id: leases.id }).from(leases).where(eq(leases.number, '100102'));
  parkingId = parking!.id;
});
afterAll(async () => { await t?.close(); });

describe("a lease's signed document", () => {
  it('is none on a lease without one', async () => {
    expect((await finance.get(`/api/backoffice/leases/${parkingId}`)).body.lease.document).toBeNull();
  });

  it('is attached by an administrator, makes the lease digital, and is the tenant\'s to download but not another customer\'s', async () => {
    const upload = (await finance.upload('/api/backoffice/uploads', pdf, 'hyresavtal-100102.pdf', 'application/pdf')).body.attachment.id;
    const attached = await finance.post(`/api/backoffice/leases/${parkingId}/document`, { attachmentId: upload });
    expect(attached.status, attached.raw).toBe(201);
    expect(attached.body.document).toMatchObject({ filename: 'hyresavtal-100102.pdf', contentType: 'application/pdf' });

    const lease = await lisa.get(`/api/portal/leases/${parkingId}`);
    expect(lease.body.lease.signing).toBe('digital');
    expect(lease.body.lease.document).toMatchObject({ filename: 'hyresavtal-100102.pdf', url: `/api/portal/attachments/${upload}` });
    const file = await lisa.get(lease.body.lease.document.url);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('application/pdf');
    expect((await bo.get(lease.body.lease.document.url)).status).toBe(404);
    // Staff see it on the lease's page in the register, and download it from the back office
    const staffLease = await finance.get(`/api/backoffice/leases/${parkingId}`);
    expect(staffLease.body.lease).toMatchObject({ signing: 'digital', document: { id: upload, filename: 'hyresavtal-100102.pdf', url: `/api/backoffice/attachments/${upload}` } });
    const staffFile = await finance.get(staffLease.body.lease.document.url);
    expect(staffFile.status).toBe(200);
    expect(staffFile.headers['content-type']).toContain('application/pdf');
    const [event] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'lease.document_attached'));
    expect(event).toMatchObject({ subjectId: parkingId, actorKind: 'staff' });
  });

  it('refuses a picture, an upload already used, and a customer manager', async () => {
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: { r: 200, g: 10, b: 10 } } }).png().toBuffer();
    const picture = (await finance.upload('/api/backoffice/uploads', png, 'avtal.png', 'image/png')).body.attachment.id;
    const refused = await finance.post(`/api/backoffice/leases/${parkingId}/document`, { attachmentId: picture });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'LEASE_DOCUMENT_NOT_PDF', message: 'Avtalsdokumentet ska vara en PDF-fil. Ladda upp det undertecknade avtalet som PDF.', details: { field: 'attachmentId' } });
    const used = (await lisa.get(`/api/portal/leases/${parkingId}`)).body.lease.document.id;
    expect((await finance.post(`/api/backoffice/leases/${parkingId}/document`, { attachmentId: used })).status).toBe(404);
    const karin = new Client(t.app); await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
    const upload = (await karin.upload('/api/backoffice/uploads', pdf, 'a.pdf', 'application/pdf')).body.attachment.id;
    expect((await karin.post(`/api/backoffice/leases/${parkingId}/document`, { attachmentId: upload })).status).toBe(403);
  });
});
