// Staff issue a one-off invoice (a faktura: "Extra nyckel", a repair the tenant pays) to a customer,
// optionally about one of its leases. Checked first (the customer, the lease is the customer's, the
// due date a banking day not before today; 30 days on by default), then in one transaction: the next
// number of the gap-free series, the OCR from it, the rows with VAT per row and the audit event (all
// through issueInvoices, the one way invoices are booked), and the tenant users' e-mail "Ny faktura i
// Mina sidor". A failure anywhere leaves no invoice, no used number and no e-mail.
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import type { Config } from '../../config.ts';
import type { Jobs } from '../../jobs/queue.ts';
import type { Tx } from '../../db/tx.ts';
import type { Language } from '../../i18n/language.ts';
import { AppError } from '../../errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { compareDates, isBankingDay } from '../../domain/billing/index.ts';
import { firstBankingDayFrom, oneOffDueDate, oneOffRows } from '../../domain/billing/one-off.ts';
import type { VatRatePercent } from '../../domain/billing/vat.ts';
import { lockInvoiceSeries } from '../../repositories/invoices.ts';
import { verifiedTenantEmails } from '../../repositories/invoice-runs.ts';
import { customerName, leaseOfCustomer } from '../../repositories/invoice-search.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { newOneOffInvoiceEmail } from '../../messaging/one-off-invoice-messages.ts';
import { queueMessages } from '../messages/queue-messages.ts';
import { issueInvoices, type IssuedInvoice } from './issue-invoices.ts';

export interface BillingDeps { db: Db; jobs: Jobs; config: Config; clock: Clock }

export interface OneOffInvoiceInput {
  staffId: string;
  ip: string | null;
  customerId: string;
  leaseId?: string | null;
  text: string;
  rows: { description: string; quantity?: number | null; netOre: number; vatRatePercent: VatRatePercent }[];
  dueDate?: string | null;
}

export async function issueOneOffInvoice(deps: BillingDeps, input: OneOffInvoiceInput): Promise<IssuedInvoice> {
  const checked = await checkOneOffInvoice(deps, input);
  return deps.db.transaction((tx) => bookOneOffInvoice(tx, deps, checked, { staffId: input.staffId, ip: input.ip }));
}

/** A one-off invoice checked and ready to book: what `bookOneOffInvoice` writes in the caller's transaction. */
export type CheckedOneOffInvoice = Awaited<ReturnType<typeof checkOneOffInvoice>>;

/** The checks before any write: the text and rows, the customer and its lease, the due date a banking day. */
export async function checkOneOffInvoice(deps: BillingDeps, input: Omit<OneOffInvoiceInput, 'staffId' | 'ip'>) {
  const text = input.text.trim();
  if (!text) throw new AppError('VALIDATION', { keyword: 'required', field: 'text' }, { details: { field: 'text' } });
  const rows = input.rows.map((row, i) => {
    const description = row.description.trim();
    if (!description) throw new AppError('VALIDATION', { keyword: 'required', field: `rows.${i}.description` }, { details: { field: `rows.${i}.description` } });
    return { description, quantity: row.quantity ?? 1, unitNetOre: row.netOre, vatRatePercent: row.vatRatePercent };
  });
  const customer = await customerName(deps.db, input.customerId);
  if (!customer) throw new AppError('UNKNOWN_CUSTOMER', {}, { details: { field: 'customerId' } });
  const lease = input.leaseId ? await leaseOfCustomer(deps.db, customer.id, input.leaseId) : null;
  if (input.leaseId && !lease) throw new AppError('LEASE_NOT_OF_CUSTOMER', {}, { details: { field: 'leaseId' } });

  const now = deps.clock.now();
  const issueDate = swedishDate(now);
  const dueDate = input.dueDate ?? oneOffDueDate(issueDate);
  if (compareDates(dueDate, issueDate) < 0) throw new AppError('DUE_DATE_BEFORE_ISSUE', { dueDate, issueDate }, { details: { field: 'dueDate' } });
  if (!isBankingDay(dueDate)) throw new AppError('DUE_DATE_NOT_BANKING_DAY', { dueDate, next: firstBankingDayFrom(dueDate) }, { details: { field: 'dueDate' } });
  let booked;
  try {
    booked = oneOffRows(rows);
  } catch {
    // Quantity × amount beyond what öre can count exactly: the schema's limits keep this out.
    throw new AppError('VALIDATION', { keyword: 'maximum', field: 'rows' }, { details: { field: 'rows' } });
  }
  const sender = (await findLandlord(deps.db))?.name ?? '';
  return { now, customerId: customer.id, leaseId: lease?.id ?? null, issueDate, dueDate, text, booked, sender };
}

/**
 * Books a checked one-off invoice in the caller's transaction: the series locked, the number, OCR, rows and
 * audit event through issueInvoices, and the tenant users' e-mail. An option done (issue 12) books its fee
 * this way, in the transaction that marks it done.
 */
export async function bookOneOffInvoice(tx: Tx, deps: BillingDeps, checked: CheckedOneOffInvoice, by: { staffId: string; ip: string | null }): Promise<IssuedInvoice> {
  const { now } = checked;
  await lockInvoiceSeries(tx);
  const [issued] = await issueInvoices(tx, [{
    kind: 'one_off', customerId: checked.customerId, leaseId: checked.leaseId, periodKey: null, periodFrom: null, periodTo: null,
    issueDate: checked.issueDate, dueDate: checked.dueDate, text: checked.text, creditsInvoiceId: null,
    rows: checked.booked.map((r) => ({ ...r, periodFrom: null, periodTo: null })),
  }], { now, staffId: by.staffId, runId: null, ip: by.ip });
  await queueMessages(tx, deps.jobs, await oneOffInvoiceEmails(tx, deps.config, [{ issued: issued! }], checked.sender), now);
  return issued!;
}

/**
 * "Ny faktura i Mina sidor": one e-mail per invoice to each of its customer's active tenant users with a
 * verified e-mail, in the user's language; `text` names the invoice in that language (else its own text).
 */
export async function oneOffInvoiceEmails(tx: Tx, config: Config, invoices: { issued: IssuedInvoice; text?: (lang: Language) => string }[], sender: string) {
  const users = await verifiedTenantEmails(tx, [...new Set(invoices.map((i) => i.issued.draft.customerId))]);
  return invoices.flatMap(({ issued, text }) => users.filter((u) => u.customerId === issued.draft.customerId).map((u) => {
    const lang: Language = u.language === 'en' ? 'en' : 'sv';
    return {
      ...newOneOffInvoiceEmail({
        lang, to: u.email!, text: text?.(lang) ?? issued.draft.text ?? String(issued.number),
        totalOre: issued.totals.totalOre, dueDate: issued.draft.dueDate, link: `${config.publicUrl}/avier/${issued.id}`, sender,
      }),
      customerId: u.customerId,
    };
  }));
}
