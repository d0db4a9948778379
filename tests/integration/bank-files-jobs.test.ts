// The import job's work done by hand: an import killed half way books nothing and its retry books each
// payment once; the progress is seen while the transaction runs (PostgreSQL); the watched folder
// receives its files and moves them to processed/ or refused/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { eq, sql } from 'drizzle-orm';
import { backend, createTestApp, eventually, type TestApp } from '../support/test-app.ts';
import { auditEvents, bankFiles, customers, paymentAllocations, payments } from '../../server/db/schema/index.ts';
import { swedishDate } from '../../server/domain/dates.ts';
import { ocrForInvoice } from '../../server/domain/billing/index.ts';
import { SCHEDULED_POLL_SECONDS, type Jobs } from '../../server/jobs/queue.ts';
import { SEND_MESSAGE_JOB } from '../../server/jobs/send-message.ts';
import { PERFORM_INVOICE_RUN_JOB } from '../../server/jobs/perform-invoice-run.ts';
import { IMPORT_BANK_FILE_JOB } from '../../server/jobs/import-bank-file.ts';
import { receiveBankFile } from '../../server/usecases/payments/receive-bank-file.ts';
import { importBankFile, recordBankFileFailure } from '../../server/usecases/payments/import-bank-file.ts';
import { importBankFolder } from '../../server/usecases/payments/import-bank-folder.ts';
import { jobDefinitions } from '../../server/jobs/index.ts';
import { camt054, openInvoicesOf, remainingOf, uniqueRef } from '../support/bank-files.ts';
import { Client } from '../support/client.ts';
import { randomUUID } from 'node:crypto';
import { ownFixture } from '../unit/payments/fixture-files.ts';

let t: TestApp;
let folder: string;
/** A queue that takes nothing: the tests do the job's work themselves. */
const noJobs: Jobs = { send: async () => null, sendMany: async () => {}, stop: async () => {} };
const deps = () => ({ db: t.database.db, jobs: noJobs, files: t.files, clock: t.clock });
const today = swedishDate(new Date());
const statusOf = async (id: string) => (await t.database.db.select().from(bankFiles).where(eq(bankFiles.id, id)))[0]!;
const customerIdOf = async (name: string) => (await t.database.db.select().from(customers).where(eq(customers.name, name)))[0]!.id;
const bookedOf = (id: string) => t.database.db.select().from(payments).where(eq(payments.bankFileId, id));

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'bank-folder-'));
  t = await createTestApp({ env: { BANK_FILES_DIR: folder } });
});
afterAll(async () => {
  await t?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('an import killed half way', () => {
  it('books nothing, and its retry books every payment once', async () => {
    const [avi] = await openInvoicesOf(t.database.db, 'Café Lunden AB');
    const file = camt054([{
      reference: uniqueRef('NTRY'), bookingDate: today, payments: [
        { reference: uniqueRef('TX'), amountOre: avi!.remainingOre, payerName: 'Café Lunden AB', references: [{ ocr: avi!.ocr }] },
        { reference: uniqueRef('TX'), amountOre: 10_00, payerName: 'Okänd', references: [{ ocr: ocrForInvoice(999_997) }] },
        { reference: uniqueRef('TX'), amountOre: 20_00, payerName: 'Okänd', references: [] },
      ],
    }]);
    const { id } = await receiveBankFile(deps(), { bytes: file, fileName: 'krasch.xml', source: 'api', staffId: null, ip: null });
    expect((await statusOf(id)).status).toBe('queued');

    // One payment a chunk; the second chunk dies inside the transaction, after its writes.
    const killed = importBankFile(deps(), id, { chunkSize: 1, afterChunk: (index) => { if (index === 1) throw new Error('killed'); } });
    await expect(killed).rejects.toThrow('killed');
    await recordBankFileFailure(deps(), id, new Error('killed'), false);
    expect(await bookedOf(id)).toEqual([]);
    expect(await remainingOf(t.database.db, avi!.id)).toBe(avi!.remainingOre);
    expect(await statusOf(id)).toMatchObject({ status: 'importing', failure: 'killed', report: null });
    const events = await t.database.db.select().from(auditEvents).where(sql`${auditEvents.details}->>'bankFileId' = ${id}`);
    expect(events).toEqual([]);

    await importBankFile(deps(), id, { chunkSize: 1 });
    expect(await statusOf(id)).toMatchObject({ status: 'done', failure: null, paymentsDone: 3, paymentsTotal: 3 });
    const booked = await bookedOf(id);
    expect(booked).toHaveLength(3);
    expect(new Set(booked.map((p) => p.identity)).size).toBe(3);
    expect(await remainingOf(t.database.db, avi!.id)).toBe(0);

    // Run again (a job delivered twice): nothing more.
    await importBankFile(deps(), id);
    expect(await bookedOf(id)).toHaveLength(3);
    const allocations = await t.database.db.select().from(paymentAllocations).where(eq(paymentAllocations.invoiceId, avi!.id));
    expect(allocations.reduce((s, a) => s + a.amountOre, 0)).toBe(avi!.remainingOre);
  });

  it('is failed after its last attempt, with the reason', async () => {
    const { id } = await receiveBankFile(deps(), { bytes: camt054([{ reference: uniqueRef('NTRY'), bookingDate: today, payments: [{ reference: uniqueRef('TX'), amountOre: 1_00, payerName: 'X', references: [] }] }]), fileName: 'x.xml', source: 'api', staffId: null, ip: null });
    await recordBankFileFailure(deps(), id, new Error('disk full'), true);
    expect(await statusOf(id)).toMatchObject({ status: 'failed', failure: 'disk full' });
    await importBankFile(deps(), id).catch(() => undefined);
  });

  it.runIf(backend === 'postgres')('shows its progress while the transaction runs (PostgreSQL)', async () => {
    const list = Array.from({ length: 4 }, (_, i) => ({ reference: uniqueRef('TX'), amountOre: (i + 1) * 100, payerName: 'Okänd', references: [] }));
    const { id } = await receiveBankFile(deps(), { bytes: camt054([{ reference: uniqueRef('NTRY'), bookingDate: today, payments: list }]), fileName: 'p.xml', source: 'api', staffId: null, ip: null });
    const seen: number[] = [];
    await importBankFile(deps(), id, {
      chunkSize: 2,
      afterChunk: async (index) => {
        // Read on another connection: the transaction has not committed, its progress has.
        seen.push(await eventually(async () => {
          const done = (await statusOf(id)).paymentsDone;
          return done >= (index + 1) * 2 ? done : null;
        }));
      },
    });
    expect(seen).toEqual([2, 4]);
    expect(await statusOf(id)).toMatchObject({ status: 'done', paymentsDone: 4 });
  });
});

describe('an import and a staff booking for the same customer at once (decision 0018)', () => {
  it('both book, each payment and each use of credit once, neither waits for the other for ever', async () => {
    const finance = new Client(t.app);
    await finance.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
    const issued = await finance.post('/api/backoffice/invoices', { customerId: await customerIdOf('Café Lunden AB'), text: 'Extra nyckel', rows: [{ description: 'Nyckel', netOre: 400_00, vatRatePercent: 25 }] });
    expect(issued.status).toBe(201);
    const invoice = (await finance.get(`/api/backoffice/invoices/${issued.body.invoice.id}`)).body.invoice as { id: string; ocr: string; totalOre: number };
    const openBefore = (await openInvoicesOf(t.database.db, 'Café Lunden AB')).reduce((sum, i) => sum + i.remainingOre, 0);
    // The import pays 100 kr of the invoice by its OCR; staff at the same moment allocate a queued payment to
    // it and give the rest (200 kr) to the customer, which pays its oldest open invoice.
    const { id: fileId } = await receiveBankFile(deps(), {
      bytes: camt054([{ reference: uniqueRef('NTRY'), bookingDate: today, payments: [{ reference: uniqueRef('TX'), amountOre: 100_00, payerName: 'Café Lunden AB', references: [{ ocr: invoice.ocr }] }] }]),
      fileName: 'samtidigt.xml', source: 'api', staffId: null, ip: null,
    });
    const queuedId = randomUUID();
    await t.database.db.insert(payments).values({
      id: queuedId, customerId: null, amountOre: 300_00, paidOn: today, reference: '99999999999', source: 'bank', kind: 'payment',
      identity: `test:${queuedId}`, payerName: 'Okänd', unmatchedReason: 'unknown_reference', details: {}, createdAt: new Date(),
    });
    const [imported, allocated] = await Promise.all([
      importBankFile(deps(), fileId),
      finance.post(`/api/backoffice/payments/${queuedId}/allocations`, { lines: [{ invoiceId: invoice.id, amountOre: 100_00 }], rest: 'credit', expectedLeftOre: 300_00 }),
    ]);
    expect(imported).toBeUndefined();
    expect(allocated.status).toBe(200);
    expect(allocated.body.payment.leftOre).toBe(0);
    expect(await statusOf(fileId)).toMatchObject({ status: 'done' });
    expect((await openInvoicesOf(t.database.db, 'Café Lunden AB')).reduce((sum, i) => sum + i.remainingOre, 0)).toBe(openBefore - 400_00);
  });

  // Decision 0027: whatever changes an invoice's balance waits for a running import. Had the credit note
  // not waited, it would not have seen the import's payment and the avi would be settled twice over.
  it.runIf(backend === 'postgres')('a credit note of an avi the import is paying waits for it, then gives the payment back (PostgreSQL)', async () => {
    const finance = new Client(t.app);
    await finance.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
    const issued = await finance.post('/api/backoffice/invoices', { customerId: await customerIdOf('Ateljé Nord HB'), text: 'Extra städning', rows: [{ description: 'Städning', netOre: 800_00, vatRatePercent: 25 }] });
    expect(issued.status).toBe(201);
    const invoice = (await finance.get(`/api/backoffice/invoices/${issued.body.invoice.id}`)).body.invoice as { id: string; ocr: string; totalOre: number };
    const { id: fileId } = await receiveBankFile(deps(), {
      bytes: camt054([{ reference: uniqueRef('NTRY'), bookingDate: today, payments: [{ reference: uniqueRef('TX'), amountOre: invoice.totalOre, payerName: 'Ateljé Nord HB', references: [{ ocr: invoice.ocr }] }] }]),
      fileName: 'kreditering.xml', source: 'api', staffId: null, ip: null,
    });
    let credit: Promise<{ status: number; body: { releasedOre: number } }> | undefined;
    let creditAnswered = false;
    let answeredDuringImport: boolean | undefined;
    await importBankFile(deps(), fileId, {
      afterChunk: async () => {
        // The import has booked the payment and not committed: staff credit the avi now.
        credit = finance.post(`/api/backoffice/invoices/${invoice.id}/credit`, { reason: 'Fel debitering' });
        void credit.then(() => { creditAnswered = true; });
        await new Promise((resolve) => setTimeout(resolve, 500));
        answeredDuringImport = creditAnswered;
      },
    });
    expect(answeredDuringImport).toBe(false);
    const credited = await credit!;
    expect(credited.status).toBe(201);
    expect(credited.body.releasedOre).toBe(invoice.totalOre);
    expect(await remainingOf(t.database.db, invoice.id)).toBe(0);
    const allocations = await t.database.db.select().from(paymentAllocations).where(eq(paymentAllocations.invoiceId, invoice.id));
    expect(allocations.map((a) => a.amountOre).sort((a, b) => a - b)).toEqual([-invoice.totalOre, invoice.totalOre]);
  });
});

describe('the watched folder (BANK_FILES_DIR)', () => {
  it('receives each waiting bank file and moves it to processed/ (a malformed one kept as refused), what is no bank file to refused/', async () => {
    expect(t.config.bankFilesDir).toBe(folder);
    const camt = camt054([{ reference: uniqueRef('NTRY'), bookingDate: today, payments: [{ reference: uniqueRef('TX'), amountOre: 5_00, payerName: 'Okänd', references: [] }] }]);
    writeFileSync(path.join(folder, 'camt054-dag.xml'), camt);
    writeFileSync(path.join(folder, 'bgmax-trasig.txt'), ownFixture('bgmax-cut.txt'));
    writeFileSync(path.join(folder, 'kvitto.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    writeFileSync(path.join(folder, 'halv.xml.part'), '<?xml');
    mkdirSync(path.join(folder, 'processed'), { recursive: true });
    writeFileSync(path.join(folder, 'processed', 'camt054-dag.xml'), 'an earlier file of the same name');

    const results = await importBankFolder({ ...deps(), logger: pino({ level: 'silent' }) }, folder);
    expect(results.map((r) => [r.name, r.outcome, r.reason])).toEqual([
      ['bgmax-trasig.txt', 'processed', 'BANK_FILE_REFUSED'], ['camt054-dag.xml', 'processed', null], ['kvitto.png', 'refused', 'NOT_A_BANK_FILE'],
    ]);
    expect(readdirSync(folder).sort()).toEqual(['halv.xml.part', 'processed', 'refused']);
    expect(readdirSync(path.join(folder, 'processed')).sort()).toEqual(['bgmax-trasig.txt', 'camt054-dag-2.xml', 'camt054-dag.xml']);
    expect(readdirSync(path.join(folder, 'refused'))).toEqual(['kvitto.png']);

    const camtId = results.find((r) => r.name === 'camt054-dag.xml')!.bankFileId!;
    expect(await statusOf(camtId)).toMatchObject({ source: 'folder', receivedBy: null, status: 'queued', fileName: 'camt054-dag.xml' });
    await importBankFile(deps(), camtId);
    expect(await statusOf(camtId)).toMatchObject({ status: 'done' });
    // A malformed bank file from the folder has no request to answer: it is kept as refused at once, with
    // its reasons (the back office lists it), and no import job.
    const cutId = results.find((r) => r.name === 'bgmax-trasig.txt')!.bankFileId!;
    expect(await statusOf(cutId)).toMatchObject({ status: 'refused', format: 'bgmax', source: 'folder', errors: expect.arrayContaining([expect.objectContaining({ code: 'MISSING_CLOSING' })]) });
    await importBankFile(deps(), cutId);
    expect(await statusOf(cutId)).toMatchObject({ status: 'refused' });

    // The same file dropped again is the earlier import: processed, nothing booked again.
    writeFileSync(path.join(folder, 'camt054-igen.xml'), camt);
    const again = await importBankFolder({ ...deps(), logger: pino({ level: 'silent' }) }, folder);
    expect(again).toEqual([expect.objectContaining({ name: 'camt054-igen.xml', outcome: 'processed', bankFileId: camtId, alreadyImported: true })]);
    expect(existsSync(path.join(folder, 'processed', 'camt054-igen.xml'))).toBe(true);
  });

  it('is looked in every minute by a job', () => {
    const job = jobDefinitions({ db: t.database.db, config: t.config, files: t.files, clock: t.clock, logger: pino({ level: 'silent' }), transports: { email: null, sms: null, devMailbox: true }, jobs: () => noJobs })
      .find((d) => d.name === 'watch-bank-files');
    expect(job?.cron).toBe('* * * * *');
  });

  it('is, like every queue only a schedule fills, looked in every 15 s; the queues requests send to, at the polling interval', () => {
    const all = jobDefinitions({ db: t.database.db, config: t.config, files: t.files, clock: t.clock, logger: pino({ level: 'silent' }), transports: { email: null, sms: null, devMailbox: true }, jobs: () => noJobs });
    const scheduledOnly = all.filter((d) => d.scheduledOnly).map((d) => d.name);
    expect(scheduledOnly).toContain('watch-bank-files');
    for (const d of all.filter((d) => d.scheduledOnly)) expect(d.cron, d.name).toBeTruthy();
    for (const sent of [SEND_MESSAGE_JOB, PERFORM_INVOICE_RUN_JOB, IMPORT_BANK_FILE_JOB]) expect(scheduledOnly).not.toContain(sent);
    expect(SCHEDULED_POLL_SECONDS).toBe(15);
  });
});
