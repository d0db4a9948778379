// The bookkeeping export (SIE 4, DOMAIN-SE.md §7.6) of a period: the invoices, credit notes and
// payments as balanced vouchers on the landlord's accounts (BAS defaults, settings may change them),
// in code page 437, for the accounting system to import.
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { formatIdentityNumber } from '../../domain/identity.ts';
import { compareDates, daysInclusive } from '../../domain/billing/index.ts';
import { accountPlanWith, financialYearsOf, periodVouchers, writeSie, type PaymentForSie } from '../../domain/payments/index.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { invoicesIssuedIn, laterAllocationsIn, paymentsMadeIn } from '../../repositories/sie-export.ts';

/** A financial year may be up to 18 months (bokföringslagen 3 kap. 3 §); one export covers at most that. */
export const MAX_EXPORT_DAYS = 549;
const PROGRAM = { name: 'Hyresportal', version: '0.1.0' };

const PAYMENT_TEXT: Record<string, string> = { payment: 'Inbetalning', refund: 'Återbetalning', deduction: 'Avdrag', return: 'Retur' };

function paymentText(p: Awaited<ReturnType<typeof paymentsMadeIn>>[number]): string {
  const who = p.customerName ?? p.payerName;
  return [PAYMENT_TEXT[p.kind] ?? 'Betalning', p.reference ? `ref ${p.reference}` : null, who].filter(Boolean).join(' ');
}

export async function exportSie(db: Db, input: { from: string; to: string; today: string }): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { from, to } = input;
  if (compareDates(from, to) > 0) throw new AppError('EXPORT_PERIOD_REVERSED', { from, to }, { details: { field: 'to' } });
  if (daysInclusive(from, to) > MAX_EXPORT_DAYS) throw new AppError('EXPORT_PERIOD_TOO_LONG', { from, to, max: MAX_EXPORT_DAYS }, { details: { field: 'to' } });
  const landlord = await findLandlord(db);
  if (!landlord) throw new AppError('NOT_READY');
  const plan = accountPlanWith(landlord.sieAccounts);
  const [issued, paid, later] = [await invoicesIssuedIn(db, from, to), await paymentsMadeIn(db, from, to), await laterAllocationsIn(db, from, to)];
  const vouchers = periodVouchers({
    invoices: issued.map((i) => ({ number: String(i.number), issueDate: i.issueDate, kind: i.kind, rows: i.rows })),
    payments: paid.map((p): PaymentForSie => ({ date: p.paidOn, text: paymentText(p), amountOre: p.amountOre, allocatedOre: p.allocatedOre })),
    laterAllocations: later.map((l) => ({
      date: l.date, amountOre: l.amountOre,
      text: l.amountOre >= 0 ? `Tillgodo till faktura ${l.invoiceNumber}` : `Återförd betalning av faktura ${l.invoiceNumber}`,
    })),
  }, plan);
  const bytes = writeSie({
    program: PROGRAM, generatedOn: input.today,
    company: { name: landlord.name, orgNumber: formatIdentityNumber(landlord.orgNumber) },
    financialYears: financialYearsOf(from, to), accountNames: plan.names, vouchers,
  });
  return { fileName: `sie4-${from}-${to}.se`, bytes };
}
