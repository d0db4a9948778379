// The demo's bank file (`npm run demo:bankfile`): a camt.054 001.08 of today's incoming bankgiro
// payments, made from the database as it is, for a person to read in at /admin/bankfiler:
// - Café Lunden pays its oldest open avi exactly and the next one in part (it stays partly paid);
// - a payment whose OCR has two digits swapped (its check digit fails): it waits in the queue;
// - Kontorshotellet pays its open avi with 1 000 kr too much: its credit, which pays its next avi.
// The same database state gives the same bytes, so writing and reading it twice says "already imported".
import type { Db } from '../db/client.ts';
import { swedishDate } from '../domain/dates.ts';
import { parseIdentityNumber } from '../domain/identity.ts';
import { oldestFirst, writeCamt054, type CamtPaymentOut } from '../domain/payments/index.ts';
import { findCustomerByIdentity } from '../repositories/customers.ts';
import { findLandlord } from '../repositories/landlord.ts';
import { openInvoicesOf } from '../repositories/ledger.ts';
import { demoCustomers } from './data.ts';

export const OVERPAID_ORE = 1_000_00;

/** One payment of the file: what it shows, and the invoice it pays (none for the mistyped OCR). */
export interface DemoPayment { what: string; payer: string; amountOre: number; ocr: string; invoiceId: string | null }

/** The OCR with its first pair of unlike neighbouring digits swapped: a typo its check digit catches. */
export function mistyped(ocr: string): string {
  for (let i = 0; i + 1 < ocr.length; i++) {
    const [a, b] = [ocr[i]!, ocr[i + 1]!];
    if (a !== b && `${a}${b}` !== '09' && `${a}${b}` !== '90') return `${ocr.slice(0, i)}${b}${a}${ocr.slice(i + 2)}`;
  }
  return `${ocr}1`;
}

async function openAvierOf(db: Db, name: string) {
  const data = demoCustomers.find((c) => c.name === name)!;
  const customer = await findCustomerByIdentity(db, parseIdentityNumber(data.orgNumber)!.canonical);
  if (!customer) return [];
  const open = await db.transaction((tx) => openInvoicesOf(tx, [customer.id]));
  return open.filter((i) => i.ocr !== null).sort(oldestFirst);
}

export async function demoBankFile(db: Db, now: Date): Promise<{ xml: string; payments: DemoPayment[] }> {
  const today = swedishDate(now);
  const lunden = await openAvierOf(db, 'Café Lunden AB');
  const kontor = await openAvierOf(db, 'Kontorshotellet i Göteborg AB');
  if (lunden.length === 0) throw new Error('Café Lunden AB has no open avi to pay: `npm run demo:reset` loads the demo data again.');
  const payments: DemoPayment[] = [{ what: 'exact', payer: 'Café Lunden AB', amountOre: lunden[0]!.remainingOre, ocr: lunden[0]!.ocr!, invoiceId: lunden[0]!.id }];
  if (lunden[1]) payments.push({ what: 'partly', payer: 'Café Lunden AB', amountOre: Math.floor(lunden[1].remainingOre / 200) * 100, ocr: lunden[1].ocr!, invoiceId: lunden[1].id });
  payments.push({ what: 'wrong OCR', payer: 'Café Lunden AB', amountOre: 1_450_00, ocr: mistyped(lunden[0]!.ocr!), invoiceId: null });
  if (kontor[0]) payments.push({ what: 'overpaid', payer: 'Kontorshotellet i Göteborg AB', amountOre: kontor[0].remainingOre + OVERPAID_ORE, ocr: kontor[0].ocr!, invoiceId: kontor[0].id });

  const ymd = today.replace(/-/g, '');
  const key = payments.map((p) => `${p.ocr}${p.amountOre}`).join('').slice(-24);
  const out: CamtPaymentOut[] = payments.map((p, i) => ({ reference: `DEMO${ymd}T${String(i + 1).padStart(3, '0')}${p.ocr}`, amountOre: p.amountOre, references: [{ ocr: p.ocr }], payerName: p.payer }));
  const bankgiro = ((await findLandlord(db))?.bankgiro ?? '5050-1055').replace(/\D/g, '');
  const xml = writeCamt054({
    messageId: `DEMO${ymd}${key}`.slice(0, 35), createdAt: `${today}T17:00:00Z`, bankgiro,
    entries: [{ reference: `DEMO${ymd}D${key}`.slice(0, 35), bookingDate: today, payments: out }],
  });
  return { xml, payments };
}
