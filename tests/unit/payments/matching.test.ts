import { describe, expect, it } from 'vitest';
import { ocrForInvoice } from '../../../server/domain/billing/ocr.ts';
import { applyCredit, creditAllocations, matchPayments, type InvoiceToMatch, type MatchResult, type PaymentToMatch } from '../../../server/domain/payments/matching.ts';

const invoice = (n: number, customerId: string, remainingOre: number, dueDate: string, issueDate = '2026-09-15'): InvoiceToMatch =>
  ({ id: `inv-${n}`, ocr: ocrForInvoice(n), customerId, remainingOre, dueDate, issueDate });
const pay = (id: string, amountOre: number, ocrs: (string | [string, number])[], kind: PaymentToMatch['kind'] = 'payment'): PaymentToMatch => ({
  id, kind, amountOre, references: ocrs.map((o) => (Array.isArray(o) ? { ocr: o[0], amountOre: o[1] } : { ocr: o, amountOre: null })),
});

const invoices = [
  invoice(101, 'lunden', 1250000, '2026-09-30'),
  invoice(102, 'bygg', 1200000, '2026-09-30'),
  invoice(103, 'bygg', 1000000, '2026-08-31'),
  invoice(104, 'kontor', 1250000, '2026-09-30'),
  invoice(105, 'kontor', 0, '2026-07-31'),
  invoice(106, 'lunden', 500000, '2026-10-30'),
];

const one = (payment: PaymentToMatch, list = invoices) => matchPayments([payment], list).results[0]!;

describe('matchPayments by OCR (DOMAIN-SE.md §6.5, issue 11 Matching)', () => {
  it('pays the invoice its OCR names', () => {
    expect(one(pay('p', 1250000, ['10157']))).toEqual({ paymentId: 'p', allocations: [{ invoiceId: 'inv-101', amountOre: 1250000 }], credit: null, unmatched: null, split: false, unknownReferences: [] });
  });

  it('leaves an underpaid invoice partly paid', () => {
    const { results, remainingOre } = matchPayments([pay('p', 1000000, ['10157'])], invoices);
    expect(results[0]!.allocations).toEqual([{ invoiceId: 'inv-101', amountOre: 1000000 }]);
    expect(remainingOre.get('inv-101')).toBe(250000);
  });

  it('keeps an overpayment as the customer\'s credit', () => {
    expect(one(pay('p', 1300000, ['10454']))).toMatchObject({ allocations: [{ invoiceId: 'inv-104', amountOre: 1250000 }], credit: { customerId: 'kontor', amountOre: 50000 }, unmatched: null });
  });

  it('makes a payment to an invoice already paid the customer\'s credit', () => {
    expect(one(pay('p', 40000, ['10553']))).toMatchObject({ allocations: [], credit: { customerId: 'kontor', amountOre: 40000 } });
  });

  it('splits a payment naming several OCRs over them, oldest due first', () => {
    const result = one(pay('p', 1500000, ['10256', '10355']));
    expect(result.allocations).toEqual([{ invoiceId: 'inv-103', amountOre: 1000000 }, { invoiceId: 'inv-102', amountOre: 500000 }]);
    expect(result.split).toBe(true);
  });

  it('puts the amount the payer gave each reference there first (BgMax TK22 with amounts)', () => {
    const result = one(pay('p', 1500000, [['10256', 1200000], ['10355', 300000]]));
    expect(result.allocations).toEqual([{ invoiceId: 'inv-103', amountOre: 300000 }, { invoiceId: 'inv-102', amountOre: 1200000 }]);
  });

  it('ignores a negative reference amount (a credit note the payer deducted)', () => {
    expect(one(pay('p', 990000, ['10355', ['10553', -10000]])).allocations).toEqual([{ invoiceId: 'inv-103', amountOre: 990000 }]);
  });

  it('carries balances from one payment to the next: a second payment of the same invoice is credit', () => {
    const { results } = matchPayments([pay('a', 1250000, ['10157']), pay('b', 1250000, ['10157'])], invoices);
    expect(results[1]).toMatchObject({ allocations: [], credit: { customerId: 'lunden', amountOre: 1250000 } });
  });

  it('reports OCRs that are no invoice of ours beside those that are', () => {
    expect(one(pay('p', 1250000, ['10157', '99952']))).toMatchObject({ allocations: [{ invoiceId: 'inv-101', amountOre: 1250000 }], unknownReferences: ['99952'] });
  });
});

describe('matchPayments sends to the queue what it can not match, with the reason', () => {
  it.each([
    ['no reference', pay('p', 300000, []), 'no_reference'],
    ['a wrong OCR (check digit)', pay('p', 300000, ['10158']), 'invalid_reference'],
    ['an OCR of no invoice', pay('p', 300000, ['99952']), 'unknown_reference'],
    ['a deduction (BgMax TK21)', pay('p', -45000, [], 'deduction'), 'deduction'],
    ['a return', pay('p', -50000, ['10157'], 'return'), 'return'],
    ['a payment in EUR', { ...pay('p', 10000, ['10157']), refusal: 'currency_not_sek' as const }, 'currency_not_sek'],
    ['a zero amount', pay('p', 0, ['10157']), 'not_positive'],
  ])('%s', (_what, payment, reason) => {
    expect(one(payment)).toEqual({ paymentId: 'p', allocations: [], credit: null, unmatched: { amountOre: payment.amountOre, reason }, split: false, unknownReferences: reason === 'invalid_reference' ? ['10158'] : reason === 'unknown_reference' ? ['99952'] : [] });
  });

  it('queues a surplus over invoices of more than one customer: staff decide whose credit it is', () => {
    expect(one(pay('p', 3000000, ['10157', '10454']))).toMatchObject({
      allocations: [{ invoiceId: 'inv-101', amountOre: 1250000 }, { invoiceId: 'inv-104', amountOre: 1250000 }],
      credit: null, unmatched: { amountOre: 500000, reason: 'several_customers' },
    });
  });

  it('refuses amounts that are not whole öre', () => {
    expect(() => one(pay('p', 12.5, ['10157']))).toThrow(RangeError);
  });
});

describe('applyCredit: a customer\'s credit on its open invoices, oldest first (§7.5)', () => {
  const open = [
    { id: 'b', remainingOre: 500000, dueDate: '2026-10-30', issueDate: '2026-10-01' },
    { id: 'a', remainingOre: 300000, dueDate: '2026-09-30', issueDate: '2026-09-01' },
  ];
  it('pays the oldest first and keeps what is left', () => {
    expect(applyCredit(600000, open)).toEqual({ allocations: [{ invoiceId: 'a', amountOre: 300000 }, { invoiceId: 'b', amountOre: 300000 }], creditLeftOre: 0 });
    expect(applyCredit(900000, open)).toEqual({ allocations: [{ invoiceId: 'a', amountOre: 300000 }, { invoiceId: 'b', amountOre: 500000 }], creditLeftOre: 100000 });
  });
  it('does nothing with no credit or no open invoice', () => {
    expect(applyCredit(0, open)).toEqual({ allocations: [], creditLeftOre: 0 });
    expect(applyCredit(50000, [])).toEqual({ allocations: [], creditLeftOre: 50000 });
  });
});

// Property-style: random ledgers from a fixed seed, the invariants checked on each.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('matchPayments keeps every öre (property-style, 500 random ledgers)', () => {
  const sum = (r: MatchResult) => r.allocations.reduce((s, a) => s + a.amountOre, 0) + (r.credit?.amountOre ?? 0) + (r.unmatched?.amountOre ?? 0);

  it('allocated + credit + unmatched = paid; no invoice gets more than it had left; allocations are positive', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const rnd = random(seed);
      const int = (max: number) => Math.floor(rnd() * max);
      const list = Array.from({ length: 1 + int(8) }, (_, i) => invoice(200 + i, `c${int(3)}`, int(4) === 0 ? 0 : 1 + int(2000000), `2026-${String(1 + int(12)).padStart(2, '0')}-15`));
      const ocrs = [...list.map((i) => i.ocr), '99952', '10158'];
      const kinds = ['payment', 'payment', 'payment', 'deduction', 'return'] as const;
      const payments = Array.from({ length: 1 + int(10) }, (_, i) => {
        const kind = kinds[int(kinds.length)]!;
        const refs = Array.from({ length: int(4) }, () => (int(3) === 0 ? [ocrs[int(ocrs.length)]!, int(1500000) - 100000] as [string, number] : ocrs[int(ocrs.length)]!));
        return pay(`p${i}`, (kind === 'payment' ? 1 : -1) * int(3000000), refs, kind);
      });
      const { results, remainingOre } = matchPayments(payments, list);
      results.forEach((r, i) => {
        expect(sum(r), `seed ${seed} payment ${i}`).toBe(payments[i]!.amountOre);
        for (const a of r.allocations) expect(a.amountOre).toBeGreaterThan(0);
        if (r.credit) expect(r.credit.amountOre).toBeGreaterThan(0);
        expect(r.split).toBe(r.allocations.length > 1);
      });
      for (const inv of list) {
        const allocated = results.flatMap((r) => r.allocations).filter((a) => a.invoiceId === inv.id).reduce((s, a) => s + a.amountOre, 0);
        expect(allocated, `seed ${seed} ${inv.id}`).toBeLessThanOrEqual(inv.remainingOre);
        expect(remainingOre.get(inv.id)).toBe(inv.remainingOre - allocated);
      }
    }
  });

  it('does not depend on the order invoices are given in', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const rnd = random(seed);
      const list = Array.from({ length: 6 }, (_, i) => invoice(300 + i, 'c', 1 + Math.floor(rnd() * 1000000), `2026-0${1 + Math.floor(rnd() * 9)}-28`));
      const payment = pay('p', Math.floor(rnd() * 5000000), list.map((i) => i.ocr));
      expect(one(payment, [...list].reverse())).toEqual(one(payment, list));
    }
  });
});

describe('creditAllocations: which payment pays which invoice with the credit', () => {
  const open = [
    { id: 'late', remainingOre: 500_00, dueDate: '2026-12-31', issueDate: '2026-11-15' },
    { id: 'early', remainingOre: 300_00, dueDate: '2026-11-30', issueDate: '2026-10-15' },
  ];

  it('uses the oldest payments first on the oldest invoices first', () => {
    const credits = [{ paymentId: 'b', leftOre: 400_00, paidOn: '2026-10-20' }, { paymentId: 'a', leftOre: 200_00, paidOn: '2026-10-01' }];
    expect(creditAllocations(credits, open)).toEqual([
      { paymentId: 'a', invoiceId: 'early', amountOre: 200_00 },
      { paymentId: 'b', invoiceId: 'early', amountOre: 100_00 },
      { paymentId: 'b', invoiceId: 'late', amountOre: 300_00 },
    ]);
  });

  it('never uses more than is left, nor pays more than is open, and ignores what is not credit', () => {
    const credits = [{ paymentId: 'a', leftOre: 2_000_00, paidOn: '2026-10-01' }, { paymentId: 'r', leftOre: -50_00, paidOn: '2026-09-01' }];
    const made = creditAllocations(credits, open);
    expect(made.reduce((s, a) => s + a.amountOre, 0)).toBe(800_00);
    expect(made.every((a) => a.paymentId === 'a')).toBe(true);
    expect(creditAllocations([], open)).toEqual([]);
  });
});
