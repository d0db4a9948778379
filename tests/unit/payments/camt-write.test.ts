import { describe, expect, it } from 'vitest';
import { oreToAmount, writeCamt053, writeCamt054, type CamtEntryOut } from '../../../server/domain/payments/camt-write.ts';
import { parseCamt } from '../../../server/domain/payments/camt.ts';
import { ok } from './fixture-files.ts';

const entries: CamtEntryOut[] = [
  {
    reference: 'D1', bookingDate: '2026-11-02', payments: [
      { reference: 'T1', amountOre: 1_500_00, references: [{ ocr: '10157' }], payerName: 'Café Lunden AB' },
      { reference: 'T2', amountOre: 2_000_00, references: [{ ocr: '10256', amountOre: 1_200_00 }, { ocr: '10355', amountOre: 800_00 }], payerName: 'Bygg & Co <AB>' },
    ],
  },
  { reference: 'D2', bookingDate: '2026-11-02', payments: [{ reference: 'T3', amountOre: 99, references: [], payerName: 'Okänd', freeText: 'Hyra november' }] },
];

describe('writing camt.054 and camt.053 (what parseCamt reads)', () => {
  it('writes öre as ISO amounts', () => {
    expect([oreToAmount(0), oreToAmount(5), oreToAmount(1_234_56)]).toEqual(['0.00', '0.05', '1234.56']);
    expect(() => oreToAmount(1.5)).toThrow(RangeError);
  });

  it('writes a notification whose payments, OCRs, split and payers read back', () => {
    const file = ok(parseCamt(Buffer.from(writeCamt054({ messageId: 'M1', createdAt: '2026-11-02T18:00:00+01:00', bankgiro: '50501055', entries }))));
    expect(file).toMatchObject({ message: 'camt.054', version: '001.08', messageId: 'M1' });
    expect(file.payments.map((p) => [p.identity, p.amountOre, p.references, p.payer.name, p.receivingBankgiro])).toEqual([
      ['camt:tx:T1', 1_500_00, [{ ocr: '10157', amountOre: null }], 'Café Lunden AB', '50501055'],
      ['camt:tx:T2', 2_000_00, [{ ocr: '10256', amountOre: 1_200_00 }, { ocr: '10355', amountOre: 800_00 }], 'Bygg & Co <AB>', '50501055'],
      ['camt:D2', 99, [], 'Okänd', '50501055'],
    ]);
    expect(file.payments[2]!.freeText).toEqual(['Hyra november']);
  });

  it('writes a statement with the same references, or with a deposit as a lump sum, its balances agreeing', () => {
    const statement = { messageId: 'S1', createdAt: '2026-11-03T02:00:00+01:00', iban: 'SE4550000000058398257466', date: '2026-11-02', openingOre: 10_000_00 };
    const detailed = ok(parseCamt(Buffer.from(writeCamt053({ ...statement, entries }))));
    expect(detailed.message).toBe('camt.053');
    expect(detailed.payments.map((p) => p.identity)).toEqual(['camt:tx:T1', 'camt:tx:T2', 'camt:D2']);
    const lumped = ok(parseCamt(Buffer.from(writeCamt053({ ...statement, entries: [{ ...entries[0]!, lumpSum: true }] }))));
    expect(lumped.payments).toEqual([expect.objectContaining({ identity: 'camt:D1', entryIdentity: 'camt:D1', amountOre: 3_500_00, lumpSum: true })]);
  });
});
