// One-off invoices (fakturor) and credit notes in the back office, and what the tenant sees of them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, eventually, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { auditEvents, customers, invoices, leases } from '../../server/db/schema/index.ts';
import { isValidOcr, invoiceNumberOfOcr } from '../../server/domain/billing/index.ts';
import { oneOffDueDate } from '../../server/domain/billing/one-off.ts';
import { swedishDate } from '../../server/domain/dates.ts';

let t: TestApp;
let admin: Client;
let lisa: Client;
let eva: Client;
let lundenId: string;
let lundenLease: string;
let otherLease: string;

/** The text of a PDF as poppler's pdftotext reads it. */
function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'invoicing-pdf-'));
  try {
    writeFileSync(path.join(dir, 'a.pdf'), bytes);
    return execFileSync('pdftotext', ['-layout', path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lastNumber = async () => Number((await t.database.db.select({ n: sql<string>`max(${invoices.number})` }).from(invoices))[0]!.n);
const key = () => ({ customerId: lundenId, leaseId: lundenLease, text: 'Extra nyckel', rows: [{ description: 'Extra nyckel', netOre: 450_00, vatRatePercent: 25 }] });

beforeAll(async () => {
  t = await createTestApp({ worker: true, env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  admin = new Client(t.app);
  await admin.loginStaff('admin@exempel.se', 'Admin#2026');
  eva = new Client(t.app, 'en');
  await eva.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
  lisa = new Client(t.app);
  await lisa.loginTenant('lunden', 'Lunden#2026');
  const db = t.database.db;
  lundenId = (await db.select().from(customers).where(eq(customers.name, 'Café Lunden AB')))[0]!.id;
  lundenLease = (await db.select().from(leases).where(eq(leases.number, '100101')))[0]!.id;
  otherLease = (await db.select({ id: leases.id }).from(leases).innerJoin(customers, eq(customers.id, leases.customerId)).where(eq(customers.name, 'Byggvaruhuset Väst AB')))[0]!.id;
});
afterAll(async () => { await t?.close(); });

describe('a one-off invoice', () => {
  let keyId: string;
  let keyNumber: number;

  it('is the next number of the series, with a valid OCR, rows with VAT per row, an e-mail and an audit event', async () => {
    const before = await lastNumber();
    const res = await admin.post('/api/backoffice/invoices', key());
    expect(res.status).toBe(201);
    expect(res.body.invoice).toMatchObject({ number: before + 1, totalOre: 562_50 });
    keyId = res.body.invoice.id;
    keyNumber = res.body.invoice.number;

    const { invoice } = (await admin.get(`/api/backoffice/invoices/${keyId}`)).body;
    const today = swedishDate(new Date());
    expect(invoice).toMatchObject({
      number: keyNumber, kind: 'one_off', text: 'Extra nyckel', title: null, issueDate: today, dueDate: oneOffDueDate(today),
      netOre: 450_00, vatOre: 112_50, totalOre: 562_50, remainingOre: 562_50, status: 'unpaid', uncreditedOre: 562_50,
      customer: { id: lundenId, name: 'Café Lunden AB', identityNumber: '559123-4561' },
      createdBy: { name: 'Anna Administratör' },
      lease: { number: '100101' }, credits: [], payments: [],
      rows: [{ position: 1, kind: 'one_off', description: 'Extra nyckel', netOre: 450_00, vatRatePercent: 25, vatOre: 112_50 }],
      vatByRate: [{ ratePercent: 25, netOre: 450_00, vatOre: 112_50 }],
      creditable: [{ position: 1, description: 'Extra nyckel', netOre: 450_00, vatRatePercent: 25, maxNetOre: 450_00 }],
    });
    expect(isValidOcr(invoice.ocr)).toBe(true);
    expect(invoiceNumberOfOcr(invoice.ocr)).toBe(keyNumber);

    const mail = await eventually(async () => {
      const outbox = (await new Client(t.app).get('/api/dev/outbox')).body as { to: string; subject: string; text: string }[];
      return outbox.find((m) => m.to === 'lisa@cafelunden.se' && m.subject === 'Ny faktura i Mina sidor' && m.text.includes('Extra nyckel')) ?? null;
    });
    expect(mail.text).toContain('562,50');
    expect(mail.text).toContain(`/avier/${keyId}`);

    const events = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, keyId), eq(auditEvents.action, 'invoice.issued')));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorKind: 'staff', subjectKind: 'invoice', details: { number: keyNumber, kind: 'one_off', totalOre: 562_50 } });
  });

  it('books quantities and 0 % rows, and takes a due date that is a banking day', async () => {
    const res = await admin.post('/api/backoffice/invoices', {
      customerId: lundenId, text: 'Reparation av dörr', dueDate: '2030-06-03',
      rows: [{ description: 'Arbete', quantity: 3, netOre: 650_00, vatRatePercent: 25 }, { description: 'Avgift', netOre: 99_99, vatRatePercent: 0 }],
    });
    expect(res.status).toBe(201);
    const { invoice } = (await admin.get(`/api/backoffice/invoices/${res.body.invoice.id}`)).body;
    expect(invoice).toMatchObject({ dueDate: '2030-06-03', lease: null, netOre: 2_049_99, vatOre: 487_50, totalOre: 2_537_49 });
    expect(invoice.rows.map((r: { description: string }) => r.description)).toEqual(['Arbete, 3 st à 650,00 kr', 'Avgift']);
  });

  it('refuses wrong values in words, naming the field, in Swedish and English, and saves nothing', async () => {
    const before = await lastNumber();
    const cases: [unknown, number, string, string][] = [
      [{ ...key(), rows: [{ description: 'Nyckel', netOre: 450_00, vatRatePercent: 12 }] }, 400, 'VALIDATION', 'rows.0.vatRatePercent'],
      [{ ...key(), rows: [{ description: 'Nyckel', netOre: 0, vatRatePercent: 25 }] }, 400, 'VALIDATION', 'rows.0.netOre'],
      [{ ...key(), rows: [{ description: 'Nyckel', vatRatePercent: 25 }] }, 400, 'VALIDATION', 'rows.0.netOre'],
      [{ ...key(), rows: [{ description: '   ', netOre: 1, vatRatePercent: 25 }] }, 400, 'VALIDATION', 'rows.0.description'],
      [{ ...key(), text: '  ' }, 400, 'VALIDATION', 'text'],
      [{ ...key(), customerId: '00000000-0000-4000-8000-000000000000' }, 422, 'UNKNOWN_CUSTOMER', 'customerId'],
      [{ ...key(), leaseId: otherLease }, 422, 'LEASE_NOT_OF_CUSTOMER', 'leaseId'],
      [{ ...key(), dueDate: '2030-06-01' }, 422, 'DUE_DATE_NOT_BANKING_DAY', 'dueDate'],
      [{ ...key(), dueDate: '2020-01-02' }, 422, 'DUE_DATE_BEFORE_ISSUE', 'dueDate'],
      [{ ...key(), dueDate: '2030-02-30' }, 400, 'VALIDATION', 'dueDate'],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await admin.post('/api/backoffice/invoices', body);
      expect({ status: res.status, code: res.body.error?.code, field: res.body.error?.details?.field }).toEqual({ status, code, field });
    }
    const saturday = await admin.post('/api/backoffice/invoices', { ...key(), dueDate: '2030-06-01' });
    expect(saturday.body.error.message).toBe('Förfallodagen 2030-06-01 är ingen bankdag (en lördag, söndag, helgdag eller afton). Välj till exempel 2030-06-03.');
    const inEnglish = await eva.post('/api/backoffice/invoices', { ...key(), dueDate: '2030-06-01' });
    expect(inEnglish.body.error.message).toBe('The due date 2030-06-01 is not a banking day (a Saturday, Sunday, public holiday or eve). Choose for example 2030-06-03.');
    const badRate = await eva.post('/api/backoffice/invoices', { ...key(), rows: [{ description: 'Nyckel', netOre: 1, vatRatePercent: 12 }] });
    expect(badRate.body.error.message).toBe('The details are not valid: rows.0.vatRatePercent must be one of: 0, 25.');
    expect(await lastNumber()).toBe(before);
  });

  describe('credited', () => {
    let halfId: string;

    it('in part: a credit note with negative rows, no OCR, its own number; the invoice shows what is left', async () => {
      const before = await lastNumber();
      const res = await admin.post(`/api/backoffice/invoices/${keyId}/credit`, { reason: 'Halva priset: nyckeln kom sent', rows: [{ position: 1, netOre: 225_00 }] });
      expect(res.status).toBe(201);
      expect(res.body.invoice).toMatchObject({ number: before + 1, totalOre: -281_25 });
      halfId = res.body.invoice.id;

      const note = (await admin.get(`/api/backoffice/invoices/${halfId}`)).body.invoice;
      expect(note).toMatchObject({
        kind: 'credit', ocr: null, qr: null, text: 'Halva priset: nyckeln kom sent', netOre: -225_00, vatOre: -56_25, totalOre: -281_25,
        status: 'paid', remainingOre: 0, uncreditedOre: 0, creditable: [],
        creditsInvoice: { id: keyId, number: keyNumber },
        rows: [{ position: 1, kind: 'credit', description: 'Extra nyckel', netOre: -225_00, vatRatePercent: 25, vatOre: -56_25 }],
      });
      const credited = (await admin.get(`/api/backoffice/invoices/${keyId}`)).body.invoice;
      expect(credited).toMatchObject({
        remainingOre: 281_25, uncreditedOre: 281_25, credits: [{ id: halfId, totalOre: -281_25 }],
        creditable: [{ position: 1, maxNetOre: 225_00 }],
      });
      const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, halfId));
      expect(events.map((e) => e.action)).toEqual(['credit_note.issued']);
      expect(events[0]!.details).toMatchObject({ credits: keyId, totalOre: -281_25 });
    });

    it("staff open the PDF of any customer's invoice and credit note; others may not", async () => {
      const invoice = (await admin.get(`/api/backoffice/invoices/${keyId}`)).body.invoice;
      const pdf = await admin.get(`/api/backoffice/invoices/${keyId}/pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toBe(`inline; filename="avi-${keyNumber}.pdf"`);
      const text = pdfText(pdf.bytes);
      expect(text).toContain('Extra nyckel');
      expect(text).toContain(invoice.ocr);
      expect(text).toContain('562,50');
      const note = pdfText((await admin.get(`/api/backoffice/invoices/${halfId}/pdf`)).bytes);
      expect(note).toMatch(/Kreditfaktura/i);
      expect(note).toContain('281,25');
      expect(note).not.toContain(invoice.ocr);
      expect((await lisa.get(`/api/backoffice/invoices/${keyId}/pdf`)).status).toBe(403);
      expect((await admin.get('/api/backoffice/invoices/00000000-0000-4000-8000-000000000000/pdf')).status).toBe(404);
    });

    it('never above what is still uncredited: 422 in words, naming the field', async () => {
      const before = await lastNumber();
      const res = await admin.post(`/api/backoffice/invoices/${keyId}/credit`, { reason: 'För mycket', rows: [{ position: 1, netOre: 225_01 }] });
      expect(res.status).toBe(422);
      expect(res.body.error).toEqual({
        code: 'CREDIT_TOO_LARGE', message: 'Krediteringen av rad 1 är större än det som återstår att kreditera: högst 225,00 kr exklusive moms.',
        details: { field: 'rows.0.netOre', maxNetOre: 225_00 },
      });
      const inEnglish = await eva.post(`/api/backoffice/invoices/${keyId}/credit`, { reason: 'Too much', rows: [{ position: 1, netOre: 1_000_00 }] });
      expect(inEnglish.body.error.message).toBe('The credit of row 1 is more than is left to credit: at most 225.00 kr excluding VAT.');
      const unknownRow = await admin.post(`/api/backoffice/invoices/${keyId}/credit`, { reason: 'x', rows: [{ position: 2, netOre: 1 }] });
      expect({ status: unknownRow.status, code: unknownRow.body.error.code, field: unknownRow.body.error.details.field }).toEqual({ status: 422, code: 'INVOICE_ROW_UNKNOWN', field: 'rows.0.position' });
      const twice = await admin.post(`/api/backoffice/invoices/${keyId}/credit`, { reason: 'x', rows: [{ position: 1, netOre: 1 }, { position: 1, netOre: 1 }] });
      expect({ status: twice.status, code: twice.body.error.code, field: twice.body.error.details.field }).toEqual({ status: 422, code: 'CREDIT_ROW_TWICE', field: 'rows.1.position' });
      const noReason = await admin.post(`/api/backoffice/invoices/${keyId}/credit`, { reason: ' ' });
      expect({ status: noReason.status, field: noReason.body.error.details.field }).toEqual({ status: 400, field: 'reason' });
      const negative = await admin.post(`/api/backoffice/invoices/${keyId}/credit`, { reason: 'x', rows: [{ position: 1, netOre: -5 }] });
      expect({ status: negative.status, field: negative.body.error.details.field }).toEqual({ status: 400, field: 'rows.0.netOre' });
      const creditOfCredit = await admin.post(`/api/backoffice/invoices/${halfId}/credit`, { reason: 'x' });
      expect({ status: creditOfCredit.status, code: creditOfCredit.body.error.code }).toEqual({ status: 422, code: 'CREDIT_OF_CREDIT_NOTE' });
      expect((await admin.post('/api/backoffice/invoices/00000000-0000-4000-8000-000000000000/credit', { reason: 'x' })).status).toBe(404);
      expect(await lastNumber()).toBe(before);
    });

    it('the tenant sees the invoice with what is left and the credit note, under Avier & fakturor', async () => {
      const unpaid = (await lisa.get('/api/portal/invoices')).body.invoices as { id: string; remainingOre: number; status: string }[];
      expect(unpaid.find((i) => i.id === keyId)).toMatchObject({ remainingOre: 281_25, status: 'partly_paid' });
      expect(unpaid.some((i) => i.id === halfId)).toBe(false);
      const all = (await lisa.get('/api/portal/invoices?unpaid=false')).body.invoices as { id: string; kind: string; totalOre: number }[];
      expect(all.find((i) => i.id === halfId)).toMatchObject({ kind: 'credit', totalOre: -281_25 });
      const note = (await lisa.get(`/api/portal/invoices/${halfId}`)).body.invoice;
      expect(note).toMatchObject({ kind: 'credit', ocr: null, creditsInvoice: { id: keyId } });
    });

    it('in full: the rest is credited, the invoice is settled, and nothing more can be credited', async () => {
      const rest = await admin.post(`/api/backoffice/invoices/${keyId}/credit`, { reason: 'Nyckeln returnerad' });
      expect(rest.status).toBe(201);
      expect(rest.body.invoice.totalOre).toBe(-281_25);
      const invoice = (await admin.get(`/api/backoffice/invoices/${keyId}`)).body.invoice;
      expect(invoice).toMatchObject({ status: 'paid', remainingOre: 0, uncreditedOre: 0, creditable: [{ position: 1, maxNetOre: 0 }] });
      expect(invoice.credits).toHaveLength(2);
      const again = await admin.post(`/api/backoffice/invoices/${keyId}/credit`, { reason: 'Igen' });
      expect(again.status).toBe(422);
      expect(again.body.error).toMatchObject({ code: 'NOTHING_TO_CREDIT', message: `Faktura ${keyNumber} är redan krediterad i sin helhet. Det finns inget kvar att kreditera.` });
      const unpaid = (await lisa.get('/api/portal/invoices')).body.invoices as { id: string }[];
      expect(unpaid.some((i) => i.id === keyId)).toBe(false);
      expect((await lisa.get(`/api/portal/invoices/${keyId}`)).body.invoice).toMatchObject({ status: 'paid', remainingOre: 0 });
    });
  });

  it('an avi credited whole mirrors its rows', async () => {
    const avi = (await lisa.get('/api/portal/invoices')).body.invoices.find((i: { kind: string }) => i.kind === 'rent');
    const original = (await admin.get(`/api/backoffice/invoices/${avi.id}`)).body.invoice;
    const res = await admin.post(`/api/backoffice/invoices/${avi.id}/credit`, { reason: 'Fel hyra' });
    expect(res.status).toBe(201);
    const note = (await admin.get(`/api/backoffice/invoices/${res.body.invoice.id}`)).body.invoice;
    expect(note.rows.map((r: { description: string; netOre: number; vatOre: number }) => [r.description, r.netOre, r.vatOre]))
      .toEqual(original.rows.map((r: { description: string; netOre: number; vatOre: number }) => [r.description, -r.netOre, -r.vatOre]));
    expect(note.totalOre).toBe(-original.totalOre);
    expect(note).toMatchObject({ lease: { id: original.lease.id }, periodFrom: original.periodFrom, periodTo: original.periodTo });
    expect((await lisa.get(`/api/portal/invoices/${avi.id}`)).body.invoice).toMatchObject({ status: 'paid', remainingOre: 0 });
    expect(res.body).toMatchObject({ releasedOre: 0, creditUsed: [] });
  });

  it('a paid avi credited: its payment goes back to the customer as credit, which pays the open avier at once', async () => {
    type Row = { id: string; kind: string; status: string; totalOre: number; remainingOre: number; dueDate: string; number: number };
    const all = (await lisa.get('/api/portal/invoices?unpaid=false')).body.invoices as Row[];
    // The oldest paid avi: paid by the demo's bank file, never credited.
    const paid = all.filter((i) => i.kind === 'rent' && i.status === 'paid').at(-1)!;
    const paidBefore = (await lisa.get(`/api/portal/invoices/${paid.id}`)).body.invoice;
    expect(paidBefore.payments.length).toBeGreaterThan(0);
    expect(paidBefore.credits ?? []).toEqual([]);
    const openBefore = (await lisa.get('/api/portal/invoices')).body.invoices as Row[];
    const creditBefore = (await lisa.get('/api/portal/balance')).body.creditOre as number;

    const res = await admin.post(`/api/backoffice/invoices/${paid.id}/credit`, { reason: 'Fel hyresnivå' });
    expect(res.status).toBe(201);
    expect(res.body.releasedOre).toBe(paid.totalOre);
    const used = (res.body.creditUsed as { invoice: { id: string; number: number }; amountOre: number }[]);
    const usedOre = used.reduce((sum, u) => sum + u.amountOre, 0);
    const oldestOpen = [...openBefore].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number - b.number)[0]!;
    expect(used[0]!.invoice.id).toBe(oldestOpen.id);
    expect(usedOre).toBe(Math.min(paid.totalOre, openBefore.reduce((sum, i) => sum + i.remainingOre, 0)));

    // The credited avi is settled exactly (not past), the customer's money is its credit or paid its open avier.
    expect((await lisa.get(`/api/portal/invoices/${paid.id}`)).body.invoice).toMatchObject({ status: 'paid', remainingOre: 0 });
    expect((await lisa.get('/api/portal/balance')).body.creditOre).toBe(creditBefore + paid.totalOre - usedOre);
    const openAfter = (await lisa.get('/api/portal/invoices')).body.invoices as Row[];
    expect(openAfter.reduce((sum, i) => sum + i.remainingOre, 0)).toBe(openBefore.reduce((sum, i) => sum + i.remainingOre, 0) - usedOre);

    const [event] = await t.database.db.select().from(auditEvents)
      .where(and(eq(auditEvents.action, 'payment.released_by_credit'), eq(auditEvents.subjectId, paid.id)));
    expect(event!.details).toMatchObject({ creditNoteId: res.body.invoice.id, releasedOre: paid.totalOre });

    // Crediting what is left of it again is refused: nothing left, nothing freed twice.
    const again = await admin.post(`/api/backoffice/invoices/${paid.id}/credit`, { reason: 'Igen' });
    expect(again.status).toBe(422);
  });
});

describe('the invoice register', () => {
  it('searches by number, customer, kind and status, newest first, in pages', async () => {
    const all = (await admin.get('/api/backoffice/invoices')).body;
    expect(all).toMatchObject({ page: 1, pageSize: 50 });
    expect(all.total).toBeGreaterThan(50);
    expect(all.invoices).toHaveLength(50);
    const dates = all.invoices.map((i: { issueDate: string }) => i.issueDate);
    expect([...dates].sort().reverse()).toEqual(dates);
    const last = Math.ceil(all.total / 50);
    const lastPage = (await admin.get(`/api/backoffice/invoices?page=${last}`)).body;
    expect(lastPage.invoices).toHaveLength(all.total - (last - 1) * 50);
    expect((await admin.get(`/api/backoffice/invoices?page=${last + 1}`)).body).toMatchObject({ invoices: [], total: all.total });

    const first = all.invoices[0];
    const byNumber = (await admin.get(`/api/backoffice/invoices?q=${first.number}`)).body.invoices;
    expect(byNumber.map((i: { id: string }) => i.id)).toContain(first.id);
    expect(byNumber.map((i: { number: number }) => i.number)).toEqual([first.number]);
    const byOrgNumber = (await admin.get('/api/backoffice/invoices?q=559123-4561')).body.invoices as { customer: { name: string } }[];
    expect(byOrgNumber.length).toBeGreaterThan(0);
    expect(byOrgNumber.every((i) => i.customer.name === 'Café Lunden AB')).toBe(true);

    const lunden = (await admin.get(`/api/backoffice/invoices?q=${encodeURIComponent('café lund')}`)).body.invoices as { customer: { name: string } }[];
    expect(lunden.length).toBeGreaterThan(0);
    expect(lunden.every((i) => i.customer.name === 'Café Lunden AB')).toBe(true);

    const notes = (await admin.get(`/api/backoffice/invoices?customerId=${lundenId}&kind=credit`)).body.invoices as { kind: string; creditsInvoiceId: string; customer: { id: string } }[];
    expect(notes.length).toBeGreaterThanOrEqual(3);
    expect(notes.every((i) => i.kind === 'credit' && i.creditsInvoiceId && i.customer.id === lundenId)).toBe(true);

    for (const status of ['overdue', 'paid', 'unpaid']) {
      const found = (await admin.get(`/api/backoffice/invoices?status=${status}`)).body.invoices as { status: string }[];
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((i) => i.status === status)).toBe(true);
    }
    const overdue = (await admin.get('/api/backoffice/invoices?status=overdue')).body.invoices as { customer: { name: string } }[];
    expect(overdue.map((i) => i.customer.name)).toContain('Byggvaruhuset Väst AB');
    const bad = await admin.get('/api/backoffice/invoices?status=betald');
    expect({ status: bad.status, field: bad.body.error.details.field }).toEqual({ status: 400, field: 'status' });
  });
});

describe('who may', () => {
  it('a customer manager reads invoices but may not issue or credit; a tenant may do neither', async () => {
    const karin = new Client(t.app);
    await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
    const list = await karin.get('/api/backoffice/invoices');
    expect(list.status).toBe(200);
    const id = list.body.invoices[0].id;
    expect((await karin.get(`/api/backoffice/invoices/${id}`)).status).toBe(200);
    expect((await karin.post('/api/backoffice/invoices', key())).status).toBe(403);
    expect((await karin.post(`/api/backoffice/invoices/${id}/credit`, { reason: 'x' })).status).toBe(403);
    expect((await lisa.get('/api/backoffice/invoices')).status).toBe(403);
    expect((await lisa.post('/api/backoffice/invoices', key())).status).toBe(403);
    expect((await new Client(t.app).get('/api/backoffice/invoices')).status).toBe(401);
  });

  it('finance issues and credits', async () => {
    const res = await eva.post('/api/backoffice/invoices', key());
    expect(res.status).toBe(201);
    expect((await eva.post(`/api/backoffice/invoices/${res.body.invoice.id}/credit`, { reason: 'Fel kund' })).status).toBe(201);
  });
});
