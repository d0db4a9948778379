import { describe, expect, it } from 'vitest';
import { familyOf, sortOutDuplicates, type BookedFingerprint, type BookedPayment } from '../../../server/domain/payments/duplicates.ts';
import { paymentFingerprint, type IncomingPayment } from '../../../server/domain/payments/incoming.ts';

const payment = (identity: string, amountOre: number, ocr: string, extra: Partial<IncomingPayment> = {}): IncomingPayment => ({
  identity, entryIdentity: 'camt:E1', fingerprint: paymentFingerprint('2026-11-02', amountOre, [{ ocr, amountOre: null }]), source: 'camt.054',
  kind: 'payment', amountOre, currency: 'SEK', bookingDate: '2026-11-02', valueDate: null, references: [{ ocr, amountOre: null }],
  otherReferences: [], freeText: [], receivingBankgiro: '50501055', payer: { name: null, addressLines: [], identityNumber: null, bankgiro: null },
  refusal: null, bankTransactionCode: null, returnReason: null, lumpSum: false, ...extra,
});

const ledger = (byIdentity: BookedPayment[] = [], otherFamily: [string, BookedFingerprint][] = [], bookedEntries: string[] = []) => ({
  byIdentity: new Map(byIdentity.map((b) => [b.identity, b])), otherFamily: new Map(otherFamily), bookedEntries: new Set(bookedEntries),
});

describe('sortOutDuplicates (decision 0015)', () => {
  it('books what the ledger does not have', () => {
    const file = [payment('camt:tx:1', 100_00, '10157'), payment('camt:tx:2', 200_00, '10256')];
    expect(sortOutDuplicates(file, ledger())).toEqual({ fresh: file, duplicates: [], conflicts: [], lumpSums: [] });
  });

  it('skips a payment whose identity is booked (the same file again, or the camt.053 after the camt.054)', () => {
    const file = [payment('camt:tx:1', 100_00, '10157'), payment('camt:tx:2', 200_00, '10256')];
    const sorted = sortOutDuplicates(file, ledger([{ identity: 'camt:tx:1', amountOre: 100_00, paidOn: '2026-11-02', bankFileId: 'f1' }]));
    expect(sorted.fresh).toEqual([file[1]]);
    expect(sorted.duplicates).toEqual([{ payment: file[0], by: 'identity', bankFileId: 'f1' }]);
  });

  it('refuses the same identity with another amount or date as a conflict, not a duplicate', () => {
    const file = [payment('camt:tx:1', 150_00, '10157'), payment('camt:tx:2', 200_00, '10256', { bookingDate: '2026-11-03' })];
    const booked = [
      { identity: 'camt:tx:1', amountOre: 100_00, paidOn: '2026-11-02', bankFileId: 'f1' },
      { identity: 'camt:tx:2', amountOre: 200_00, paidOn: '2026-11-02', bankFileId: 'f1' },
    ];
    const sorted = sortOutDuplicates(file, ledger(booked));
    expect(sorted.conflicts.map((c) => [c.payment.identity, c.booked.amountOre])).toEqual([['camt:tx:1', 100_00], ['camt:tx:2', 200_00]]);
    expect(sorted.fresh).toEqual([]);
    expect(sorted.duplicates).toEqual([]);
  });

  it('counts fingerprints booked from the other family: k in the file and j in the ledger leave k − j new', () => {
    const a = payment('camt:tx:1', 100_00, '10157');
    const b = payment('camt:tx:2', 100_00, '10157');
    const c = payment('camt:tx:3', 100_00, '10157');
    const sorted = sortOutDuplicates([a, b, c], ledger([], [[a.fingerprint, { count: 2, bankFileId: 'bgmax-file' }]]));
    expect(sorted.duplicates.map((d) => [d.payment.identity, d.by, d.bankFileId])).toEqual([['camt:tx:1', 'fingerprint', 'bgmax-file'], ['camt:tx:2', 'fingerprint', 'bgmax-file']]);
    expect(sorted.fresh).toEqual([c]);
  });

  it('leaves a camt.053 lump sum unbooked, saying whether its camt.054 has booked the payments', () => {
    const lump = payment('camt:E1', 300_00, '', { lumpSum: true, references: [] });
    const other = payment('camt:E2', 300_00, '', { lumpSum: true, references: [], entryIdentity: 'camt:E2' });
    const sorted = sortOutDuplicates([lump, other], ledger([], [], ['camt:E1']));
    expect(sorted.lumpSums).toEqual([{ payment: lump, bookedInDetail: true }, { payment: other, bookedInDetail: false }]);
    expect(sorted.fresh).toEqual([]);
  });

  it('puts BgMax in one family and both camt messages in the other', () => {
    expect([familyOf('bgmax'), familyOf('camt.054'), familyOf('camt.053')]).toEqual(['bgmax', 'camt', 'camt']);
  });
});
