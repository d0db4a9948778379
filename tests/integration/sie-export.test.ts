// Bokföring: the SIE 4 file of a period on the demo data, read back as an accounting system would:
// CP437, the landlord's #ORGNR, every account declared, every voucher balanced; an invoice per A
// voucher, a payment per B voucher; credit used later as its own voucher; accounts from the settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, between, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { readSie } from '../support/sie.ts';
import { customers, invoices, landlordSettings, paymentAllocations, payments } from '../../server/db/schema/index.ts';
import { addDays, addMonths } from '../../server/domain/billing/index.ts';
import { swedishDate } from '../../server/domain/dates.ts';

let t: TestApp;
let eva: Client;
const today = swedishDate(new Date());
const from = `${addMonths(today, -12).slice(0, 7)}-01`;
const sie = (q: string, client = eva) => client.get(`/api/backoffice/exports/sie?${q}`);

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  eva = new Client(t.app);
  await eva.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
});
afterAll(async () => { await t?.close(); });

describe('the SIE 4 file of a period', () => {
  it('is a CP437 download with the landlord, its #ORGNR and the financial years', async () => {
    const res = await sie(`from=${from}&to=${today}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=IBM437');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="sie4-${from}-${today}.se"`);
    expect(res.bytes.includes(Buffer.from('\u00c3'))).toBe(false);
    // "Företagskonto" with ö as CP437 0x94
    expect(res.bytes.includes(Buffer.from([0x46, 0x94, 0x72]))).toBe(true);
    const read = readSie(res.bytes);
    expect(read.records.slice(0, 5)).toEqual(['#FLAGGA 0', '#PROGRAM "Hyresportal" "0.1.0"', '#FORMAT PC8', `#GEN ${today.replaceAll('-', '')}`, '#SIETYP 4']);
    expect(read.field('#FNAMN')).toEqual(['Fastighets AB Exempel']);
    expect(read.field('#ORGNR')).toEqual(['556677-8808']);
    expect(read.field('#RAR')).toEqual(['0', `${today.slice(0, 4)}0101`, `${today.slice(0, 4)}1231`]);
    expect(read.field('#KPTYP')).toEqual(['BAS2014']);
  });

  it('has a balanced voucher per invoice and per payment of the period, every account declared', async () => {
    const read = readSie((await sie(`from=${from}&to=${today}`)).bytes);
    const db = t.database.db;
    const issued = await db.select({ number: invoices.number, totalOre: invoices.totalOre, kind: invoices.kind }).from(invoices).where(between(invoices.issueDate, from, today));
    const paid = await db.select({ amountOre: payments.amountOre }).from(payments).where(between(payments.paidOn, from, today));
    const a = read.vouchers.filter((v) => v.series === 'A');
    const b = read.vouchers.filter((v) => v.series === 'B');
    expect(a).toHaveLength(issued.length);
    expect(b).toHaveLength(paid.length);
    expect(a.map((v) => v.number)).toEqual(a.map((_, i) => i + 1));
    for (const v of read.vouchers) {
      expect(v.trans.reduce((s, x) => s + x.amountOre, 0), v.head).toBe(0);
      for (const x of v.trans) expect(read.declared.has(x.account), x.account).toBe(true);
      expect(v.date >= from.replaceAll('-', '') && v.date <= today.replaceAll('-', '')).toBe(true);
    }
    // Receivables: debited with every invoice's total (a credit note's negative), credited with what was paid.
    const receivables = (vs: typeof a) => vs.flatMap((v) => v.trans).filter((x) => x.account === '1510').reduce((s, x) => s + x.amountOre, 0);
    expect(receivables(a)).toBe(issued.reduce((s, i) => s + i.totalOre, 0));
    expect(-receivables(b)).toBeGreaterThan(0);
    const bank = b.flatMap((v) => v.trans).filter((x) => x.account === '1930').reduce((s, x) => s + x.amountOre, 0);
    expect(bank).toBe(paid.reduce((s, p) => s + p.amountOre, 0));
    expect(a.some((v) => v.text.startsWith('Kreditfaktura'))).toBe(true);
    expect(a.some((v) => v.text.startsWith('Hyresavi'))).toBe(true);
    // 25 % VAT on 2611, VAT-free housing rent on 3911
    const accounts = new Set(a.flatMap((v) => v.trans.map((x) => x.account)));
    expect([...accounts].sort()).toEqual(expect.arrayContaining(['1510', '2611', '3911', '3913']));
  });

  it('books credit used on a later day as a voucher of its own, from advances (2420) to receivables', async () => {
    const db = t.database.db;
    const [lunden] = await db.select({ id: customers.id }).from(customers).where(eq(customers.name, 'Café Lunden AB'));
    const [coming] = await db.select({ id: invoices.id, number: invoices.number }).from(invoices)
      .where(and(eq(invoices.customerId, lunden!.id), sql`${invoices.dueDate} >= ${today}`, eq(invoices.kind, 'rent'))).limit(1);
    const paidOn = addDays(today, -5);
    const bookedAt = new Date(`${paidOn}T10:00:00+01:00`);
    const paymentId = randomUUID();
    await db.insert(payments).values({ id: paymentId, customerId: lunden!.id, amountOre: 1000_00, paidOn, reference: 'överbetalning', source: 'manual', createdAt: bookedAt });
    await db.insert(paymentAllocations).values({ paymentId, invoiceId: coming!.id, amountOre: 400_00, createdAt: new Date(bookedAt.getTime() + 2 * 86_400_000) });
    const read = readSie((await sie(`from=${paidOn}&to=${today}`)).bytes);
    const payment = read.vouchers.find((v) => v.text === 'Inbetalning ref överbetalning Café Lunden AB')!;
    expect(payment.trans).toEqual([{ account: '1930', amountOre: 1000_00 }, { account: '2420', amountOre: -1000_00 }]);
    const used = read.vouchers.find((v) => v.text === `Tillgodo till faktura ${coming!.number}`)!;
    expect(used).toMatchObject({ series: 'B', date: addDays(paidOn, 2).replaceAll('-', '') });
    expect(used.trans).toEqual([{ account: '2420', amountOre: 400_00 }, { account: '1510', amountOre: -400_00 }]);
    // The day before the allocation the period has the payment, not the credit used.
    const before = readSie((await sie(`from=${paidOn}&to=${addDays(paidOn, 1)}`)).bytes);
    expect(before.vouchers.map((v) => v.text)).toContain(payment.text);
    expect(before.vouchers.map((v) => v.text)).not.toContain(used.text);
  });

  it("uses the settings' accounts in place of BAS, named in #KONTO", async () => {
    await t.database.db.update(landlordSettings).set({ sieAccounts: { bank: '1940', names: { 1940: 'Bankkonto Handelsbanken' } } });
    const read = readSie((await sie(`from=${from}&to=${today}`)).bytes);
    expect(read.records).toContain('#KONTO 1940 "Bankkonto Handelsbanken"');
    expect(read.declared.has('1930')).toBe(false);
    await t.database.db.update(landlordSettings).set({ sieAccounts: null });
  });

  it('gives an empty period a file with no vouchers', async () => {
    const read = readSie((await sie('from=2001-01-01&to=2001-01-31')).bytes);
    expect(read.vouchers).toEqual([]);
    expect(read.field('#RAR')).toEqual(['0', '20010101', '20011231']);
  });
});

describe('refusals', () => {
  it('refuses a period that ends before it begins, or is longer than 18 months, in words', async () => {
    let res = await sie(`from=${today}&to=${addDays(today, -1)}`);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'EXPORT_PERIOD_REVERSED', details: { field: 'to' } });
    expect(res.body.error.message).toMatch(/^Perioden slutar/);
    const english = new Client(t.app, 'en');
    await english.loginStaff('admin@exempel.se', 'Admin#2026');
    res = await sie('from=2024-01-01&to=2026-01-01', english);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('The period 2024-01-01–2026-01-01 is longer than 549 days (18 months, the longest a financial year may be). Choose a shorter period.');
  });

  it('refuses a date that is not one, or a missing one, with 400', async () => {
    expect((await sie('from=2026-02-30&to=2026-03-31')).status).toBe(400);
    expect((await sie('from=2026-02-01')).status).toBe(400);
    expect((await sie('from=1.2.2026&to=2026-03-31')).status).toBe(400);
  });

  it('is for staff who may read billing', async () => {
    const karin = new Client(t.app);
    await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
    expect((await sie(`from=${today}&to=${today}`, karin)).status).toBe(200);
    const fredrik = new Client(t.app);
    await fredrik.loginStaff('fastighetsansvarig@exempel.se', 'Fastighet#2026');
    expect((await sie(`from=${today}&to=${today}`, fredrik)).status).toBe(403);
    expect((await sie(`from=${today}&to=${today}`, new Client(t.app))).status).toBe(401);
  });
});
