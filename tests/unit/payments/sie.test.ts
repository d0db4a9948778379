import { describe, expect, it } from 'vitest';
import {
  BAS_ACCOUNT_PLAN, creditUseVoucher, invoiceVoucher, paymentVoucher, sieAmount, sieQuote, sieText, writeSie, type SieExport, type SieVoucher,
} from '../../../server/domain/payments/sie.ts';
import { readSie } from '../../support/sie.ts';

const plan = BAS_ACCOUNT_PLAN;
// The worked avi of DOMAIN-SE.md §7.3: 110 401,44 kr + 25 % VAT 27 600,36 = 138 001,80 kr.
const avi = invoiceVoucher({
  number: '2022-000017', issueDate: '2022-03-10', kind: 'rent',
  rows: [
    { netOre: 9375000, vatOre: 2343750, vatRatePercent: 25, kind: 'base_rent' },
    { netOre: 290144, vatOre: 72536, vatRatePercent: 25, kind: 'index' },
    { netOre: 300000, vatOre: 75000, vatRatePercent: 25, kind: 'property_tax' },
    { netOre: 625000, vatOre: 156250, vatRatePercent: 25, kind: 'heating' },
    { netOre: 450000, vatOre: 112500, vatRatePercent: 25, kind: 'parking' },
  ],
}, plan, 1);

const exportOf = (vouchers: SieVoucher[]): SieExport => ({
  program: { name: 'Mina sidor', version: '0.1.0' },
  generatedOn: '2026-11-22',
  company: { name: 'Fastighets AB Exempel', orgNumber: '556677-8808' },
  financialYears: [{ start: '2026-01-01', end: '2026-12-31' }, { start: '2022-01-01', end: '2025-12-31' }],
  accountNames: plan.names,
  vouchers,
});

describe('voucher builders (DOMAIN-SE.md §7.6)', () => {
  it('books an avi: debit 1510 with the total, credit income without VAT and 2611 with the VAT', () => {
    expect(avi).toEqual({
      series: 'A', number: 1, date: '2022-03-10', text: 'Hyresavi 2022-000017',
      transactions: [{ account: '1510', amountOre: 13800180 }, { account: '3913', amountOre: -11040144 }, { account: '2611', amountOre: -2760036 }],
    });
  });

  it('books VAT-free rent on 3911, a reminder fee on 3930 and interest on 8313, without VAT lines', () => {
    const v = invoiceVoucher({ number: '2026-000200', issueDate: '2026-11-05', kind: 'one_off', rows: [
      { netOre: 6000, vatOre: 0, vatRatePercent: 0, kind: 'reminder_fee' },
      { netOre: 1234, vatOre: 0, vatRatePercent: 0, kind: 'interest' },
      { netOre: 500000, vatOre: 0, vatRatePercent: 0 },
    ] }, plan, 2);
    expect(v.transactions).toEqual([{ account: '1510', amountOre: 507234 }, { account: '3930', amountOre: -6000 }, { account: '8313', amountOre: -1234 }, { account: '3911', amountOre: -500000 }]);
    expect(v.text).toBe('Faktura 2026-000200');
  });

  it('books a credit note with the signs reversed', () => {
    const v = invoiceVoucher({ number: '2026-000201', issueDate: '2026-11-06', kind: 'credit', rows: [{ netOre: -22500, vatOre: -5625, vatRatePercent: 25 }] }, plan, 3);
    expect(v.transactions).toEqual([{ account: '1510', amountOre: -28125 }, { account: '3913', amountOre: 22500 }, { account: '2611', amountOre: 5625 }]);
  });

  it('books a payment: debit 1930, credit 1510 with what was allocated and 2420 with the rest', () => {
    expect(paymentVoucher({ date: '2026-10-30', text: 'Inbetalning OCR 10454', amountOre: 1300000, allocatedOre: 1250000 }, plan, 1).transactions).toEqual([
      { account: '1930', amountOre: 1300000 }, { account: '1510', amountOre: -1250000 }, { account: '2420', amountOre: -50000 },
    ]);
    expect(paymentVoucher({ date: '2026-10-30', text: 'x', amountOre: 500, allocatedOre: 500 }, plan, 2).transactions).toHaveLength(2);
    expect(creditUseVoucher({ date: '2026-11-02', text: 'Förskott mot 2026-000210', amountOre: 50000 }, plan, 3).transactions).toEqual([
      { account: '2420', amountOre: 50000 }, { account: '1510', amountOre: -50000 },
    ]);
  });

  it('refuses a VAT rate the plan has no account for', () => {
    expect(() => invoiceVoucher({ number: 'x', issueDate: '2026-01-01', kind: 'one_off', rows: [{ netOre: 100, vatOre: 12, vatRatePercent: 12 }] }, plan, 1)).toThrow(RangeError);
  });
});

describe('writeSie: a SIE 4 file in CP437', () => {
  const vouchers = [
    avi,
    invoiceVoucher({ number: '2026-000200', issueDate: '2026-11-05', kind: 'one_off', rows: [{ netOre: 6000, vatOre: 0, vatRatePercent: 0, kind: 'reminder_fee' }] }, plan, 2),
    paymentVoucher({ date: '2026-10-30', text: 'Inbetalning "Café Lunden" OCR 10157', amountOre: 1300000, allocatedOre: 1250000 }, plan, 1),
    creditUseVoucher({ date: '2026-11-02', text: 'Förskott', amountOre: 50000 }, plan, 2),
  ];
  const file = writeSie(exportOf(vouchers));
  const read = readSie(file);

  it('writes the header in order', () => {
    expect(read.records.slice(0, 10)).toEqual([
      '#FLAGGA 0', '#PROGRAM "Mina sidor" "0.1.0"', '#FORMAT PC8', '#GEN 20261122', '#SIETYP 4', '#FNAMN "Fastighets AB Exempel"',
      '#ORGNR 556677-8808', '#RAR 0 20260101 20261231', '#RAR -1 20220101 20251231', '#KPTYP BAS2014',
    ]);
  });

  it('declares every account it uses, with its name', () => {
    expect(read.records.filter((l) => l.startsWith('#KONTO'))).toEqual([
      '#KONTO 1510 "Kundfordringar"', '#KONTO 1930 "Företagskonto/checkkonto/affärskonto"', '#KONTO 2420 "Förskott från kunder"',
      '#KONTO 2611 "Utgående moms på försäljning inom Sverige, 25 %"', '#KONTO 3913 "Frivilligt momspliktiga hyresintäkter"', '#KONTO 3930 "Påminnelseavgifter"',
    ]);
    for (const v of read.vouchers) for (const t of v.trans) expect(read.declared.has(t.account)).toBe(true);
  });

  it('writes each verification in braces, balanced to zero', () => {
    expect(read.vouchers.map((v) => v.head)).toEqual([
      '#VER A 1 20220310 "Hyresavi 2022-000017"', '#VER A 2 20261105 "Faktura 2026-000200"',
      '#VER B 1 20261030 "Inbetalning \\"Café Lunden\\" OCR 10157"', '#VER B 2 20261102 "Förskott"',
    ]);
    for (const v of read.vouchers) expect(v.trans.reduce((s, t) => s + t.amountOre, 0)).toBe(0);
    expect(read.vouchers[0]!.trans).toEqual(avi.transactions);
    const start = read.records.indexOf('#VER A 1 20220310 "Hyresavi 2022-000017"');
    expect(read.records.slice(start, start + 6)).toEqual([
      '#VER A 1 20220310 "Hyresavi 2022-000017"', '{', '   #TRANS 1510 {} 138001.80', '   #TRANS 3913 {} -110401.44', '   #TRANS 2611 {} -27600.36', '}',
    ]);
  });

  it('is CP437: å ä ö are 0x86 0x84 0x94 and round-trip', () => {
    const bytes = Buffer.from(file);
    expect(bytes.includes(Buffer.from([0x50, 0x86, 0x6d]))).toBe(true); // "Påm"
    expect(bytes.includes(Buffer.from([0x84]))).toBe(true);
    expect(bytes.includes(Buffer.from([0x94]))).toBe(true);
    expect(bytes.every((b) => b !== 0xc3)).toBe(true); // no UTF-8
    expect(read.text).toContain('Utgående moms på försäljning');
  });

  it('refuses an unbalanced verification, an account without a name, a date outside the financial years', () => {
    const bad = { ...avi, transactions: [...avi.transactions, { account: '1510', amountOre: 1 }] };
    expect(() => sieText(exportOf([bad]))).toThrow(/does not balance/);
    expect(() => sieText(exportOf([{ ...avi, transactions: [{ account: '9999', amountOre: 1 }, { account: '1510', amountOre: -1 }] }]))).toThrow(/9999/);
    expect(() => sieText(exportOf([{ ...avi, date: '2021-12-31' }]))).toThrow(/financial year/);
  });
});

describe('SIE fields', () => {
  it.each([[123450, '1234.50'], [-5, '-0.05'], [0, '0.00'], [-13800180, '-138001.80'], [100, '1.00']])('%i öre → %s', (ore, text) => expect(sieAmount(ore)).toBe(text));
  it('quotes text, escaping quotes and backslashes, control characters as spaces', () => {
    expect(sieQuote('Hyra april')).toBe('"Hyra april"');
    expect(sieQuote('a "b" c\\d')).toBe('"a \\"b\\" c\\\\d"');
    expect(sieQuote('rad 1\nrad 2\t!')).toBe('"rad 1 rad 2 !"');
  });
});
