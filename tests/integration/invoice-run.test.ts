// The invoice run (Aviseringskörning): preview, run as a job, the avier it makes (numbers 1..n with no
// gap, OCR, due dates, rows), running a period again, a run killed half way and resumed, its audit
// events and e-mails, and who may do it. The demo data has avier up to the coming period, so the
// runs here are for the quarters after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { createTestApp, eventually, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { smtpTransport } from '../../server/messaging/smtp.ts';
import { auditEvents, invoiceRows, invoiceRuns, invoices, outgoingMessages, staffUsers, tenantUsers } from '../../server/db/schema/index.ts';
import { addMonths, dueDateForPeriod, isValidOcr, ocrForInvoice, parsePeriodKey, periodKeyOf } from '../../server/domain/billing/index.ts';
import { swedishDate } from '../../server/domain/dates.ts';
import { startInvoiceRun } from '../../server/usecases/billing/start-invoice-run.ts';
import { performInvoiceRun } from '../../server/usecases/billing/perform-invoice-run.ts';
import type { Jobs } from '../../server/jobs/queue.ts';

let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let admin: Client;
const today = swedishDate(new Date());
/** The quarter after the demo data's coming one, and the one after that. */
const comingQuarter = parsePeriodKey(periodKeyOf('quarter', addMonths(parsePeriodKey(periodKeyOf('quarter', today))!.start, 3)))!;
const quarterAfter = (n: number) => periodKeyOf('quarter', addMonths(comingQuarter.start, 3 * n));
const runKey = quarterAfter(1);
const crashKey = quarterAfter(2);

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({
    worker: true,
    env: { LOGIN_RATE_LIMIT_MAX: '1000' },
    transports: { email: smtpTransport(sink.url, 'Fastighets AB Exempel <no-reply@exempel.se>', 2), sms: null, devMailbox: false },
  });
  admin = new Client(t.app);
  await admin.loginStaff();
  // Bo reads the portal in English: his e-mail about the new avi is in English.
  await new Client(t.app, 'en').loginTenant('bygg', 'Bygg#2026');
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

const allNumbers = async () => (await t.database.db.select({ n: invoices.number }).from(invoices).orderBy(asc(invoices.number))).map((r) => r.n);
const expectGapFree = (numbers: number[]) => expect(numbers).toEqual(numbers.map((_, i) => i + 1));
const invoicesOfRun = (runId: string) => t.database.db.select().from(invoices).where(eq(invoices.runId, runId)).orderBy(asc(invoices.number));

describe('invoice run', () => {
  let preview: any;
  let runId: string;
  let before: number[];

  it('previews a quarter: the avier, their total, and the leases skipped and why', async () => {
    const res = await admin.post('/api/backoffice/invoice-runs/preview', { period: runKey });
    expect(res.status, res.raw).toBe(200);
    preview = res.body;
    expect(preview.period).toMatchObject({ key: runKey, title: { kind: 'quarter', quarter: Number(runKey.slice(-1)) } });
    expect(preview.count).toBe(preview.invoices.length);
    expect(preview.count).toBeGreaterThanOrEqual(4);
    expect(preview.totalOre).toBe(preview.invoices.reduce((s: number, i: { totalOre: number }) => s + i.totalOre, 0));
    expect(preview.netOre + preview.vatOre).toBe(preview.totalOre);
    const start = parsePeriodKey(runKey)!.start;
    // Café Lunden's quarterly lease: 392 730 kr a year, a quarter of it plus 25 % VAT
    expect(preview.invoices).toContainEqual(expect.objectContaining({ leaseNumber: '100101', periodKey: runKey, totalOre: 122_728_13, dueDate: dueDateForPeriod(start) }));
    // its monthly garage: one avi for each of the quarter's three months (1 450 kr + 25 %)
    const garage = preview.invoices.filter((i: { leaseNumber: string }) => i.leaseNumber === '100102');
    expect(garage.map((i: { totalOre: number }) => i.totalOre)).toEqual([1_812_50, 1_812_50, 1_812_50]);
    expect(garage.map((i: { dueDate: string; periodKey: string }) => i.dueDate)).toEqual(garage.map((i: { periodKey: string }) => dueDateForPeriod(parsePeriodKey(i.periodKey)!.start)));
    expect(preview.skipped.every((s: { reason: string }) => ['ended', 'not_started', 'no_rent_rows'].includes(s.reason))).toBe(true);

    // The coming quarter's avier are in the demo data already: the quarterly leases are skipped as invoiced
    // (the monthly ones still have the quarter's later months to go).
    const done = await admin.post('/api/backoffice/invoice-runs/preview', { period: comingQuarter.key });
    expect(done.body.invoices.filter((i: { leaseNumber: string }) => ['100101', '100401'].includes(i.leaseNumber))).toEqual([]);
    expect(done.body.skipped.filter((s: { reason: string }) => s.reason === 'already_invoiced').map((s: { leaseNumber: string }) => s.leaseNumber)).toEqual(expect.arrayContaining(['100101', '100401']));
  });

  it('runs it as a job: the avier with numbers following the last, OCR, due dates, rows; progress on the run', async () => {
    before = await allNumbers();
    expectGapFree(before);
    const res = await admin.post('/api/backoffice/invoice-runs', { period: runKey });
    expect(res.status, res.raw).toBe(202);
    runId = res.body.run.id;
    expect(res.body.run).toMatchObject({ period: { key: runKey }, status: 'queued', leasesDone: 0, createdBy: { name: 'Anna Administratör' } });
    expect(res.body.run.leasesTotal).toBe(new Set(preview.invoices.map((i: { leaseId: string }) => i.leaseId)).size);

    const run = await eventually(async () => {
      const r = (await admin.get(`/api/backoffice/invoice-runs/${runId}`)).body.run;
      return r.status === 'done' ? r : null;
    });
    expect(run).toMatchObject({ leasesDone: run.leasesTotal, invoiceCount: preview.count, totalOre: preview.totalOre, error: null });
    expect((await admin.get('/api/backoffice/invoice-runs')).body.runs[0]).toMatchObject({ id: runId, status: 'done' });

    const made = await invoicesOfRun(runId);
    expect(made).toHaveLength(preview.count);
    const numbers = await allNumbers();
    expectGapFree(numbers);
    expect(made.map((i) => i.number)).toEqual(numbers.slice(before.length));
    for (const invoice of made) {
      expect(invoice.ocr).toBe(ocrForInvoice(invoice.number));
      expect(isValidOcr(invoice.ocr!)).toBe(true);
      expect(invoice.dueDate).toBe(dueDateForPeriod(invoice.periodFrom!));
      expect(invoice.issueDate).toBe(swedishDate(new Date()));
      expect(invoice.kind).toBe('rent');
    }
    const rows = await t.database.db.select().from(invoiceRows).where(inArray(invoiceRows.invoiceId, made.map((i) => i.id)));
    for (const invoice of made) {
      const own = rows.filter((r) => r.invoiceId === invoice.id);
      expect(own.length).toBeGreaterThan(0);
      expect(own.reduce((s, r) => s + r.netOre, 0)).toBe(invoice.netOre);
      expect(own.reduce((s, r) => s + r.vatOre, 0)).toBe(invoice.vatOre);
    }
    const lunden = made.find((i) => i.periodKey === runKey && i.totalOre === 122_728_13)!;
    expect(rows.filter((r) => r.invoiceId === lunden.id).map((r) => r.netOre).sort((a, b) => a - b)).toEqual([228_000, 356_250, 684_000, 8_550_000]);
  });

  it('records an audit event for the run and for each invoice', async () => {
    const events = await t.database.db.select().from(auditEvents).where(sql`${auditEvents.subjectId} = ${runId} or ${auditEvents.details}->>'runId' = ${runId}`);
    expect(events.filter((e) => e.action === 'invoice.issued')).toHaveLength(preview.count);
    expect(events.find((e) => e.action === 'invoice_run.started')).toMatchObject({ actorKind: 'staff', details: { period: runKey, invoices: preview.count } });
    expect(events.find((e) => e.action === 'invoice_run.finished')).toMatchObject({ details: { invoices: preview.count, totalOre: preview.totalOre } });
  });

  it("tells each tenant user with a verified e-mail, in the user's language, and the tenant sees the avi", async () => {
    await eventually(async () => sink.received.find((m) => m.to.includes('lisa@cafelunden.se') && m.raw.includes('Subject: Ny avi i Mina sidor')));
    await eventually(async () => sink.received.find((m) => m.to.includes('bo@byggvaruhuset.se') && m.raw.includes('Subject: New invoice in Mina sidor')));
    // Only users: the customers' own addresses (info@cafelunden.se) are not told. One e-mail a user lists all its avier.
    const queued = await t.database.db.select().from(outgoingMessages).where(inArray(outgoingMessages.subject, ['Ny avi i Mina sidor', 'New invoice in Mina sidor']));
    expect(queued.map((m) => m.recipient).sort()).toEqual(['bo@byggvaruhuset.se', 'lisa@cafelunden.se']);
    const toLisa = queued.find((m) => m.recipient === 'lisa@cafelunden.se')!;
    // Amounts are written the Swedish way, with a no-break space between the thousands.
    expect(toLisa.text.replace(/[\u00a0\u202f]/g, ' ')).toContain(`Kvartal ${runKey.slice(-1)} ${runKey.slice(0, 4)}: 122 728,13 kr, att betala senast ${dueDateForPeriod(parsePeriodKey(runKey)!.start)}`);
    expect(toLisa.text).toContain('Det finns 4 nya avier i Mina sidor.');
    expect(queued.find((m) => m.recipient === 'bo@byggvaruhuset.se')!.text).toContain(`Quarter ${runKey.slice(-1)} ${runKey.slice(0, 4)}`);

    const tenant = new Client(t.app);
    await tenant.loginTenant();
    const list = (await tenant.get('/api/portal/invoices')).body.invoices;
    expect(list).toContainEqual(expect.objectContaining({ periodKey: runKey, totalOre: 122_728_13, status: 'unpaid', title: { kind: 'quarter', year: Number(runKey.slice(0, 4)), quarter: Number(runKey.slice(-1)) } }));
  });

  it('makes nothing when the same period is run again, and says so', async () => {
    const count = (await allNumbers()).length;
    const runs = (await t.database.db.select().from(invoiceRuns)).length;
    expect((await admin.post('/api/backoffice/invoice-runs/preview', { period: runKey })).body.count).toBe(0);
    const again = await admin.post('/api/backoffice/invoice-runs', { period: runKey });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PERIOD_ALREADY_RUN');
    expect(again.body.error.message).toContain(`Perioden ${runKey} är redan aviserad`);
    expect((await allNumbers()).length).toBe(count);
    expect((await t.database.db.select().from(invoiceRuns)).length).toBe(runs);
  });
});

describe('a run killed half way', () => {
  /** A queue that takes nothing: the test performs the run itself. */
  const noJobs: Jobs = { send: async () => null, sendMany: async () => {}, stop: async () => {} };
  const deps = () => ({ db: t.database.db, jobs: t.jobs, config: t.config, clock: t.clock });

  it('is resumed with no gap in the numbers and no duplicate', async () => {
    const before = await allNumbers();
    const [staff] = await t.database.db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, 'ekonomi@exempel.se'));
    const runId = await startInvoiceRun({ db: t.database.db, jobs: noJobs, clock: t.clock }, { staffId: staff!.id, period: crashKey, ip: null });
    const [run] = await t.database.db.select().from(invoiceRuns).where(eq(invoiceRuns.id, runId));
    expect(run!.leasesTotal).toBeGreaterThanOrEqual(4);
    const messagesBefore = (await t.database.db.select().from(outgoingMessages)).length;

    // Two leases a batch; the second batch dies inside its transaction, after its writes.
    const killed = performInvoiceRun(deps(), runId, { batchSize: 2, afterBatch: (index) => { if (index === 1) throw new Error('killed'); } });
    await expect(killed).rejects.toThrow('killed');
    const half = await invoicesOfRun(runId);
    const [afterKill] = await t.database.db.select().from(invoiceRuns).where(eq(invoiceRuns.id, runId));
    expect(afterKill!.leasesDone).toBe(2);
    expect(afterKill!.invoiceCount).toBe(half.length);
    expect(new Set(half.map((i) => i.leaseId)).size).toBe(2);
    // Only the first batch's avier exist, whole, and their numbers follow on: the killed batch gave its numbers back.
    expect(await allNumbers()).toEqual([...before, ...half.map((i) => i.number)]);
    expectGapFree(await allNumbers());
    for (const i of half) expect((await t.database.db.select().from(invoiceRows).where(eq(invoiceRows.invoiceId, i.id))).length).toBeGreaterThan(0);

    await performInvoiceRun(deps(), runId, { batchSize: 2 });
    const all = await invoicesOfRun(runId);
    const [done] = await t.database.db.select().from(invoiceRuns).where(eq(invoiceRuns.id, runId));
    expect(done).toMatchObject({ status: 'done', leasesDone: run!.leasesTotal, invoiceCount: all.length });
    expect(all.slice(0, half.length).map((i) => i.id)).toEqual(half.map((i) => i.id));
    expectGapFree(await allNumbers());
    expect(new Set(all.map((i) => `${i.leaseId}|${i.periodKey}`)).size).toBe(all.length);
    // The killed batch's e-mails were rolled back with it: one per customer and batch that committed.
    const messages = await t.database.db.select().from(outgoingMessages);
    expect(messages.length - messagesBefore).toBeLessThanOrEqual(all.length);

    // Performing a finished run again changes nothing.
    await performInvoiceRun(deps(), runId, { batchSize: 2 });
    expect(await invoicesOfRun(runId)).toHaveLength(all.length);
    const issued = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'invoice.issued'), sql`${auditEvents.details}->>'runId' = ${runId}`));
    expect(issued).toHaveLength(all.length);
  });
});

describe('a run already under way', () => {
  it('makes a second start of the same period wait (409), in words', async () => {
    const noJobs: Jobs = { send: async () => null, sendMany: async () => {}, stop: async () => {} };
    const [staff] = await t.database.db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, 'admin@exempel.se'));
    // Queued, and nothing works it: it stays under way.
    await startInvoiceRun({ db: t.database.db, jobs: noJobs, clock: t.clock }, { staffId: staff!.id, period: quarterAfter(4), ip: null });
    const second = await admin.post('/api/backoffice/invoice-runs', { period: quarterAfter(4) });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'RUN_IN_PROGRESS', message: `En aviseringskörning för ${quarterAfter(4)} pågår redan. Vänta tills den är klar.` });
    expect(await t.database.db.select().from(invoiceRuns).where(eq(invoiceRuns.periodKey, quarterAfter(4)))).toHaveLength(1);
  });
});

describe('who may run', () => {
  it('lets finance and administrators run, a customer manager preview, a property manager neither', async () => {
    const fredrik = new Client(t.app);
    await fredrik.loginStaff('fastighetsansvarig@exempel.se', 'Fastighet#2026');
    expect((await fredrik.post('/api/backoffice/invoice-runs/preview', { period: quarterAfter(3) })).status).toBe(403);
    expect((await fredrik.get('/api/backoffice/invoice-runs')).status).toBe(403);
    const karin = new Client(t.app);
    await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
    expect((await karin.post('/api/backoffice/invoice-runs/preview', { period: quarterAfter(3) })).status).toBe(200);
    const refused = await karin.post('/api/backoffice/invoice-runs', { period: quarterAfter(3) });
    expect(refused.status).toBe(403);
    expect(await t.database.db.select().from(invoiceRuns).where(eq(invoiceRuns.periodKey, quarterAfter(3)))).toHaveLength(0);
    const lisa = new Client(t.app);
    await lisa.loginTenant();
    expect((await lisa.post('/api/backoffice/invoice-runs', { period: quarterAfter(3) })).status).toBe(403);
  });

  it('refuses a period that does not exist, in words, in Swedish and English', async () => {
    for (const period of ['2026-13', '2026-Q5', 'april', '26-04']) {
      const res = await admin.post('/api/backoffice/invoice-runs/preview', { period });
      expect(res.status, period).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'INVALID_PERIOD', details: { field: 'period' } });
      expect(res.body.error.message).toContain('Ange en månad som 2026-04 eller ett kvartal som 2026-Q2');
    }
    const english = await admin.request('POST', '/api/backoffice/invoice-runs', { period: '2026-13' }, { 'accept-language': 'en' });
    expect(english.status).toBe(422);
    expect(english.body.error.message).toBe('There is no period "2026-13". Give a month such as 2026-04 or a quarter such as 2026-Q2.');
    expect((await admin.post('/api/backoffice/invoice-runs', { period: 42 })).status).toBe(400);
  });

  it('answers 404 for a run that does not exist', async () => {
    expect((await admin.get('/api/backoffice/invoice-runs/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    // Tenant user rows are untouched by all this.
    expect((await t.database.db.select().from(tenantUsers)).length).toBeGreaterThan(0);
  });
});
