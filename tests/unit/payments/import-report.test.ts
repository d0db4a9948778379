import { describe, expect, it } from 'vitest';
import { entryReference, fileReport, importReport, noMatches, reportOf, tally } from '../../../server/domain/payments/import-report.ts';
import { matchPayments } from '../../../server/domain/payments/matching.ts';
import { sortOutDuplicates } from '../../../server/domain/payments/duplicates.ts';
import type { IncomingPayment } from '../../../server/domain/payments/incoming.ts';
import { ocrForInvoice } from '../../../server/domain/billing/ocr.ts';

const payment = (identity: string, entry: string, amountOre: number, ocrs: string[], extra: Partial<IncomingPayment> = {}): IncomingPayment => ({
  identity, entryIdentity: entry, fingerprint: `${identity}-fp`, source: 'camt.054', kind: 'payment', amountOre, currency: 'SEK', bookingDate: '2026-11-02',
  valueDate: null, references: ocrs.map((ocr) => ({ ocr, amountOre: null })), otherReferences: [], freeText: [], receivingBankgiro: null,
  payer: { name: null, addressLines: [], identityNumber: null, bankgiro: null }, refusal: null, bankTransactionCode: null, returnReason: null, lumpSum: false, ...extra,
});

describe('importReport: what an import found and did', () => {
  it('counts read, matched, split, credit, unmatched and duplicates, with the total per deposit', () => {
    const invoices = [101, 102, 103].map((n) => ({ id: `i${n}`, ocr: ocrForInvoice(n), customerId: 'c', remainingOre: 100_00, dueDate: '2026-11-30', issueDate: '2026-11-01' }));
    const file = [
      payment('a', 'camt:D1', 100_00, [ocrForInvoice(101)]),
      payment('b', 'camt:D1', 250_00, [ocrForInvoice(102), ocrForInvoice(103)]),
      payment('c', 'camt:D2', 40_00, []),
      payment('d', 'camt:D2', 70_00, []),
      payment('e', 'camt:D3', 500_00, [], { lumpSum: true }),
    ];
    const sorted = sortOutDuplicates(file, { byIdentity: new Map([['d', { identity: 'd', amountOre: 70_00, paidOn: '2026-11-02', bankFileId: 'f0' }]]), otherFamily: new Map(), bookedEntries: new Set() });
    const { results } = matchPayments(sorted.fresh.map((p) => ({ id: p.identity, kind: p.kind, amountOre: p.amountOre, references: p.references })), invoices);
    const report = importReport({ payments: file, sorted, results, creditUsedOre: 0 });
    expect(report).toMatchObject({
      payments: 5, matched: 2, split: 1, credit: 1, creditOre: 50_00, unmatched: 1, unmatchedOre: 40_00, duplicates: 1, duplicateOre: 70_00,
      bookedOre: 390_00, lumpSums: 1, lumpSumsWaiting: 1,
    });
    expect(report.deposits).toEqual([
      { reference: 'D1', date: '2026-11-02', count: 2, totalOre: 350_00 },
      { reference: 'D2', date: '2026-11-02', count: 2, totalOre: 110_00 },
      { reference: 'D3', date: '2026-11-02', count: 1, totalOre: 500_00 },
    ]);
    expect(report.duplicateList).toEqual([{ identity: 'd', date: '2026-11-02', amountOre: 70_00, by: 'identity', bankFileId: 'f0' }]);
    // Counted a chunk at a time, as an import does (keeping no result), the report is the same.
    const chunked = [results.slice(0, 1), results.slice(1, 2), results.slice(2)].reduce(tally, noMatches);
    expect(reportOf(fileReport(file, sorted), chunked, 0)).toEqual(report);
  });

  it('names a deposit by its bank reference', () => {
    expect(entryReference('camt:SE26110250501055D001')).toBe('SE26110250501055D001');
    expect(entryReference('bgmax:50501055:2026-08-28:00021')).toBe('50501055:2026-08-28:00021');
  });
});
