// Dröjsmålsränta invoiced (decision 0024): off by default (only shown); turned on in the collection
// settings, the daily run gives an overdue invoice paid late an interest invoice of its own (VAT-free,
// its own OCR, e-mailed), once, and never for what was paid before it was turned on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, eq, lt, ne, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { auditEvents, customers, invoiceRows, invoices, lateInterestCharges, outgoingMessages, staffUsers } from '../../server/db/schema/index.ts';
import { fixedClock } from '../../server/clock.ts';
import { firstBankingDayFrom } from '../../server/domain/billing/one-off.ts';
import { issueOneOffInvoice } from '../../server/usecases/billing/issue-invoice.ts';
import { settledOre } from '../../server/repositories/invoices.ts';
import { isValidOcr } from '../../server/domain/billing/index.ts';
import { swedishDate } from '../../server/domain/dates.ts';
import { interestToCharge, REFERENCE_RATES } from '../../server/domain/payments/index.ts';
import { chargeLateInterest } from '../../server/usecases/payments/charge-late-interest.ts';

let t: TestApp;
let admin: Client;
let evaEn: Client;
let byggId: string;
const URL = '/api/backoffice/settings/collections';
const bas = { receivables: '1510', bank: '1930', customerAdvances: '2420', income0: '3911', income25: '3913', outputVat25: '2611', reminderFees: '3930', interest: '8313' };
const settings = (lateInterest?: { charged: boolean; minimumOre: number }) => ({ reminderFeeOre: 6000, reminderDaysAfterDue: [3, 14], accounts: bas, ...(lateInterest ? { lateInterest } : {}) });
const run = () => chargeLateInterest({ db: t.database.db, jobs: t.jobs, config: t.config, clock: t.clock });
const today = swedishDate(new Date());

const overdue = async () => t.database.db.select({
  id: invoices.id, number: invoices.number, dueDate: invoices.dueDate, leftOre: sql<number>`(${invoices.totalOre} - ${settledOre})::bigint`.mapWith(Number),
}).from(invoices).where(and(eq(invoices.customerId, byggId), ne(invoices.kind, 'credit'), lt(invoices.dueDate, today), sql`${invoices.totalOre} > ${settledOre}`));

const pay = (invoice: { leftOre: number }, ocr: string, paidOn = today) => admin.post('/api/backoffice/payments', {
  key: randomUUID(), paidOn, amountOre: invoice.leftOre, reference: ocr, payerName: 'Byggvaruhuset Väst AB',
});

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  admin = new Client(t.app); await admin.loginStaff('admin@exempel.se', 'Admin#2026');
  evaEn = new Client(t.app, 'en'); await evaEn.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
  byggId = (await t.database.db.select({ id: customers.id }).from(customers).where(eq(customers.name, 'Byggvaruhuset Väst AB')))[0]!.id;
});
afterAll(async () => { await t?.close(); });

describe('late-payment interest', () => {
  it('is off in the demo: the run charges nothing', async () => {
    expect((await admin.get(URL)).body.settings.lateInterest).toEqual({ charged: false, minimumOre: 5000 });
    expect(await run()).toEqual({ charged: 0, interestOre: 0 });
  });

  it('refuses a minimum out of range in words, naming the field; a client that leaves it out changes nothing of it', async () => {
    const res = await evaEn.request('PUT', URL, settings({ charged: true, minimumOre: 100_001 }));
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'SETTINGS_INTEREST_MINIMUM_OUT_OF_RANGE', message: 'The smallest interest invoice must be between 0 and 1,000.00 kr.', details: { field: 'lateInterest.minimumOre' } });
    const sv = await admin.request('PUT', URL, settings({ charged: true, minimumOre: -1 }));
    expect(sv.body.error.message).toMatch(/^Lägsta belopp för en räntefaktura ska vara mellan 0 och 1\s000,00 kr\.$/);
    const without = await admin.request('PUT', URL, settings());
    expect(without.body).toMatchObject({ settings: { lateInterest: { charged: false, minimumOre: 5000 } }, changed: [] });
  });

  it('turned on, charges only what is booked from then: an overdue invoice paid before is left alone', async () => {
    const [first] = await overdue();
    expect(first).toBeDefined();
    const ocr = (await t.database.db.select({ ocr: invoices.ocr }).from(invoices).where(eq(invoices.id, first!.id)))[0]!.ocr!;
    // Paid late, while charging is off.
    expect((await pay(first!, ocr)).status).toBe(201);
    const on = await admin.request('PUT', URL, settings({ charged: true, minimumOre: 0 }));
    expect(on.body).toMatchObject({ settings: { lateInterest: { charged: true, minimumOre: 0 } }, changed: ['lateInterest'] });
    const [event] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'settings.collections_changed')).orderBy(sql`${auditEvents.at} desc`).limit(1);
    expect(event!.details).toMatchObject({ before: { lateInterest: { charged: false } }, after: { lateInterest: { charged: true, minimumOre: 0 } } });
    // The run reads an hour back for bookings that committed late, but never before charging was turned on.
    expect(await run()).toEqual({ charged: 0, interestOre: 0 });
    expect(await t.database.db.select().from(lateInterestCharges).where(eq(lateInterestCharges.invoiceId, first!.id))).toEqual([]);
  });
});

describe('an overdue invoice paid late, with charging on', () => {
  it('gets an interest invoice: VAT-free, its own OCR, the interest of each late day, an e-mail; once', async () => {
    // A one-off invoice issued 70 days ago, due 40 days ago (a banking day), paid today.
    const issuedOn = new Date(Date.now() - 70 * 86_400_000);
    const due = firstBankingDayFrom(swedishDate(new Date(issuedOn.getTime() + 30 * 86_400_000)));
    const staffId = (await t.database.db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, 'admin@exempel.se')))[0]!.id;
    const issued = await issueOneOffInvoice({ db: t.database.db, jobs: t.jobs, config: t.config, clock: fixedClock(issuedOn.toISOString()) }, {
      staffId, ip: null, customerId: byggId, text: 'Reparation av port', dueDate: due,
      rows: [{ description: 'Reparation av port', netOre: 20_000_00, vatRatePercent: 25 }],
    });
    const id = issued.id;
    const [late] = await t.database.db.select().from(invoices).where(eq(invoices.id, id));
    expect((await pay({ leftOre: late!.totalOre }, late!.ocr!)).status).toBe(201);

    const expected = interestToCharge({ dueDate: due, paid: [{ amountOre: late!.totalOre, paidOn: today }], rates: [...REFERENCE_RATES], minimumOre: 0 })!;
    expect(expected.interestOre).toBeGreaterThan(0);
    const result = await run();
    expect(result.charged).toBeGreaterThanOrEqual(1);
    const [charge] = await t.database.db.select().from(lateInterestCharges).where(eq(lateInterestCharges.invoiceId, id));
    expect(charge!.interestOre).toBe(expected.interestOre);
    const [interest] = await t.database.db.select().from(invoices).where(eq(invoices.id, charge!.interestInvoiceId));
    expect(interest).toMatchObject({ kind: 'one_off', customerId: byggId, issueDate: today, totalOre: expected.interestOre, vatOre: 0, text: `Dröjsmålsränta för faktura ${late!.number} (Reparation av port)` });
    expect(isValidOcr(interest!.ocr!)).toBe(true);
    const rows = await t.database.db.select().from(invoiceRows).where(eq(invoiceRows.invoiceId, interest!.id));
    expect(rows).toEqual([expect.objectContaining({ kind: 'interest', vatRatePercent: 0, netOre: expected.interestOre, periodTo: today })]);
    expect(rows[0]!.description).toMatch(/^Dröjsmålsränta [\d,]+ % på 25\s000,00 kr, \d{4}-\d{2}-\d{2}–\d{4}-\d{2}-\d{2} \(\d+ dagar\)$/);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'invoice.late_interest_charged'), eq(auditEvents.subjectId, id)));
    expect(audit).toMatchObject({ actorKind: 'system', details: { interestOre: expected.interestOre, interestInvoice: interest!.number } });
    const mails = await t.database.db.select().from(outgoingMessages).where(and(eq(outgoingMessages.customerId, byggId), sql`${outgoingMessages.text} like ${`%Dröjsmålsränta för faktura ${late!.number}%`}`));
    expect(mails.length).toBeGreaterThan(0);

    // The invoice's page in the back office links it.
    expect((await admin.get(`/api/backoffice/invoices/${id}/collection`)).body.interestInvoice).toEqual({ id: interest!.id, number: interest!.number, totalOre: expected.interestOre });

    // Once: the next run, and a run of a day later, charge it no more.
    expect(await run()).toEqual({ charged: 0, interestOre: 0 });
    expect(await t.database.db.select().from(lateInterestCharges).where(eq(lateInterestCharges.invoiceId, id))).toHaveLength(1);
  });

  it('turned off, nothing is charged', async () => {
    const off = await admin.request('PUT', URL, settings({ charged: false, minimumOre: 0 }));
    expect(off.body.changed).toEqual(['lateInterest']);
    expect(await run()).toEqual({ charged: 0, interestOre: 0 });
  });
});
