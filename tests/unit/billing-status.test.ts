import { describe, expect, it } from 'vitest';
import { invoiceStatus, remainingOre } from '../../server/domain/billing/status.ts';

const base = { totalOre: 138_001_80, dueDate: '2026-03-31' };

describe('invoiceStatus', () => {
  it('unpaid before and on the due date, overdue the day after', () => {
    expect(invoiceStatus({ ...base, settledOre: 0, today: '2026-03-20' })).toBe('unpaid');
    expect(invoiceStatus({ ...base, settledOre: 0, today: '2026-03-31' })).toBe('unpaid');
    expect(invoiceStatus({ ...base, settledOre: 0, today: '2026-04-01' })).toBe('overdue');
  });
  it('partly paid while something is settled and it is not yet overdue; overdue after the due date', () => {
    expect(invoiceStatus({ ...base, settledOre: 50_000_00, today: '2026-03-31' })).toBe('partly_paid');
    expect(invoiceStatus({ ...base, settledOre: 50_000_00, today: '2026-04-01' })).toBe('overdue');
  });
  it('paid when payments and credits cover the total, even late or overpaid', () => {
    expect(invoiceStatus({ ...base, settledOre: 138_001_80, today: '2026-03-01' })).toBe('paid');
    expect(invoiceStatus({ ...base, settledOre: 140_000_00, today: '2026-05-01' })).toBe('paid');
  });
  it('a credit note or a zero total is paid', () => {
    expect(invoiceStatus({ totalOre: -5_000_00, settledOre: 0, dueDate: '2026-03-31', today: '2026-06-01' })).toBe('paid');
    expect(invoiceStatus({ totalOre: 0, settledOre: 0, dueDate: '2026-03-31', today: '2026-06-01' })).toBe('paid');
  });
});

describe('remainingOre', () => {
  it('is what is left, never negative', () => {
    expect(remainingOre({ totalOre: 138_001_80, settledOre: 0 })).toBe(138_001_80);
    expect(remainingOre({ totalOre: 138_001_80, settledOre: 38_001_80 })).toBe(100_000_00);
    expect(remainingOre({ totalOre: 138_001_80, settledOre: 140_000_00 })).toBe(0);
    expect(remainingOre({ totalOre: -100, settledOre: 0 })).toBe(0);
  });
});
