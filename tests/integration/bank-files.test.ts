// Importing bank files end to end (issue 11): uploaded, received as a job, read whole, matched by OCR
// and booked in one transaction with a report. Matched, split over several OCRs, overpaid (credit that
// pays the next invoice), underpaid, unmatched with its reason; the same file twice, a camt.054 then the
// camt.053 of the same payments, a BgMax then a camt of the same payment; a malformed file refused with
// nothing booked; who may import; a file that is no bank file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { auditEvents, bankFiles, customers, paymentAllocations, payments } from '../../server/db/schema/index.ts';
import { swedishDate } from '../../server/domain/dates.ts';
import { addDays, ocrForInvoice } from '../../server/domain/billing/index.ts';
import { bgmax, camt053, camt054, importFile, openInvoicesOf, remainingOf, uniqueRef } from '../support/bank-files.ts';
import { ownFixture } from '../unit/payments/fixture-files.ts';

let t: TestApp;
let finance: Client;
const today = swedishDate(new Date());
const payer = (name: string, amountOre: number, ocrs: (string | [string, number])[]) => ({
  reference: uniqueRef('TX'), amountOre, payerName: name,
  references: ocrs.map((o) => (Array.isArray(o) ? { ocr: o[0], amountOre: o[1] } : { ocr: o })),
});
const entry = (...list: ReturnType<typeof payer>[]) => ({ reference: uniqueRef('NTRY'), bookingDate: today, payments: list });
const paymentsOfFile = (id: string) => t.database.db.select().from(payments).where(eq(payments.bankFileId, id));

beforeAll(async () => {
  t = await createTestApp({ worker: true, env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  finance = new Client(t.app);
  await finance.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
});
afterAll(async () => { await t?.close(); });

describe('a camt.054 matched by OCR', () => {
  it('pays an invoice exactly, leaves another partly paid, and the tenant sees the avi paid with its date', async () => {
    const [lunden] = await openInvoicesOf(t.database.db, 'Café Lunden AB');
    const [atelje] = await openInvoicesOf(t.database.db, 'Ateljé Nord HB');
    const half = Math.floor(atelje!.remainingOre / 2);
    const { upload, file } = await importFile(finance, camt054([entry(payer('Café Lunden AB', lunden!.remainingOre, [lunden!.ocr]), payer('Ateljé Nord HB', half, [atelje!.ocr]))]), 'camt054-lunden.xml');
    expect(upload.status).toBe(202);
    expect(upload.body).toMatchObject({ alreadyImported: false, message: 'Filen är mottagen och läses in.', bankFile: { fileName: 'camt054-lunden.xml', source: 'api' } });
    expect(file).toMatchObject({ status: 'done', format: 'camt.054', progress: { done: 2, total: 2 }, receivedBy: { name: 'Eva Ekonomi' } });
    expect(file.report).toMatchObject({ payments: 2, matched: 2, split: 0, credit: 0, unmatched: 0, duplicates: 0, bookedOre: lunden!.remainingOre + half });
    expect(file.report.deposits).toEqual([{ reference: expect.any(String), date: today, count: 2, totalOre: lunden!.remainingOre + half }]);
    expect(await remainingOf(t.database.db, lunden!.id)).toBe(0);
    expect(await remainingOf(t.database.db, atelje!.id)).toBe(atelje!.remainingOre - half);

    const lisa = new Client(t.app);
    await lisa.loginTenant();
    const avi = (await lisa.get(`/api/portal/invoices/${lunden!.id}`)).body.invoice;
    expect(avi.status).toBe('paid');
    expect(avi.payments).toContainEqual(expect.objectContaining({ paidOn: today, amountOre: lunden!.remainingOre }));

    // Each payment and the import are audit events.
    const events = await t.database.db.select().from(auditEvents).where(sql`${auditEvents.subjectId} = ${file.id} or ${auditEvents.details}->>'bankFileId' = ${file.id}`);
    expect(events.map((e) => e.action).sort()).toEqual(['bank_file.imported', 'bank_file.received', 'payment.booked', 'payment.booked']);
  });

  it('splits one payment over several OCRs, oldest due first', async () => {
    const open = await openInvoicesOf(t.database.db, 'Byggvaruhuset Väst AB');
    expect(open.length).toBeGreaterThanOrEqual(2);
    const [older, newer] = open;
    const amount = older!.remainingOre + 100_00;
    const { file } = await importFile(finance, camt054([entry(payer('Byggvaruhuset Väst AB', amount, [newer!.ocr, older!.ocr]))]));
    expect(file.report).toMatchObject({ payments: 1, matched: 1, split: 1, credit: 0, unmatched: 0 });
    expect(await remainingOf(t.database.db, older!.id)).toBe(0);
    expect(await remainingOf(t.database.db, newer!.id)).toBe(newer!.remainingOre - 100_00);
    const [booked] = await paymentsOfFile(file.id);
    const [bygg] = await t.database.db.select().from(customers).where(eq(customers.name, 'Byggvaruhuset Väst AB'));
    expect(booked).toMatchObject({ customerId: bygg!.id, kind: 'payment', source: 'bank', unmatchedReason: null, paidOn: today });
  });

  it("keeps an overpayment as the customer's credit, and the credit pays its next invoice", async () => {
    const [avi] = await openInvoicesOf(t.database.db, 'Kontorshotellet i Göteborg AB');
    const { file } = await importFile(finance, camt054([entry(payer('Kontorshotellet i Göteborg AB', avi!.remainingOre + 500_00, [avi!.ocr]))]));
    expect(file.report).toMatchObject({ matched: 1, credit: 1, creditOre: 500_00, creditUsedOre: 0 });
    expect(await openInvoicesOf(t.database.db, 'Kontorshotellet i Göteborg AB')).toEqual([]);

    const [kontor] = await t.database.db.select().from(customers).where(eq(customers.name, 'Kontorshotellet i Göteborg AB'));
    const issued = await finance.post('/api/backoffice/invoices', { customerId: kontor!.id, text: 'Extra nyckel', rows: [{ description: 'Extra nyckel', netOre: 450_00, vatRatePercent: 25 }] });
    expect(issued.status, issued.raw).toBe(201);
    const invoiceId = issued.body.invoice.id;
    // 562,50 kr with VAT: 500 kr of it paid at once from the credit, by an allocation of the old payment.
    expect(await remainingOf(t.database.db, invoiceId)).toBe(562_50 - 500_00);
    const [booked] = await paymentsOfFile(file.id);
    const fromCredit = await t.database.db.select().from(paymentAllocations).where(eq(paymentAllocations.invoiceId, invoiceId));
    expect(fromCredit).toEqual([expect.objectContaining({ paymentId: booked!.id, amountOre: 500_00 })]);
    const [used] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'payment.credit_used'), eq(auditEvents.subjectId, kontor!.id)));
    expect(used!.details).toMatchObject({ totalOre: 500_00 });
  });

  it('uses credit on the open invoices at once when the import leaves some', async () => {
    // Sara pays her open avi twice over (the OCR of it twice): the second becomes credit, and nothing is open.
    const [avi] = await openInvoicesOf(t.database.db, 'Sara Lindqvist');
    const { file } = await importFile(finance, camt054([entry(payer('Sara Lindqvist', avi!.remainingOre, [avi!.ocr]), payer('Sara Lindqvist', 200_00, [avi!.ocr]))]));
    expect(file.report).toMatchObject({ matched: 1, credit: 1, creditOre: 200_00 });
    expect(await remainingOf(t.database.db, avi!.id)).toBe(0);
  });

  it('sends what it cannot match to the queue with the reason, and lists it in the report', async () => {
    const { file } = await importFile(finance, camt054([entry(
      payer('Okänd AB', 1_234_00, [ocrForInvoice(999_999)]), // a well-formed OCR that is no invoice of ours
      { reference: uniqueRef('TX'), amountOre: 99_00, payerName: 'Utan referens', references: [], freeText: 'Hyra' } as ReturnType<typeof payer>,
    )]));
    expect(file.report).toMatchObject({ payments: 2, matched: 0, unmatched: 2, unmatchedOre: 1_333_00 });
    expect(file.unmatchedPayments.map((p: { reason: string; leftOre: number }) => [p.reason, p.leftOre]).sort()).toEqual([['no_reference', 99_00], ['unknown_reference', 1_234_00]]);
    expect((await paymentsOfFile(file.id)).every((p) => p.customerId === null)).toBe(true);
  });
});

describe('nothing is booked twice', () => {
  it('answers the same file again with the earlier import, in words', async () => {
    const bytes = camt054([entry(payer('Okänd AB', 50_00, []))]);
    const first = await importFile(finance, bytes);
    const again = await finance.upload('/api/backoffice/bank-files', bytes, 'igen.xml');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ alreadyImported: true, bankFile: { id: first.file.id } });
    expect(again.body.message).toMatch(/^Filen är redan inläst .*Inget bokades en gång till\.$/);
    finance.lang = 'en';
    expect((await finance.upload('/api/backoffice/bank-files', bytes, 'again.xml')).body.message).toContain('Nothing was booked again.');
    finance.lang = 'sv';
    expect(await paymentsOfFile(first.file.id)).toHaveLength(1);
  });

  it('books a camt.054 and skips the camt.053 of the same payments, as detail or as a lump sum', async () => {
    const deposit = entry(payer('Okänd AB', 10_00, []), payer('Okänd HB', 20_00, []));
    const notification = await importFile(finance, camt054([deposit]));
    expect(notification.file.report).toMatchObject({ payments: 2, unmatched: 2, duplicates: 0 });
    const statement = await importFile(finance, camt053([deposit]));
    expect(statement.file).toMatchObject({ status: 'done', format: 'camt.053' });
    expect(statement.file.report).toMatchObject({ payments: 2, duplicates: 2, duplicateOre: 30_00, bookedOre: 0, unmatched: 0 });
    expect(statement.file.report.duplicateList.map((d: { by: string; bankFileId: string }) => [d.by, d.bankFileId])).toEqual([['identity', notification.file.id], ['identity', notification.file.id]]);
    const lumped = await importFile(finance, camt053([{ ...deposit, lumpSum: true }]));
    expect(lumped.file.report).toMatchObject({ payments: 1, lumpSums: 1, lumpSumsWaiting: 0, bookedOre: 0 });
    expect(await paymentsOfFile(statement.file.id)).toEqual([]);
    expect(await paymentsOfFile(lumped.file.id)).toEqual([]);
  });

  it('skips a camt payment booked already from a BgMax file (date, amount and OCR)', async () => {
    const [garage] = await openInvoicesOf(t.database.db, 'Café Lunden AB');
    const fromBgmax = await importFile(finance, bgmax(today, [{ ocr: garage!.ocr, amountOre: garage!.remainingOre, serial: '900000000001', payerName: 'Café Lunden AB' }]), 'bgmax.txt');
    expect(fromBgmax.file).toMatchObject({ status: 'done', format: 'bgmax' });
    expect(fromBgmax.file.report).toMatchObject({ matched: 1 });
    const fromCamt = await importFile(finance, camt054([entry(payer('Café Lunden AB', garage!.remainingOre, [garage!.ocr]))]));
    expect(fromCamt.file.report).toMatchObject({ payments: 1, duplicates: 1, bookedOre: 0, matched: 0, credit: 0 });
    expect(fromCamt.file.report.duplicateList[0]).toMatchObject({ by: 'fingerprint', bankFileId: fromBgmax.file.id });
    expect(await remainingOf(t.database.db, garage!.id)).toBe(0);
    // … and the other way round: a BgMax file of a payment booked from camt.
    const camtFirst = await importFile(finance, camt054([entry(payer('Okänd AB', 77_00, [ocrForInvoice(999_998)]))]));
    const bgmaxAfter = await importFile(finance, bgmax(today, [{ ocr: ocrForInvoice(999_998), amountOre: 77_00, serial: '900000000002', payerName: 'Okänd AB' }], '00002'), 'bgmax2.txt');
    expect(camtFirst.file.report.unmatched).toBe(1);
    expect(bgmaxAfter.file.report).toMatchObject({ duplicates: 1, bookedOre: 0 });
  });

  it('refuses a file that gives a booked payment another amount, naming both', async () => {
    const one = payer('Okänd AB', 30_00, []);
    const deposit = entry(one, payer('Okänd HB', 40_00, []));
    await importFile(finance, camt054([deposit]));
    const { file } = await importFile(finance, camt053([{ ...deposit, payments: [{ ...one, amountOre: 31_00 }, deposit.payments[1]!] }]));
    expect(file.status).toBe('refused');
    expect(file.errors).toEqual([expect.objectContaining({ code: 'IDENTITY_CONFLICT', message: expect.stringContaining('är redan bokförd med 30,00 kr') })]);
    expect(await paymentsOfFile(file.id)).toEqual([]);
  });
});

describe('a file refused whole, in the answer (422)', () => {
  const countOf = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(payments))[0]!.n;

  // Each bad-file kind of issue 11's "Bad input" that is a bank file by its first bytes: read whole in
  // the request, refused with every error's line or XML path and its reason, nothing booked, no job.
  it.each([
    ['bgmax-utf8.txt', 'UTF-8 instead of Latin-1', 'NOT_LATIN1', /sparad som UTF-8/],
    ['bgmax-cut.txt', 'a cut BgMax file', 'MISSING_CLOSING', /saknar slutposten \(TK70\)/],
    ['camt054-cut.xml', 'a cut camt file', 'XML_MALFORMED', /inte giltig XML/],
    ['bgmax-long-line.txt', 'a line of wrong length', 'LINE_TOO_LONG', /Raden har 81 tecken/],
    ['bgmax-bad-sum.txt', 'a deposit sum that disagrees', 'DEPOSIT_SUM_MISMATCH', /Insättningens summa \(TK15\)/],
    ['bgmax-bad-counts.txt', 'closing counts that disagree', 'CLOSING_COUNT_MISMATCH', /Slutposten \(TK70\) säger 6 betalningar/],
    ['camt054-bad-sums.xml', 'camt control sums that disagree', 'SUM_MISMATCH', /Summan är angiven till/],
    ['bgmax-tab-in-amount.txt', 'a TAB inside a line', 'TAB_BREAKS_FIELD', /tabbtecken/],
    ['camt052-report.xml', 'a camt.052', 'NOT_A_NOTIFICATION', /camt\.052/],
    ['pain001-payment.xml', 'a pain.001', 'NOT_A_NOTIFICATION', /pain\.001/],
    ['camt-xml-bomb.xml', 'an XML bomb', 'XML_DOCTYPE', /DOCTYPE/],
    ['camt054-missing-elements.xml', 'required elements missing', 'MISSING_ELEMENT', /obligatoriskt element/],
  ])('%s (%s): 422 with each line or path and the reason in words; nothing booked; kept as refused, audited', async (fixture, _kind, code, words) => {
    const before = await countOf();
    const res = await finance.upload('/api/backoffice/bank-files', ownFixture(fixture), fixture);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('BANK_FILE_REFUSED');
    expect(res.body.error.message).toMatch(/^Filen är felaktig och lästes inte in; inget bokades\./);
    const { bankFileId, errors } = res.body.error.details as { bankFileId: string; errors: { code: string; line: number | null; path: string | null; message: string }[] };
    const error = errors.find((e) => e.code === code);
    expect(error, JSON.stringify(errors)).toBeDefined();
    expect(error!.message).toMatch(words);
    expect(error!.line !== null || error!.path !== null).toBe(true);
    expect(res.body.error.message).toContain(errors[0]!.message);
    expect(await countOf()).toBe(before);
    expect(await paymentsOfFile(bankFileId)).toEqual([]);
    // The refused file is listed with the imports, and its page gives the same reasons.
    const listed = (await finance.get('/api/backoffice/bank-files')).body.bankFiles.find((f: { id: string }) => f.id === bankFileId);
    expect(listed).toMatchObject({ status: 'refused', fileName: fixture, counts: null });
    const page = (await finance.get(`/api/backoffice/bank-files/${bankFileId}`)).body.bankFile;
    expect(page.errors).toEqual(errors);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, bankFileId));
    expect(events.map((e) => e.action)).toEqual(['bank_file.refused']);
    expect(events[0]).toMatchObject({ actorKind: 'staff', details: expect.objectContaining({ fileName: fixture, errors: errors.length, codes: expect.arrayContaining([code]) }) });
    // No import job was made for it.
    const jobs = await t.database.db.execute(sql`select count(*)::int as n from pgboss.job where id = ${bankFileId}::uuid`) as unknown as { rows: { n: number }[] };
    expect(jobs.rows[0]).toMatchObject({ n: 0 });
  });

  it('answers the same malformed file again with the same refusal, audited again, still nothing booked', async () => {
    // A BgMax file of its own whose closing record (TK70) counts one payment too many.
    const good = bgmax(today, [{ ocr: null, amountOre: 12_00, serial: uniqueRef('').slice(-12).replace(/\D/g, '7').padStart(12, '0'), payerName: 'Okänd' }]).toString('latin1');
    const bytes = Buffer.from(good.replace(/\r\n70(\d{8})/, (_, n: string) => `\r\n70${String(Number(n) + 1).padStart(8, '0')}`), 'latin1');
    const before = await countOf();
    const first = await finance.upload('/api/backoffice/bank-files', bytes, 'igen.txt');
    expect(first.status).toBe(422);
    expect(first.body.error.details.errors).toEqual([expect.objectContaining({ code: 'CLOSING_COUNT_MISMATCH' })]);
    const again = await finance.upload('/api/backoffice/bank-files', bytes, 'igen-2.txt');
    expect(again.status).toBe(422);
    expect(again.body.error.details).toEqual(first.body.error.details);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, first.body.error.details.bankFileId));
    expect(events.map((e) => e.action)).toEqual(['bank_file.refused', 'bank_file.refused']);
    expect(events[1]!.details).toMatchObject({ again: true, fileName: 'igen-2.txt' });
    expect(await countOf()).toBe(before);
  });

  it('gives the reasons in English to an English reader, in the answer and on the file\'s page', async () => {
    finance.lang = 'en';
    const res = await finance.upload('/api/backoffice/bank-files', ownFixture('bgmax-long-line.txt'), 'long.txt');
    finance.lang = 'sv';
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('The file is malformed and was not imported; nothing was booked. Line 4: The line has 81 characters; a BgMax record has at most 80.');
    expect(res.body.error.details.errors[0]).toEqual({ code: 'LINE_TOO_LONG', line: 4, path: null, message: 'The line has 81 characters; a BgMax record has at most 80.' });
    const counts = await finance.upload('/api/backoffice/bank-files', ownFixture('bgmax-bad-counts.txt'), 'counts.txt');
    finance.lang = 'en';
    const read = (await finance.get(`/api/backoffice/bank-files/${counts.body.error.details.bankFileId}`)).body.bankFile;
    finance.lang = 'sv';
    expect(read.errors[0].message).toBe('The closing record (TK70) says 6 payments, but the file has 5.');
  });

  it("refuses a bank integration's post (no browser headers: source api) the same way", async () => {
    const res = await finance.upload('/api/backoffice/bank-files', ownFixture('camt054-bad-sums.xml'), 'api.xml', 'application/xml');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('BANK_FILE_REFUSED');
    const [row] = await t.database.db.select().from(bankFiles).where(eq(bankFiles.id, res.body.error.details.bankFileId));
    expect(row).toMatchObject({ status: 'refused', source: 'api', format: null, receivedBy: expect.any(String) });
  });
});

describe('who may import, and what is no bank file', () => {
  it('lets a customer manager read the imports but not import (403)', async () => {
    const karin = new Client(t.app);
    await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
    const res = await karin.upload('/api/backoffice/bank-files', camt054([entry(payer('X', 1_00, []))]), 'x.xml');
    expect(res.status).toBe(403);
    const list = await karin.get('/api/backoffice/bank-files');
    expect(list.status).toBe(200);
    expect(list.body.bankFiles.length).toBeGreaterThan(0);
    const tenant = new Client(t.app);
    await tenant.loginTenant();
    expect((await tenant.get('/api/backoffice/bank-files')).status).toBe(403);
  });

  it('refuses a picture (415), an empty file (422) and a huge one (413) in words, before any import', async () => {
    const before = (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(bankFiles))[0]!.n;
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const picture = await finance.upload('/api/backoffice/bank-files', png, 'kvitto.png', 'image/png');
    expect(picture.status).toBe(415);
    expect(picture.body.error).toMatchObject({ code: 'NOT_A_BANK_FILE', message: expect.stringContaining('inte en bankfil') });
    const pdf = await finance.upload('/api/backoffice/bank-files', Buffer.from('%PDF-1.7\n'), 'avi.pdf', 'application/pdf');
    expect(pdf.body.error.message).toMatch(/^Filen är en PDF-fil, inte en bankfil/);
    const none = await finance.upload('/api/backoffice/bank-files', Buffer.alloc(0), '');
    expect([none.status, none.body.error.code]).toEqual([400, 'NO_FILE']);
    const empty = await finance.upload('/api/backoffice/bank-files', Buffer.alloc(0), 'tom.xml');
    expect([empty.status, empty.body.error.code]).toEqual([422, 'BANK_FILE_EMPTY']);
    const blank = await finance.upload('/api/backoffice/bank-files', Buffer.from('\r\n  \n'), 'blank.txt');
    expect([blank.status, blank.body.error.code]).toEqual([422, 'BANK_FILE_EMPTY']);
    const huge = await finance.upload('/api/backoffice/bank-files', Buffer.alloc(65 * 1024 * 1024, 0x3c), 'stor.xml');
    expect(huge.status).toBe(413);
    expect(huge.body.error).toMatchObject({ code: 'BANK_FILE_TOO_LARGE', message: expect.stringContaining('64 MB') });
    expect((await t.database.db.select({ n: sql<number>`count(*)::int` }).from(bankFiles))[0]!.n).toBe(before);
  });

  it('lists the imports latest first with their counts', async () => {
    const list = (await finance.get('/api/backoffice/bank-files')).body.bankFiles;
    const times = list.map((f: { receivedAt: string }) => f.receivedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(list.find((f: { format: string; status: string }) => f.format === 'bgmax' && f.status === 'done').counts).toMatchObject({ payments: 1 });
    expect((await finance.get(`/api/backoffice/bank-files/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`)).status).toBe(404);
  });
});

describe('dates in the report', () => {
  it('books the payment on its booking date, not the day of the import', async () => {
    const earlier = addDays(today, -3);
    const { file } = await importFile(finance, camt054([{ reference: uniqueRef('NTRY'), bookingDate: earlier, payments: [payer('Okänd AB', 12_00, [])] }]));
    const [booked] = await t.database.db.select().from(payments).where(inArray(payments.bankFileId, [file.id]));
    expect(booked!.paidOn).toBe(earlier);
    expect(file.report.deposits[0].date).toBe(earlier);
  });
});

describe('credit left by an undo (decision 0018)', () => {
  it('pays an open invoice when the next bank file pays the customer, though that payment itself leaves no credit', async () => {
    const [lunden] = await t.database.db.select().from(customers).where(eq(customers.name, 'Café Lunden AB'));
    const issue = async () => {
      const res = await finance.post('/api/backoffice/invoices', { customerId: lunden!.id, text: 'Extra nyckel', rows: [{ description: 'Nyckel', netOre: 400_00, vatRatePercent: 25 }] });
      expect(res.status, res.raw).toBe(201);
      return (await finance.get(`/api/backoffice/invoices/${res.body.invoice.id}`)).body.invoice as { id: string; ocr: string; totalOre: number };
    };
    const [first, second] = [await issue(), await issue()];
    const paidFirst = await importFile(finance, camt054([entry(payer('Café Lunden AB', 500_00, [first.ocr]))]));
    const [paid] = await paymentsOfFile(paidFirst.file.id);
    const undo = await finance.post(`/api/backoffice/payments/${paid!.id}/allocations/undo`, { invoiceId: first.id, expectedLeftOre: 0 });
    expect(undo.status, undo.raw).toBe(200);
    const openSum = async () => (await openInvoicesOf(t.database.db, 'Café Lunden AB')).reduce((sum, i) => sum + i.remainingOre, 0);
    const before = await openSum();

    // The next file pays the second invoice exactly: the 500 kr the undo left pays open invoices now.
    const paidSecond = await importFile(finance, camt054([entry(payer('Café Lunden AB', 500_00, [second.ocr]))]));
    expect(paidSecond.file.report).toMatchObject({ matched: 1, credit: 0, creditUsedOre: 500_00 });
    expect(await remainingOf(t.database.db, second.id)).toBe(0);
    expect(await openSum()).toBe(before - 500_00 - 500_00);
  });

  it("uses both the undo's credit and a file's overpayment, though only the file's payments are read for a customer without an undo", async () => {
    const named = async (name: string) => (await t.database.db.select().from(customers).where(eq(customers.name, name)))[0]!;
    const [lunden, bygg] = [await named('Café Lunden AB'), await named('Byggvaruhuset Väst AB')];
    const issue = async (customerId: string) => {
      const res = await finance.post('/api/backoffice/invoices', { customerId, text: 'Extra nyckel', rows: [{ description: 'Nyckel', netOre: 400_00, vatRatePercent: 25 }] });
      expect(res.status, res.raw).toBe(201);
      return (await finance.get(`/api/backoffice/invoices/${res.body.invoice.id}`)).body.invoice as { id: string; ocr: string; totalOre: number };
    };
    // Each customer has an open invoice more than the file pays, for the credit to go to.
    const [first, second, byggs] = [await issue(lunden.id), await issue(lunden.id), await issue(bygg.id)];
    await issue(lunden.id);
    await issue(bygg.id);
    const paidFirst = await importFile(finance, camt054([entry(payer('Café Lunden AB', 500_00, [first.ocr]))]));
    const [paid] = await paymentsOfFile(paidFirst.file.id);
    expect((await finance.post(`/api/backoffice/payments/${paid!.id}/allocations/undo`, { invoiceId: first.id, amountOre: 100_00, expectedLeftOre: 0 })).status).toBe(200);
    const openSum = async (name: string) => (await openInvoicesOf(t.database.db, name)).reduce((sum, i) => sum + i.remainingOre, 0);
    const [lundenBefore, byggBefore] = [await openSum('Café Lunden AB'), await openSum('Byggvaruhuset Väst AB')];

    // In one file: 200 kr too much on Café Lunden's second invoice, 50 kr too much on Byggvaruhuset's (no undo there).
    const { file } = await importFile(finance, camt054([entry(payer('Café Lunden AB', 700_00, [second.ocr]), payer('Byggvaruhuset Väst AB', 550_00, [byggs.ocr]))]));
    expect(file.report).toMatchObject({ matched: 2, credit: 2, creditOre: 250_00 });
    // Café Lunden's 100 kr from the undo and its 200 kr, and Byggvaruhuset's 50 kr, pay their open invoices.
    expect(await openSum('Café Lunden AB')).toBe(lundenBefore - 500_00 - 100_00 - 200_00);
    expect(await openSum('Byggvaruhuset Väst AB')).toBe(byggBefore - 500_00 - 50_00);
    expect(file.report.creditUsedOre).toBe(100_00 + 200_00 + 50_00);
  });
});
