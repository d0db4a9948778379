// `npm run demo:bankfile`: the camt.054 it writes from the demo data pays Café Lunden's open avier (one
// exactly, one in part), sends a mistyped OCR to the queue and keeps Kontorshotellet's overpayment as
// credit, when read in as staff would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { demoBankFile, mistyped, OVERPAID_ORE } from '../../server/demo/bank-file.ts';
import { isValidOcr } from '../../server/domain/billing/index.ts';
import { importFile, openInvoicesOf, remainingOf } from '../support/bank-files.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ worker: true }); });
afterAll(async () => { await t?.close(); });

describe('the demo bank file', () => {
  it('pays the demo avier as it says, and the same state writes the same bytes', async () => {
    const lunden = await openInvoicesOf(t.database.db, 'Café Lunden AB');
    expect(lunden.length).toBeGreaterThanOrEqual(2);
    const first = await demoBankFile(t.database.db, t.clock.now());
    expect((await demoBankFile(t.database.db, t.clock.now())).xml).toBe(first.xml);
    expect(first.payments.map((p) => p.what)).toEqual(['exact', 'partly', 'wrong OCR', 'overpaid']);

    const finance = new Client(t.app);
    await finance.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
    const { file } = await importFile(finance, Buffer.from(first.xml), 'demo-camt054.xml');
    expect(file.report).toMatchObject({ payments: 4, matched: 3, split: 0, credit: 1, creditOre: OVERPAID_ORE, unmatched: 1 });
    expect(file.unmatchedPayments).toEqual([expect.objectContaining({ reason: 'invalid_reference', amountOre: 1_450_00 })]);
    const [exact, partly] = first.payments;
    expect(await remainingOf(t.database.db, exact!.invoiceId!)).toBe(0);
    const before = lunden.find((i) => i.id === partly!.invoiceId)!.remainingOre;
    expect(await remainingOf(t.database.db, partly!.invoiceId!)).toBe(before - partly!.amountOre);
    expect(partly!.amountOre).toBeLessThan(before);
    expect(await openInvoicesOf(t.database.db, 'Kontorshotellet i Göteborg AB')).toEqual([]);
  });

  it('mistypes an OCR so that its check digit fails', () => {
    for (const ocr of ['4549', '10157', '2025040021399']) {
      expect(mistyped(ocr)).not.toBe(ocr);
      expect(isValidOcr(mistyped(ocr))).toBe(false);
    }
  });
});
