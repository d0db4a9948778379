// SIE 4 export (DOMAIN-SE.md §7.6; SIE filformat 4B): the verifications (#VER with #TRANS) of the
// invoices and payments of a period, for the landlord's accounting system. A text file in code page 437
// (#FORMAT PC8), CRLF, fields separated by spaces, text quoted, amounts with a decimal point and two
// decimals (debit positive, credit negative), dates YYYYMMDD. Every verification sums to exactly zero
// and every account used is declared with #KONTO: the writer refuses anything else.
import iconv from 'iconv-lite';

/** Account numbers (BAS-kontoplan defaults, §7.6) for each kind of booking; settings may change them. */
export interface AccountPlan {
  receivables: string;
  bank: string;
  customerAdvances: string;
  /** Income from rent and other rows, per VAT rate in percent. */
  income: Record<number, string>;
  /** Output VAT per rate in percent (0 % has none). */
  outputVat: Record<number, string>;
  reminderFees: string;
  interest: string;
  /** Each account's name, for #KONTO. */
  names: Record<string, string>;
}

export const BAS_ACCOUNT_PLAN: AccountPlan = {
  receivables: '1510',
  bank: '1930',
  customerAdvances: '2420',
  income: { 0: '3911', 25: '3913' },
  outputVat: { 25: '2611' },
  reminderFees: '3930',
  interest: '8313',
  names: {
    1510: 'Kundfordringar',
    1930: 'Företagskonto/checkkonto/affärskonto',
    2420: 'Förskott från kunder',
    2611: 'Utgående moms på försäljning inom Sverige, 25 %',
    3911: 'Hyresintäkter',
    3913: 'Frivilligt momspliktiga hyresintäkter',
    3930: 'Påminnelseavgifter',
    8313: 'Ränteintäkter från kundfordringar',
  },
};

export interface SieTransaction {
  account: string;
  /** Debit positive, credit negative. */
  amountOre: number;
}

export interface SieVoucher {
  series: string;
  number: number;
  date: string;
  text: string;
  transactions: SieTransaction[];
}

export interface InvoiceForSie {
  /** The invoice number as shown, e.g. "2026-000123". */
  number: string;
  issueDate: string;
  kind: 'rent' | 'one_off' | 'credit';
  /** A row's kind 'reminder_fee' or 'interest' books it on those accounts, any other on income per VAT rate. */
  rows: { netOre: number; vatOre: number; vatRatePercent: number; kind?: string }[];
}

export interface PaymentForSie {
  date: string;
  text: string;
  amountOre: number;
  /** The part allocated to invoices; the rest is the customer's advance (2420). */
  allocatedOre: number;
}

const INVOICE_TEXT: Record<InvoiceForSie['kind'], string> = { rent: 'Hyresavi', one_off: 'Faktura', credit: 'Kreditfaktura' };

function incomeAccount(row: InvoiceForSie['rows'][number], plan: AccountPlan): string {
  if (row.kind === 'reminder_fee') return plan.reminderFees;
  if (row.kind === 'interest') return plan.interest;
  const account = plan.income[row.vatRatePercent];
  if (!account) throw new RangeError(`No income account for VAT ${row.vatRatePercent} %`);
  return account;
}

/** Adds to an account's line, keeping the accounts in first-used order. */
function post(lines: Map<string, number>, account: string, amountOre: number): void {
  lines.set(account, (lines.get(account) ?? 0) + amountOre);
}

function transactionsOf(lines: Map<string, number>): SieTransaction[] {
  return [...lines].filter(([, amount]) => amount !== 0).map(([account, amountOre]) => ({ account, amountOre }));
}

/** An invoice (or credit note, its signs reversed by its negative rows): debit receivables, credit income and VAT. */
export function invoiceVoucher(invoice: InvoiceForSie, plan: AccountPlan, number: number, series = 'A'): SieVoucher {
  const lines = new Map<string, number>();
  const total = invoice.rows.reduce((sum, r) => sum + r.netOre + r.vatOre, 0);
  post(lines, plan.receivables, total);
  for (const row of invoice.rows) post(lines, incomeAccount(row, plan), -row.netOre);
  for (const row of invoice.rows) {
    if (row.vatOre === 0) continue;
    const vat = plan.outputVat[row.vatRatePercent];
    if (!vat) throw new RangeError(`No output VAT account for ${row.vatRatePercent} %`);
    post(lines, vat, -row.vatOre);
  }
  return { series, number, date: invoice.issueDate, text: `${INVOICE_TEXT[invoice.kind]} ${invoice.number}`, transactions: transactionsOf(lines) };
}

/** A payment: debit bank, credit receivables with what was allocated and customer advances with the rest. */
export function paymentVoucher(payment: PaymentForSie, plan: AccountPlan, number: number, series = 'B'): SieVoucher {
  const lines = new Map<string, number>();
  post(lines, plan.bank, payment.amountOre);
  post(lines, plan.receivables, -payment.allocatedOre);
  post(lines, plan.customerAdvances, -(payment.amountOre - payment.allocatedOre));
  return { series, number, date: payment.date, text: payment.text, transactions: transactionsOf(lines) };
}

/** A customer's advance used on an invoice later: debit advances, credit receivables. */
export function creditUseVoucher(use: { date: string; text: string; amountOre: number }, plan: AccountPlan, number: number, series = 'B'): SieVoucher {
  return { series, number, date: use.date, text: use.text, transactions: [{ account: plan.customerAdvances, amountOre: use.amountOre }, { account: plan.receivables, amountOre: -use.amountOre }] };
}

export interface SieExport {
  program: { name: string; version: string };
  generatedOn: string;
  company: { name: string; orgNumber: string };
  /** Financial years, the current first (#RAR 0, then −1 …); every verification must fall in one. */
  financialYears: { start: string; end: string }[];
  accountNames: Record<string, string>;
  vouchers: SieVoucher[];
}

const date = (iso: string) => iso.replaceAll('-', '');

/** A text field: quoted, a quote or backslash inside escaped with a backslash, control characters as spaces. */
export function sieQuote(text: string): string {
  return `"${text.replace(/\p{Cc}/gu, ' ').replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** Öre as SIE writes an amount: 123450 → "1234.50", −5 → "-0.05". */
export function sieAmount(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`An amount is whole öre, got ${ore}`);
  const abs = Math.abs(ore);
  return `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function check(exp: SieExport): string[] {
  const used = new Set<string>();
  for (const v of exp.vouchers) {
    const sum = v.transactions.reduce((s, t) => s + t.amountOre, 0);
    if (sum !== 0) throw new RangeError(`Verification ${v.series} ${v.number} does not balance: ${sieAmount(sum)}`);
    if (!exp.financialYears.some((y) => y.start <= v.date && v.date <= y.end)) throw new RangeError(`Verification ${v.series} ${v.number} (${v.date}) is in no financial year given`);
    for (const t of v.transactions) used.add(t.account);
  }
  const accounts = [...used].sort();
  const missing = accounts.filter((a) => !exp.accountNames[a]);
  if (missing.length > 0) throw new RangeError(`Accounts without a name for #KONTO: ${missing.join(', ')}`);
  return accounts;
}

/** The file as text (before encoding), lines joined with CRLF. */
export function sieText(exp: SieExport): string {
  const accounts = check(exp);
  const lines = [
    '#FLAGGA 0',
    `#PROGRAM ${sieQuote(exp.program.name)} ${sieQuote(exp.program.version)}`,
    '#FORMAT PC8',
    `#GEN ${date(exp.generatedOn)}`,
    '#SIETYP 4',
    `#FNAMN ${sieQuote(exp.company.name)}`,
    `#ORGNR ${exp.company.orgNumber}`,
    ...exp.financialYears.map((y, i) => `#RAR ${-i} ${date(y.start)} ${date(y.end)}`),
    '#KPTYP BAS2014',
    ...accounts.map((a) => `#KONTO ${a} ${sieQuote(exp.accountNames[a]!)}`),
  ];
  for (const v of exp.vouchers) {
    lines.push(`#VER ${v.series} ${v.number} ${date(v.date)} ${sieQuote(v.text)}`, '{');
    for (const t of v.transactions) lines.push(`   #TRANS ${t.account} {} ${sieAmount(t.amountOre)}`);
    lines.push('}');
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The SIE 4 file in code page 437; a character CP437 lacks becomes "?". */
export function writeSie(exp: SieExport): Uint8Array {
  return iconv.encode(sieText(exp), 'cp437');
}
