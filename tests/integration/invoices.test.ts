// The tenant's invoices (Avier & fakturor) on the demo data: the unpaid list and all, an invoice's
// page with its payment details and QR code, its PDF, status derived from the bookings, another
// customer's invoice (404), and bookings that refuse to be edited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { invoiceRows, invoices, paymentAllocations, payments } from '../../server/db/schema/index.ts';
import { isValidOcr, usingQrPayload } from '../../server/domain/billing/index.ts';
import { qrSvgPath } from '../../server/documents/qr.ts';
import { swedishDate } from '../../server/domain/dates.ts';

let t: TestApp;
let lisa: Client;
let bo: Client;
const today = swedishDate(new Date());

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  lisa = new Client(t.app);
  await lisa.loginTenant();
  bo = new Client(t.app);
  await bo.loginTenant('bygg', 'Bygg#2026');
});
afterAll(async () => { await t?.close(); });

type Summary = { id: string; number: number; kind: string; periodKey: string | null; text: string | null; title: unknown; issueDate: string; dueDate: string; totalOre: number; remainingOre: number; status: string };
const list = async (c: Client, query = '') => (await c.get(`/api/portal/invoices${query}`)).body.invoices as Summary[];

describe("the tenant's invoices", () => {
  it('lists only what is left to pay by default: the coming period, not yet due', async () => {
    const unpaid = await list(lisa);
    // Café Lunden: the coming quarter's avi for 100101 and the coming month's for the garage 100102
    expect(unpaid).toHaveLength(2);
    for (const i of unpaid) {
      expect(i).toMatchObject({ kind: 'rent', status: 'unpaid', remainingOre: i.totalOre });
      expect(i.dueDate >= today).toBe(true);
    }
    expect(unpaid.map((i) => i.totalOre).sort((a, b) => a - b)).toEqual([1_812_50, 122_728_13]);
    expect(unpaid.find((i) => i.totalOre === 122_728_13)!.title).toMatchObject({ kind: 'quarter' });
    expect(unpaid.find((i) => i.totalOre === 1_812_50)!.title).toMatchObject({ kind: 'month' });
    expect(await list(lisa, '?unpaid=true')).toEqual(unpaid);
  });

  it('lists all, newest first, with the paid ones, the one-off invoice and its credit note', async () => {
    const all = await list(lisa, '?unpaid=false');
    // a year of avier: 4 quarters for 100101, 12 months for 100102; the key and its credit note
    expect(all).toHaveLength(18);
    const order = all.map((i) => `${i.issueDate}|${String(i.number).padStart(9, '0')}`);
    expect(order).toEqual([...order].sort().reverse());
    expect(all.filter((i) => i.status === 'paid')).toHaveLength(16);
    const key = all.find((i) => i.kind === 'one_off')!;
    expect(key).toMatchObject({ text: 'Extra nyckel', title: null, periodKey: null, totalOre: 562_50, remainingOre: 0, status: 'paid' });
    const credit = all.find((i) => i.kind === 'credit')!;
    expect(credit).toMatchObject({ totalOre: -281_25, remainingOre: 0, status: 'paid' });
  });

  it("shows Byggvaruhuset's latest avi that fell due as overdue", async () => {
    const unpaid = await list(bo);
    expect(unpaid.map((i) => i.status).sort()).toEqual(['overdue', 'unpaid']);
    const overdue = unpaid.find((i) => i.status === 'overdue')!;
    expect(overdue.dueDate < today).toBe(true);
    expect((await list(bo, '?unpaid=false')).filter((i) => i.status === 'paid')).toHaveLength(2);
  });

  it("opens an avi: rows, VAT per rate, bankgiro, OCR, the lease and its objects, and the QR code's payload", async () => {
    const quarter = (await list(lisa)).find((i) => i.totalOre === 122_728_13)!;
    const res = await lisa.get(`/api/portal/invoices/${quarter.id}`);
    expect(res.status, res.raw).toBe(200);
    const invoice = res.body.invoice;
    expect(invoice).toMatchObject({ number: quarter.number, status: 'unpaid', netOre: 98_182_50, vatOre: 24_545_63, totalOre: 122_728_13, bankgiro: '5050-1055', payments: [], credits: [], creditsInvoice: null });
    expect(invoice.rows.map((r: { description: string }) => r.description).sort()).toEqual(['Fastighetsskattetillägg', 'Grundhyra lokal', 'Indexuppräkning', 'Värme']);
    expect(invoice.vatByRate).toEqual([{ ratePercent: 25, netOre: 98_182_50, vatOre: 24_545_63 }]);
    expect(isValidOcr(invoice.ocr)).toBe(true);
    expect(invoice.lease).toMatchObject({ number: '100101' });
    expect(invoice.lease.objects.map((o: { number: string }) => o.number)).toEqual(['1001', 'F-01']);
    const payload = usingQrPayload({
      payeeName: 'Fastighets AB Exempel', orgNumber: '556677-8808', countryCode: 'SE', invoiceNumber: invoice.number, ocr: invoice.ocr,
      amountOre: 122_728_13, issueDate: invoice.issueDate, dueDate: invoice.dueDate, vatOre: 24_545_63, giro: '5050-1055', giroType: 'BG',
    });
    expect(invoice.qr).toEqual({ payload, ...qrSvgPath(payload) });
    expect(JSON.parse(invoice.qr.payload)).toMatchObject({ uqr: 1, tp: 1, iref: invoice.ocr, due: 122728.13, pt: 'BG', acc: '5050-1055' });
  });

  it('opens the one-off invoice: paid by a payment and a credit note, so no QR code; the credit note names it', async () => {
    const all = await list(lisa, '?unpaid=false');
    const key = (await lisa.get(`/api/portal/invoices/${all.find((i) => i.kind === 'one_off')!.id}`)).body.invoice;
    const credit = all.find((i) => i.kind === 'credit')!;
    expect(key).toMatchObject({ text: 'Extra nyckel', status: 'paid', qr: null, vatByRate: [{ ratePercent: 25, netOre: 450_00, vatOre: 112_50 }] });
    expect(key.payments).toEqual([{ id: expect.any(String), paidOn: expect.any(String), amountOre: 281_25 }]);
    expect(key.credits).toEqual([{ id: credit.id, number: credit.number, issueDate: credit.issueDate, totalOre: -281_25 }]);
    const note = (await lisa.get(`/api/portal/invoices/${credit.id}`)).body.invoice;
    expect(note).toMatchObject({ kind: 'credit', ocr: null, qr: null, creditsInvoice: { id: key.id, number: key.number } });
  });

  it('gives the avi as a PDF, inline, named by its number', async () => {
    const quarter = (await list(lisa)).find((i) => i.totalOre === 122_728_13)!;
    const res = await lisa.get(`/api/portal/invoices/${quarter.id}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="avi-${quarter.number}.pdf"`);
    expect(res.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The same avi renders to the same bytes.
    expect((await lisa.get(`/api/portal/invoices/${quarter.id}/pdf`)).bytes.equals(res.bytes)).toBe(true);
    const credit = (await list(lisa, '?unpaid=false')).find((i) => i.kind === 'credit')!;
    expect((await lisa.get(`/api/portal/invoices/${credit.id}/pdf`)).bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it("never shows another customer's invoice or its PDF (404)", async () => {
    const theirs = (await list(bo, '?unpaid=false'))[0]!;
    expect((await lisa.get(`/api/portal/invoices/${theirs.id}`)).status).toBe(404);
    expect((await lisa.get(`/api/portal/invoices/${theirs.id}/pdf`)).status).toBe(404);
    expect((await lisa.get(`/api/portal/invoices/${randomUUID()}`)).status).toBe(404);
    expect((await list(lisa, '?unpaid=false')).some((i) => i.id === theirs.id)).toBe(false);
    expect((await new Client(t.app).get('/api/portal/invoices')).status).toBe(401);
  });
});

describe('status from the bookings', () => {
  it('is partly paid after half a payment, paid after the rest, and then leaves the unpaid list', async () => {
    const garage = (await list(lisa)).find((i) => i.totalOre === 1_812_50)!;
    const pay = async (amountOre: number) => {
      const id = randomUUID();
      await t.database.db.transaction(async (tx) => {
        await tx.insert(payments).values({ id, customerId: null, amountOre, paidOn: today, reference: 'test', source: 'manual', createdAt: new Date() });
        await tx.insert(paymentAllocations).values({ paymentId: id, invoiceId: garage.id, amountOre, createdAt: new Date() });
      });
    };
    await pay(1_000_00);
    const half = (await list(lisa)).find((i) => i.id === garage.id)!;
    expect(half).toMatchObject({ status: 'partly_paid', remainingOre: 812_50 });
    const detail = (await lisa.get(`/api/portal/invoices/${garage.id}`)).body.invoice;
    expect(JSON.parse(detail.qr.payload).due).toBe(812.5);
    await pay(812_50);
    expect((await list(lisa)).some((i) => i.id === garage.id)).toBe(false);
    const paid = (await lisa.get(`/api/portal/invoices/${garage.id}`)).body.invoice;
    expect(paid).toMatchObject({ status: 'paid', remainingOre: 0, qr: null });
    expect(paid.payments.map((p: { amountOre: number }) => p.amountOre)).toEqual([1_000_00, 812_50]);
  });
});

describe('bookings are insert-only', () => {
  it('refuses to update or delete an invoice, its rows, a payment or an allocation', async () => {
    const [invoice] = await t.database.db.select().from(invoices).limit(1);
    const refused = async (change: Promise<unknown>) => {
      const error = await change.then(() => null, (e: unknown) => e as { cause?: { message?: string; code?: string } });
      expect(error, 'the change went through').not.toBeNull();
      expect(String(error!.cause?.message ?? error)).toContain('bookings are insert-only');
    };
    await refused(t.database.db.update(invoices).set({ totalOre: 1 }).where(eq(invoices.id, invoice!.id)));
    await refused(t.database.db.delete(invoices).where(eq(invoices.id, invoice!.id)));
    await refused(t.database.db.update(invoiceRows).set({ netOre: 1 }).where(eq(invoiceRows.invoiceId, invoice!.id)));
    await refused(t.database.db.update(payments).set({ amountOre: 1 }));
    await refused(t.database.db.delete(paymentAllocations));
    const [after] = await t.database.db.select().from(invoices).where(eq(invoices.id, invoice!.id));
    expect(after).toEqual(invoice);
  });
});
