import { describe, expect, it } from 'vitest';
import { writeBgmax, type BgmaxFileOut } from '../../../server/domain/payments/bgmax-write.ts';
import { bgmaxPayments, parseBgmax } from '../../../server/domain/payments/bgmax.ts';
import { ok } from './fixture-files.ts';

const file: BgmaxFileOut = {
  writtenAt: '2026-08-31T06:15:02',
  deposits: [
    {
      bankgiro: '50501055', paymentDate: '2026-08-31', depositSerial: '1', bankAccount: '12340000123456', payments: [
        { serial: '1', amountOre: 31_250_00, ocrs: ['20250400114'], payerName: 'Café Lunden AB' },
        { serial: '2', amountOre: 25_000_00, ocrs: ['20250400213', '20250400312'], payerName: 'Kontorshotellet i Sthlm AB' },
      ],
    },
    { bankgiro: '50501055', paymentDate: '2026-09-01', depositSerial: '2', bankAccount: '12340000123456', payments: [{ serial: '3', amountOre: 1, ocrs: ['10157'] }] },
  ],
};

describe('writing BgMax (what parseBgmax reads)', () => {
  it('writes 80-column Latin-1 records with CRLF whose sums and counts parseBgmax checks', () => {
    const bytes = writeBgmax(file);
    const lines = Buffer.from(bytes).toString('latin1').split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines.every((line) => line.length === 80)).toBe(true);
    expect(lines.map((line) => line.slice(0, 2))).toEqual(['01', '05', '20', '26', '20', '22', '22', '26', '15', '05', '20', '15', '70']);
    expect(Buffer.from(bytes).includes(Buffer.from('Caf\xe9', 'latin1'))).toBe(true);
    const parsed = ok(parseBgmax(bytes));
    expect(parsed).toMatchObject({ writtenAt: '2026-08-31T06:15:02', test: false, counts: { payments: 3, deductions: 0, extraReferences: 2, deposits: 2 } });
    expect(parsed.deposits.map((d) => [d.paymentDate, d.amountOre, d.count])).toEqual([['2026-08-31', 56_250_00, 2], ['2026-09-01', 1, 1]]);
  });

  it('writes payments that read back with their OCRs, payers and identities', () => {
    const payments = bgmaxPayments(ok(parseBgmax(writeBgmax(file))));
    expect(payments.map((p) => [p.identity, p.amountOre, p.references.map((r) => r.ocr), p.payer.name, p.receivingBankgiro])).toEqual([
      ['bgmax:50501055:2026-08-31:00001:000000000001', 31_250_00, ['20250400114'], 'Café Lunden AB', '50501055'],
      ['bgmax:50501055:2026-08-31:00001:000000000002', 25_000_00, ['20250400213', '20250400312'], 'Kontorshotellet i Sthlm AB', '50501055'],
      ['bgmax:50501055:2026-09-01:00002:000000000003', 1, ['10157'], null, '50501055'],
    ]);
  });

  it('refuses what BgMax can not hold', () => {
    expect(() => writeBgmax({ ...file, deposits: [{ ...file.deposits[0]!, payments: [{ serial: '1', amountOre: -1, ocrs: ['10157'] }] }] })).toThrow(RangeError);
    expect(() => writeBgmax({ ...file, deposits: [{ ...file.deposits[0]!, bankgiro: '12345678901' }] })).toThrow(RangeError);
  });
});
