import { describe, expect, it } from 'vitest';
import { bgmaxPayments, bgmaxReferences, parseBgmax, type BgmaxFile } from '../../../server/domain/payments/bgmax.ts';
import type { FileResult } from '../../../server/domain/payments/file-errors.ts';
import { ok, ownFixture, refused, sharedOr } from './fixture-files.ts';

const errors = refused;

const latin1 = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');
const own = () => ownFixture('bgmax-2026-08.txt').toString('latin1').split('\r\n').filter(Boolean);

type Totals = { deposits: [number, number][]; counts: [number, number, number, number] };
const totalsOf = (file: BgmaxFile): Totals => ({
  deposits: file.deposits.map((d) => [d.amountOre, d.count]),
  counts: [file.counts.payments, file.counts.deductions, file.counts.extraReferences, file.counts.deposits],
});

describe('parseBgmax on the samples (DOMAIN-SE.md §6.2, §6.3, §10)', () => {
  const ownTotals: Totals = { deposits: [[3505000, 4], [2290000, 2]], counts: [5, 1, 4, 2] };
  it.each([
    sharedOr('bgmax/bankgirot-sample-ocr-kontroll.latin1.txt', 'bgmax-2026-08.txt', { shared: { deposits: [[190000, 3], [800000, 4]], counts: [6, 1, 6, 2] } as Totals, own: ownTotals }),
    sharedOr('bgmax/example-three-payments.txt', 'bgmax-2026-08.txt', { shared: { deposits: [[5575000, 3]], counts: [2, 1, 2, 1] } as Totals, own: ownTotals }),
  ])('$name: deposits and TK70 counts', ({ bytes, expected }) => {
    expect(totalsOf(ok(parseBgmax(bytes)))).toEqual(expected);
  });

  it('reads Bankgirot\'s sample with its TAB line and cut lines (or ours, written the same way)', () => {
    const { bytes, expected } = sharedOr('bgmax/bankgirot-sample-ocr-kontroll.latin1.txt', 'bgmax-2026-08.txt', { shared: ['657866', '658765', '657767', '657965'], own: ['10553', '10652'] });
    const payments = ok(parseBgmax(bytes)).deposits.flatMap((d) => d.payments);
    const withExtras = payments.filter((p) => p.extraReferences.length === expected.length);
    expect(withExtras.map((p) => p.extraReferences.map((e) => e.reference))).toContainEqual(expected);
  });
});

describe('parseBgmax on our file of August 2026', () => {
  const file = ok(parseBgmax(ownFixture('bgmax-2026-08.txt')));
  const payments = file.deposits.flatMap((d) => d.payments);

  it('reads the opening record and each deposit\'s bankgiro, date and serial', () => {
    expect(file).toMatchObject({ writtenAt: '2026-08-31T18:45:00', test: false });
    expect(file.deposits.map((d) => [d.receivingBankgiro, d.paymentDate, d.depositSerial, d.currency])).toEqual([
      ['50501055', '2026-08-28', '00211', 'SEK'],
      ['50501055', '2026-08-31', '00212', 'SEK'],
    ]);
  });

  it('reads payments, deductions, extra references (TK23 negative) and the payer records in Latin-1', () => {
    expect(payments.map((p) => [p.kind, p.amountOre, p.referenceCode, p.serial])).toEqual([
      ['payment', 1250000, 2, '260828000101'],
      ['payment', 2000000, 3, '260828000102'],
      ['deduction', 45000, 3, '260828000103'],
      ['payment', 300000, 1, '260828000104'],
      ['payment', 1300000, 2, '260831000201'],
      ['payment', 990000, 3, '260831000202'],
    ]);
    expect(payments[0]).toMatchObject({ payerName: 'Café Lunden AB', address: 'Utlandagatan 6', postalCode: '412 61', city: 'Göteborg', identityNumber: '5560160680', payerBankgiro: null });
    expect(payments[1]!.extraReferences.map((e) => [e.reference, e.amountOre])).toEqual([['10256', 1200000], ['10355', 800000]]);
    expect(payments[2]).toMatchObject({ deductionCode: 0, reference: 'KREDIT 2026-0042', payerBankgiro: '9912346' });
    expect(payments[3]).toMatchObject({ hasImage: true, channel: 3, information: ['Hyra augusti Ateljé Nord'], payerName: 'Ateljé Nord HB' });
    expect(payments[5]!.extraReferences.map((e) => [e.reference, e.amountOre])).toEqual([['10553', 0], ['10652', -10000]]);
  });

  it('gives the OCR candidates per §6.5: refcode 2 its own, refcode 3 its extra references, refcode 1 none', () => {
    expect(payments.filter((p) => p.kind === 'payment').map((p) => bgmaxReferences(p))).toEqual([
      [{ ocr: '10157', amountOre: null }],
      [{ ocr: '10256', amountOre: 1200000 }, { ocr: '10355', amountOre: 800000 }],
      [],
      [{ ocr: '10454', amountOre: null }],
      [{ ocr: '10553', amountOre: null }, { ocr: '10652', amountOre: -10000 }],
    ]);
  });
});

describe('bgmaxPayments: the common shape and its identity (decision 0015)', () => {
  const incoming = bgmaxPayments(ok(parseBgmax(ownFixture('bgmax-2026-08.txt'))));

  it('keys each payment on receiving bankgiro, payment date, deposit serial and Bankgirot\'s serial', () => {
    expect(incoming[0]).toMatchObject({
      identity: 'bgmax:50501055:2026-08-28:00211:260828000101',
      entryIdentity: 'bgmax:50501055:2026-08-28:00211',
      fingerprint: '2026-08-28|1250000|10157',
      source: 'bgmax', kind: 'payment', amountOre: 1250000, currency: 'SEK', bookingDate: '2026-08-28',
      receivingBankgiro: '50501055', refusal: null, line: 3,
    });
    expect(new Set(incoming.map((p) => p.identity)).size).toBe(incoming.length);
  });

  it('makes a deduction negative with no OCR, its reference kept for staff', () => {
    expect(incoming[2]).toMatchObject({ kind: 'deduction', amountOre: -45000, references: [], otherReferences: ['KREDIT 2026-0042'] });
  });

  it('sums to each deposit\'s TK15 amount', () => {
    const sums = new Map<string, number>();
    for (const p of incoming) sums.set(p.entryIdentity, (sums.get(p.entryIdentity) ?? 0) + p.amountOre);
    expect([...sums.values()]).toEqual([3505000, 2290000]);
  });

  it('gives a repeated serial (Bankgirot\'s sample has one) a distinct identity', () => {
    const { bytes, expected } = sharedOr('bgmax/bankgirot-sample-ocr-kontroll.latin1.txt', 'bgmax-2026-08.txt', { shared: 7, own: 6 });
    const ids = bgmaxPayments(ok(parseBgmax(bytes))).map((p) => p.identity);
    expect(new Set(ids).size).toBe(expected);
  });
});

describe('parseBgmax refuses a wrong file whole, with the line and the reason', () => {
  const codes = (result: FileResult<BgmaxFile>) => errors(result).map((e) => [e.code, e.line]);

  it.each([
    ['an empty file', Buffer.alloc(0), [['EMPTY_FILE', undefined]]],
    ['only line breaks', Buffer.from('\r\n\r\n'), [['EMPTY_FILE', undefined]]],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1'), [['NOT_BGMAX', 1]]],
    ['an XML file', Buffer.from('<?xml version="1.0"?><Document/>'), [['NOT_BGMAX', 1]]],
  ])('%s', (_what, bytes, expected) => {
    expect(codes(parseBgmax(bytes))).toEqual(expected);
  });

  it('names what a non-BgMax file looks like', () => {
    expect(errors(parseBgmax(Buffer.from('%PDF-1.7\n')))[0]!.params).toEqual({ looksLike: 'pdf' });
  });

  it.each([
    ['UTF-8 instead of Latin-1', 'bgmax-utf8.txt', [['NOT_LATIN1', 1]]],
    ['a cut file', 'bgmax-cut.txt', [['DEPOSIT_NOT_CLOSED', 20], ['MISSING_CLOSING', 22]]],
    ['a line of 81 characters', 'bgmax-long-line.txt', [['LINE_TOO_LONG', 4]]],
    ['a TAB inside an amount', 'bgmax-tab-in-amount.txt', [['TAB_BREAKS_FIELD', 3]]],
    ['a TK15 sum that disagrees', 'bgmax-bad-sum.txt', [['DEPOSIT_SUM_MISMATCH', 19]]],
    ['TK70 counts that disagree', 'bgmax-bad-counts.txt', [['CLOSING_COUNT_MISMATCH', 28]]],
  ])('%s (%s)', (_what, name, expected) => {
    expect(codes(parseBgmax(ownFixture(name)))).toEqual(expected);
  });

  it('gives the stated and actual values of a mismatch', () => {
    expect(errors(parseBgmax(ownFixture('bgmax-bad-sum.txt')))[0]!.params).toEqual({ statedOre: 3550000, actualOre: 3505000 });
    expect(errors(parseBgmax(ownFixture('bgmax-bad-counts.txt')))[0]!.params).toEqual({ count: 'payments', stated: 6, actual: 5 });
    expect(errors(parseBgmax(ownFixture('bgmax-tab-in-amount.txt')))[0]!.params).toEqual({ record: '20', field: 'amount' });
  });

  const edit = (i: number, line: string) => latin1(own().map((l, j) => (j === i ? line : l)));

  it('refuses a line cut before its last field, an unknown record and a control character', () => {
    expect(codes(parseBgmax(edit(2, own()[2]!.slice(0, 60))))).toEqual([['LINE_TOO_SHORT', 3]]);
    expect(codes(parseBgmax(edit(3, '99 nothing we know'.padEnd(80))))).toEqual([['UNKNOWN_RECORD', 4]]);
    expect(errors(parseBgmax(edit(3, '26Café\u0000Lunden')))[0]).toMatchObject({ code: 'CONTROL_CHARACTER', line: 4, params: { column: 7, char: 'U+0000' } });
  });

  it('refuses records out of order (a payment before its deposit opens, a record after TK70)', () => {
    const lines = own();
    expect(codes(parseBgmax(latin1([lines[0]!, lines[2]!, ...lines.slice(1)])))).toContainEqual(['UNEXPECTED_RECORD', 2]);
    expect(codes(parseBgmax(latin1([...lines, lines[3]!])))).toEqual([['RECORD_AFTER_CLOSING', 29]]);
    expect(codes(parseBgmax(latin1([lines[0]!, lines[1]!, lines[2]!, lines[5]!, lines[3]!, ...lines.slice(6)])))).toEqual([['UNEXPECTED_RECORD', 5]]);
  });

  it('refuses a bad field: a date that does not exist, a reference code, a currency, a bankgiro', () => {
    const tk15 = own()[18]!;
    expect(errors(parseBgmax(edit(18, `${tk15.slice(0, 37)}20260230${tk15.slice(45)}`)))[0]).toMatchObject({ code: 'BAD_FIELD', line: 19, params: { field: 'paymentDate', value: '20260230' } });
    const tk20 = own()[2]!;
    expect(errors(parseBgmax(edit(2, `${tk20.slice(0, 55)}9${tk20.slice(56)}`)))[0]).toMatchObject({ code: 'BAD_FIELD', params: { field: 'referenceCode' } });
    expect(codes(parseBgmax(edit(1, '050050501055          EUR'.padEnd(80))))).toContainEqual(['CURRENCY_NOT_SEK', 2]);
    expect(codes(parseBgmax(edit(1, '050050501056          SEK'.padEnd(80))))).toEqual([['BAD_BANKGIRO', 2]]);
  });

  it('lists one error for one bad line: its deposit\'s sums are not checked again', () => {
    expect(errors(parseBgmax(ownFixture('bgmax-tab-in-amount.txt')))).toHaveLength(1);
  });

  it('lists at most a hundred errors and counts the rest', () => {
    const lines = own();
    const bad = latin1([...lines.slice(0, 3), ...Array.from({ length: 150 }, () => '99'), ...lines.slice(3)]);
    const list = errors(parseBgmax(bad));
    expect(list).toHaveLength(101);
    expect(list.at(-1)).toEqual({ code: 'TOO_MANY_ERRORS', params: { more: 50 } });
  });
});
