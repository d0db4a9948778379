// Bank files for the import tests: camt.054/053 from the server's writer, a BgMax writer of our own
// (DOMAIN-SE.md §6.1: 80 columns, Latin-1, TK01 05 20 26 15 70), the landlord's invoices to pay, and
// waiting for an import to finish.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.ts';
import { customers, invoices } from '../../server/db/schema/index.ts';
import { settledOre } from '../../server/repositories/invoices.ts';
import { writeCamt053, writeCamt054, type CamtEntryOut } from '../../server/domain/payments/camt-write.ts';
import { eventually } from './test-app.ts';
import type { Client } from './client.ts';

export const LANDLORD_BANKGIRO = '50501055';

export interface OpenInvoice { id: string; number: number; ocr: string; totalOre: number; remainingOre: number; dueDate: string }

/** A customer's invoices with something left to pay, oldest due first, as credit pays them. */
export async function openInvoicesOf(db: Db, customerName: string): Promise<OpenInvoice[]> {
  const rows = await db.select({
    id: invoices.id, number: invoices.number, ocr: invoices.ocr, totalOre: invoices.totalOre, dueDate: invoices.dueDate,
    remainingOre: sql<number>`(${invoices.totalOre} - ${settledOre})::bigint`.mapWith(Number),
  }).from(invoices).innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(and(eq(customers.name, customerName), ne(invoices.kind, 'credit'), sql`${invoices.totalOre} > ${settledOre}`))
    // The order credit is used in (domain/payments/matching.ts oldestFirst): due date, issue date, id.
    .orderBy(asc(invoices.dueDate), asc(invoices.issueDate), asc(invoices.id));
  return rows.map((r) => ({ ...r, ocr: r.ocr! }));
}

export async function remainingOf(db: Db, invoiceId: string): Promise<number> {
  const [row] = await db.select({ left: sql<number>`(${invoices.totalOre} - ${settledOre})::bigint`.mapWith(Number) }).from(invoices).where(eq(invoices.id, invoiceId));
  return row!.left;
}

let serial = 0;
/** A reference no other test file uses. */
export const uniqueRef = (prefix: string) => `${prefix}${Date.now().toString(36).toUpperCase()}${(serial++).toString().padStart(4, '0')}`;

export function camt054(entries: CamtEntryOut[], messageId = uniqueRef('MSG')): Buffer {
  return Buffer.from(writeCamt054({ messageId, createdAt: `${entries[0]!.bookingDate}T18:00:00+01:00`, bankgiro: LANDLORD_BANKGIRO, entries }));
}

export function camt053(entries: CamtEntryOut[], messageId = uniqueRef('STM')): Buffer {
  const date = entries[0]!.bookingDate;
  return Buffer.from(writeCamt053({ messageId, createdAt: `${date}T23:00:00+01:00`, iban: 'SE4550000000058398257466', date, openingOre: 100_000_00, entries }));
}

/** One BgMax payment: its OCR (refcode 2) or none (refcode 0), Bankgirot's serial. */
export interface BgmaxPaymentIn { ocr: string | null; amountOre: number; serial: string; payerName: string }

const digits = (value: number | string, width: number) => String(value).padStart(width, '0');
const line = (text: string) => text.padEnd(80, ' ');

/** A BgMax file of one deposit on `date`, in Latin-1, its TK15 sum and TK70 counts right. */
export function bgmax(date: string, payments: BgmaxPaymentIn[], depositSerial = '00001'): Buffer {
  const ymd = date.replace(/-/g, '');
  const total = payments.reduce((s, p) => s + p.amountOre, 0);
  const lines = [
    line(`01${'BGMAX'.padEnd(20)}01${ymd}120000000000P`),
    line(`05${digits(LANDLORD_BANKGIRO, 10)}${' '.repeat(10)}SEK`),
    ...payments.flatMap((p) => [
      line(`20${digits(0, 10)}${(p.ocr ?? '').padStart(25)}${digits(p.amountOre, 18)}${p.ocr ? '2' : '0'}1${digits(p.serial, 12)}0`),
      line(`26${p.payerName.slice(0, 35)}`),
    ]),
    line(`15${digits('5839825746', 35)}${ymd}${depositSerial}${digits(total, 18)}SEK${digits(payments.length, 8)} `),
    line(`70${digits(payments.length, 8)}${digits(0, 8)}${digits(0, 8)}${digits(1, 8)}`),
  ];
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

/** Uploads a file as the browser does and waits until its import has finished (done, refused or failed). */
export async function importFile(client: Client, bytes: Buffer, name = 'bankfil.xml') {
  const res = await client.upload('/api/backoffice/bank-files', bytes, name);
  if (res.status !== 202 && res.status !== 200) throw new Error(`upload refused: ${res.status} ${res.raw}`);
  const file = await finished(client, res.body.bankFile.id);
  return { upload: res, file };
}

export async function finished(client: Client, id: string) {
  return eventually(async () => {
    const res = await client.get(`/api/backoffice/bank-files/${id}`);
    const file = res.body.bankFile;
    return ['done', 'refused', 'failed'].includes(file.status) ? file : null;
  }, 30_000);
}
