// Påminnelser: the daily run on the demo data with a fixed clock (Byggvaruhuset Väst AB's overdue avi
// gets reminder 1 three days after its due date, with the agreed 60 kr fee on an invoice of its own,
// and reminder 2 on day 14 without a second fee), run twice or at once it sends once, in the user's
// language; without a fee setting no fee; a customer nobody can be reached at is left for staff. And
// the invoice page's reminders, accrued interest and "Skicka påminnelse" by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { fixedClock } from '../../server/clock.ts';
import { auditEvents, customers, invoiceReminders, invoiceRows, invoices, landlordSettings, outgoingMessages, tenantUsers } from '../../server/db/schema/index.ts';
import { settledOre } from '../../server/repositories/invoices.ts';
import { addDays, isValidOcr } from '../../server/domain/billing/index.ts';
import { oneOffDueDate } from '../../server/domain/billing/one-off.ts';
import { swedishDate } from '../../server/domain/dates.ts';
import { sendDueReminders } from '../../server/usecases/payments/send-due-reminders.ts';
import { issueOneOffInvoice } from '../../server/usecases/billing/issue-invoice.ts';

let t: TestApp;
let byggId: string;
let avi: { id: string; number: number; dueDate: string; leftOre: number };
const today = swedishDate(new Date());

const customerId = async (name: string) => (await t.database.db.select({ id: customers.id }).from(customers).where(eq(customers.name, name)))[0]!.id;
const at = (date: string) => fixedClock(`${date}T08:00:00+01:00`);
const run = (date: string) => sendDueReminders({ db: t.database.db, jobs: t.jobs, config: t.config, clock: at(date) });
const remindersOf = (invoiceId: string) => t.database.db.select().from(invoiceReminders).where(eq(invoiceReminders.invoiceId, invoiceId)).orderBy(asc(invoiceReminders.level));
const messagesTo = (customer: string) => t.database.db.select().from(outgoingMessages).where(eq(outgoingMessages.customerId, customer)).orderBy(asc(outgoingMessages.createdAt), asc(outgoingMessages.channel), asc(outgoingMessages.recipient));
const setFee = (ore: number) => t.database.db.update(landlordSettings).set({ reminderFeeOre: ore });

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  byggId = await customerId('Byggvaruhuset Väst AB');
  [avi] = await t.database.db.select({ id: invoices.id, number: invoices.number, dueDate: invoices.dueDate, leftOre: sql<number>`(${invoices.totalOre} - ${settledOre})::bigint`.mapWith(Number) })
    .from(invoices)
    .where(and(eq(invoices.customerId, byggId), ne(invoices.kind, 'credit'), lt(invoices.dueDate, today), sql`${invoices.totalOre} > ${settledOre}`)) as [typeof avi];
});
afterAll(async () => { await t?.close(); });

describe('the daily reminder run', () => {
  it('sends nothing before the first level (3 days after the due date)', async () => {
    expect(await run(addDays(avi.dueDate, 2))).toEqual({ sent: 0, unreachable: 0 });
    expect(await remindersOf(avi.id)).toEqual([]);
  });

  it('sends reminder 1 on day 3 by e-mail and SMS, with the 60 kr fee on an invoice of its own', async () => {
    const day = addDays(avi.dueDate, 3);
    expect(await run(day)).toEqual({ sent: 1, unreachable: 0 });
    const [reminder] = await remindersOf(avi.id);
    expect(reminder).toMatchObject({ level: 1, sentOn: day });
    const [fee] = await t.database.db.select().from(invoices).where(eq(invoices.id, reminder!.feeInvoiceId!));
    expect(fee).toMatchObject({ kind: 'one_off', customerId: byggId, issueDate: day, dueDate: oneOffDueDate(day), totalOre: 6000, vatOre: 0 });
    expect(fee!.text).toContain(`Påminnelseavgift för avi ${avi.number}`);
    expect(isValidOcr(fee!.ocr!)).toBe(true);
    expect(await t.database.db.select({ kind: invoiceRows.kind, netOre: invoiceRows.netOre, vatRatePercent: invoiceRows.vatRatePercent }).from(invoiceRows).where(eq(invoiceRows.invoiceId, fee!.id)))
      .toEqual([{ kind: 'reminder_fee', netOre: 6000, vatRatePercent: 0 }]);

    const sent = await messagesTo(byggId);
    expect(sent.map((m) => [m.channel, m.recipient, m.language])).toEqual([
      ['email', 'bo@byggvaruhuset.se', 'sv'], ['email', 'hyra@byggvaruhuset.se', 'sv'], ['sms', '+46761112233', 'sv'],
    ]);
    const mail = sent[0]!;
    expect(mail.subject).toMatch(new RegExp(`^Påminnelse: avi ${avi.number} \\(Kvartal \\d \\d{4}\\) är obetald$`));
    expect(mail.text).toContain(`förföll ${avi.dueDate}`);
    expect(mail.text).toContain('Det här är vår första påminnelse.');
    expect(mail.text).toContain(`En påminnelseavgift på 60,00\u00a0kr har lagts på en egen faktura, nummer ${fee!.number} med OCR-nummer ${fee!.ocr}`);
    expect(mail.text).toContain('bortse från den här påminnelsen');
    expect(mail.text).toContain(`${t.config.publicUrl}/avier/${avi.id}`);
    expect(sent[2]!.text).toMatch(new RegExp(`^Påminnelse från Fastighets AB Exempel: avi ${avi.number} `));
    expect(sent[2]!.text).toContain(`till bankgiro 5050-1055, OCR ${(await t.database.db.select({ ocr: invoices.ocr }).from(invoices).where(eq(invoices.id, avi.id)))[0]!.ocr}.`);
    expect(sent[2]!.text).toContain(`Påminnelseavgift 60,00`);

    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'invoice.reminder_sent'), eq(auditEvents.subjectId, avi.id)));
    expect(audit).toMatchObject({ actorKind: 'system', details: { level: 1, feeOre: 6000, feeInvoice: fee!.number, messages: 3 } });
  });

  it('sends it once: run again the same day, or twice at once, it books and sends nothing more', async () => {
    const day = addDays(avi.dueDate, 3);
    const before = (await messagesTo(byggId)).length;
    expect(await run(day)).toEqual({ sent: 0, unreachable: 0 });
    const both = await Promise.all([run(addDays(day, 1)), run(addDays(day, 1))]);
    expect(both.map((r) => r.sent)).toEqual([0, 0]);
    expect(await remindersOf(avi.id)).toHaveLength(1);
    expect(await messagesTo(byggId)).toHaveLength(before);
  });

  it("sends reminder 2 on day 14 in the user's language (English), without a second fee", async () => {
    await t.database.db.update(tenantUsers).set({ language: 'en' }).where(eq(tenantUsers.username, 'bygg'));
    const before = (await messagesTo(byggId)).length;
    const day = addDays(avi.dueDate, 14);
    const twice = await Promise.all([run(day), run(day)]);
    expect(twice.map((r) => r.sent).sort()).toEqual([0, 1]);
    const reminders = await remindersOf(avi.id);
    expect(reminders.map((r) => [r.level, r.sentOn, r.feeInvoiceId === null])).toEqual([[1, addDays(avi.dueDate, 3), false], [2, day, true]]);
    const sent = (await messagesTo(byggId)).slice(before);
    expect(sent.map((m) => [m.channel, m.recipient, m.language])).toEqual([
      ['email', 'bo@byggvaruhuset.se', 'en'], ['email', 'hyra@byggvaruhuset.se', 'sv'], ['sms', '+46761112233', 'sv'],
    ]);
    expect(sent[0]!.subject).toMatch(new RegExp(`^Reminder: rent invoice ${avi.number} \\(Quarter \\d \\d{4}\\) is unpaid$`));
    expect(sent[0]!.text).toContain('This is our second reminder.');
    expect(sent[0]!.text).not.toContain('reminder fee');
    expect(sent[1]!.subject).toMatch(/^Påminnelse: /);
    await t.database.db.update(tenantUsers).set({ language: 'sv' }).where(eq(tenantUsers.username, 'bygg'));
  });

  it('charges no fee where the landlord has set none, and leaves a customer nobody can be reached at', async () => {
    await setFee(0);
    const deps = (date: string) => ({ db: t.database.db, jobs: t.jobs, config: t.config, clock: at(date) });
    const issueOn = avi.dueDate;
    const lunden = await customerId('Café Lunden AB');
    const atelje = await customerId('Ateljé Nord HB');
    const rows = [{ description: 'Nyckel', netOre: 300_00, vatRatePercent: 25 as const }];
    const key = await issueOneOffInvoice(deps(issueOn), { staffId: null as unknown as string, ip: null, customerId: lunden, text: 'Extra nyckel', rows });
    const sign = await issueOneOffInvoice(deps(issueOn), { staffId: null as unknown as string, ip: null, customerId: atelje, text: 'Skylt', rows });
    const day = addDays(key.draft.dueDate, 3);
    expect(await run(day)).toEqual({ sent: 1, unreachable: 1 });
    expect(await remindersOf(key.id)).toMatchObject([{ level: 1, sentOn: day, feeInvoiceId: null }]);
    expect(await remindersOf(sign.id)).toEqual([]);
    const sent = (await messagesTo(lunden)).filter((m) => m.subject?.startsWith('Påminnelse') || m.channel === 'sms');
    expect(sent.map((m) => [m.channel, m.recipient])).toEqual(expect.arrayContaining([['email', 'lisa@cafelunden.se'], ['email', 'info@cafelunden.se'], ['sms', '+46701234567']]));
    expect(sent.every((m) => !m.text.includes('påminnelseavgift'))).toBe(true);
    await setFee(6000);
  });
});

describe('reminders on the back office invoice page', () => {
  let eva: Client;
  beforeAll(async () => {
    eva = new Client(t.app);
    await eva.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
  });

  it('lists the reminders with their fee invoice, the accrued interest, and what a reminder now would be', async () => {
    const res = await eva.get(`/api/backoffice/invoices/${avi.id}/collection`);
    expect(res.status).toBe(200);
    expect(res.body.reminders.map((r: { level: number; feeInvoice: { totalOre: number } | null }) => [r.level, r.feeInvoice?.totalOre ?? null])).toEqual([[1, 6000], [2, null]]);
    expect(res.body.interest).toMatchObject({ principalOre: avi.leftOre, from: addDays(avi.dueDate, 1), to: today });
    expect(res.body.interest.interestOre).toBeGreaterThan(0);
    // reference 2 % + 8 points in 2026
    expect(res.body.interest.periods.at(-1)).toMatchObject({ rateBp: 1000, to: today });
    expect(res.body.nextReminder).toEqual({ level: 3, feeOre: 0 });
  });

  it('sends the next level by hand for finance; one of two at once, the other is told', async () => {
    const res = await eva.post(`/api/backoffice/invoices/${avi.id}/reminders`);
    expect(res.status).toBe(201);
    expect(res.body.reminder).toEqual({ level: 3, feeInvoice: null, messages: 3 });
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'invoice.reminder_sent'), eq(auditEvents.subjectId, avi.id), eq(auditEvents.actorKind, 'staff')));
    expect(audit!.details).toMatchObject({ level: 3 });
    const both = await Promise.all([eva.post(`/api/backoffice/invoices/${avi.id}/reminders`), eva.post(`/api/backoffice/invoices/${avi.id}/reminders`)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.status === 409)!.body.error.message).toBe('Påminnelse 4 skickades precis av någon annan. Ladda om sidan för att se den.');
    expect((await remindersOf(avi.id)).map((r) => r.level)).toEqual([1, 2, 3, 4]);
  });

  it('refuses in words: a paid invoice, a credit note, a fee invoice, one not yet due; 404 for none; 403 without billing.edit', async () => {
    const db = t.database.db;
    const lunden = await customerId('Café Lunden AB');
    const paid = (await db.select({ id: invoices.id }).from(invoices).where(and(eq(invoices.customerId, lunden), eq(invoices.kind, 'rent'), lt(invoices.dueDate, today))).limit(1))[0]!;
    const credit = (await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.kind, 'credit')).limit(1))[0]!;
    const fee = (await remindersOf(avi.id))[0]!.feeInvoiceId!;
    const coming = (await db.select({ id: invoices.id, dueDate: invoices.dueDate }).from(invoices).where(and(eq(invoices.customerId, byggId), sql`${invoices.dueDate} > ${today}`)).limit(1))[0]!;
    const refused = async (id: string, code: string, client = eva) => {
      const res = await client.post(`/api/backoffice/invoices/${id}/reminders`);
      expect(res.status).toBe(code === 'NOT_FOUND' ? 404 : 422);
      expect(res.body.error.code).toBe(code);
      return res.body.error.message as string;
    };
    expect(await refused(paid.id, 'REMINDER_INVOICE_PAID')).toBe('Fakturan är betald eller krediterad. Det finns inget att påminna om.');
    await refused(credit.id, 'REMINDER_OF_CREDIT_NOTE');
    await refused(fee, 'REMINDER_OF_REMINDER_FEE');
    const english = new Client(t.app, 'en');
    await english.loginStaff('admin@exempel.se', 'Admin#2026');
    expect(await refused(coming.id, 'REMINDER_NOT_OVERDUE', english)).toBe(`The invoice falls due on ${coming.dueDate} and is not late yet. A reminder can be sent from the day after the due date.`);
    await refused(randomUUID(), 'NOT_FOUND');
    const atelje = await customerId('Ateljé Nord HB');
    const sign = (await db.select({ id: invoices.id }).from(invoices).where(and(eq(invoices.customerId, atelje), eq(invoices.text, 'Skylt'))))[0]!;
    expect(await refused(sign.id, 'REMINDER_NO_RECIPIENT')).toMatch(/Kontaktuppgifter/);
    expect((await eva.get(`/api/backoffice/invoices/${paid.id}/collection`)).body).toMatchObject({ reminders: [], interest: null, nextReminder: null });

    const karin = new Client(t.app);
    await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
    expect((await karin.get(`/api/backoffice/invoices/${avi.id}/collection`)).status).toBe(200);
    expect((await karin.post(`/api/backoffice/invoices/${avi.id}/reminders`)).status).toBe(403);
    expect((await db.select().from(invoiceReminders).where(inArray(invoiceReminders.invoiceId, [paid.id, credit.id, fee, coming.id, sign.id]))).length).toBe(0);
  });

  it('books all or nothing: a failing audit insert leaves no reminder, no fee invoice, no used number and no message', async () => {
    const db = t.database.db;
    const lunden = await customerId('Café Lunden AB');
    const past = { db, jobs: t.jobs, config: t.config, clock: at(avi.dueDate) };
    const late = await issueOneOffInvoice(past, { staffId: null as unknown as string, ip: null, customerId: lunden, text: 'Städning', rows: [{ description: 'Städning', netOre: 800_00, vatRatePercent: 25 }] });
    const count = async (table: string) => Number(((await db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
    const snapshot = async () => ({ reminders: await count('invoice_reminders'), invoices: await count('invoices'), messages: await count('outgoing_messages'), audit: await count('audit_events'), lastNumber: Number((await db.select({ n: sql<string>`max(${invoices.number})` }).from(invoices))[0]!.n) });
    const before = await snapshot();
    await db.execute(sql.raw(`create function reminder_failure() returns trigger language plpgsql as $$ begin raise exception 'injected'; end $$`));
    await db.execute(sql.raw('create trigger injected before insert on audit_events for each row execute function reminder_failure()'));
    try {
      expect((await eva.post(`/api/backoffice/invoices/${late.id}/reminders`)).status).toBe(500);
    } finally {
      await db.execute(sql.raw('drop trigger injected on audit_events'));
    }
    expect(await snapshot()).toEqual(before);
    const res = await eva.post(`/api/backoffice/invoices/${late.id}/reminders`);
    expect(res.status).toBe(201);
    // the number the failed attempt took came back: the fee invoice has the next one, no gap
    expect(res.body.reminder.feeInvoice).toMatchObject({ number: before.lastNumber + 1, totalOre: 6000 });
  });
});
