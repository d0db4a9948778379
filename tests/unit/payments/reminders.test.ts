import { describe, expect, it } from 'vitest';
import { MAX_REMINDER_FEE_ORE, manualReminder, reminderFeeOre, reminderLevels, remindersDue, type ReminderInvoice } from '../../../server/domain/payments/reminders.ts';

const levels = [{ level: 1, daysAfterDue: 3 }, { level: 2, daysAfterDue: 14 }];
const inv = (id: string, over: Partial<ReminderInvoice> = {}): ReminderInvoice => ({ id, kind: 'rent', dueDate: '2026-10-30', remainingOre: 1000000, feeAgreed: true, ...over });
const due = (today: string, invoices: ReminderInvoice[], sent: { invoiceId: string; level: number; feeOre: number }[] = [], feeSettingOre = 6000) =>
  remindersDue({ invoices, sent, today, levels, feeSettingOre });

describe('reminderFeeOre (lag 1981:739: agreed, at most 60 kr)', () => {
  it('is the setting when agreed, capped at 60 kr, nothing when not agreed', () => {
    expect(MAX_REMINDER_FEE_ORE).toBe(6000);
    expect(reminderFeeOre(true, 5000)).toBe(5000);
    expect(reminderFeeOre(true, 6000)).toBe(6000);
    expect(reminderFeeOre(true, 9900)).toBe(6000);
    expect(reminderFeeOre(false, 6000)).toBe(0);
    expect(() => reminderFeeOre(true, -1)).toThrow(RangeError);
  });
});

describe('remindersDue: which invoices get a reminder on a date', () => {
  it('sends the first level the given number of days after the due date, not before', () => {
    expect(due('2026-11-01', [inv('a')])).toEqual([]);
    expect(due('2026-11-02', [inv('a')])).toEqual([{ invoiceId: 'a', level: 1, feeOre: 6000 }]);
  });

  it('sends each level once: not again the next day, the next level when its day comes', () => {
    const sent = [{ invoiceId: 'a', level: 1, feeOre: 6000 }];
    expect(due('2026-11-03', [inv('a')], sent)).toEqual([]);
    expect(due('2026-11-13', [inv('a')], sent)).toEqual([{ invoiceId: 'a', level: 2, feeOre: 0 }]);
    expect(due('2026-11-20', [inv('a')], [...sent, { invoiceId: 'a', level: 2, feeOre: 0 }])).toEqual([]);
  });

  it('charges the fee on one reminder of an invoice only, and never more than 60 kr', () => {
    expect(due('2026-11-13', [inv('a')], [{ invoiceId: 'a', level: 1, feeOre: 0 }])).toEqual([{ invoiceId: 'a', level: 2, feeOre: 6000 }]);
    expect(due('2026-11-02', [inv('a')], [], 15000)).toEqual([{ invoiceId: 'a', level: 1, feeOre: 6000 }]);
  });

  it('sends the level that is due after a pause, not every one missed, and never a lower after a higher', () => {
    expect(due('2026-11-20', [inv('a')])).toEqual([{ invoiceId: 'a', level: 2, feeOre: 6000 }]);
    expect(due('2026-11-20', [inv('a')], [{ invoiceId: 'a', level: 2, feeOre: 6000 }])).toEqual([]);
  });

  it('charges no fee where the lease does not allow it, or the setting is none', () => {
    expect(due('2026-11-02', [inv('a', { feeAgreed: false })])).toEqual([{ invoiceId: 'a', level: 1, feeOre: 0 }]);
    expect(due('2026-11-02', [inv('a')], [], 0)).toEqual([{ invoiceId: 'a', level: 1, feeOre: 0 }]);
  });

  it('skips paid invoices, credit notes and reminder invoices (no fee on a fee)', () => {
    expect(due('2026-11-02', [inv('paid', { remainingOre: 0 }), inv('credit', { kind: 'credit', remainingOre: -500 }), inv('fee', { kind: 'one_off', reminderFee: true }), inv('one', { kind: 'one_off' })])).toEqual([
      { invoiceId: 'one', level: 1, feeOre: 6000 },
    ]);
  });

  it('refuses levels that are not later one after the other', () => {
    expect(() => remindersDue({ invoices: [], sent: [], today: '2026-11-02', levels: [{ level: 1, daysAfterDue: 0 }], feeSettingOre: 0 })).toThrow(RangeError);
    expect(() => remindersDue({ invoices: [], sent: [], today: '2026-11-02', levels: [{ level: 1, daysAfterDue: 10 }, { level: 2, daysAfterDue: 5 }], feeSettingOre: 0 })).toThrow(RangeError);
  });
});

describe('reminderLevels: the setting as levels', () => {
  it('numbers the days 1, 2 … and refuses days that are not later one after the other', () => {
    expect(reminderLevels([3, 14])).toEqual(levels);
    expect(() => reminderLevels([14, 3])).toThrow(RangeError);
    expect(() => reminderLevels([0])).toThrow(RangeError);
  });
});

describe('manualReminder: staff send one by hand', () => {
  const manual = (invoice: ReminderInvoice, sent: { invoiceId: string; level: number; feeOre: number }[] = [], today = '2026-10-31', feeSettingOre = 6000) =>
    manualReminder({ invoice, sent, today, feeSettingOre });

  it('sends the level after the highest sent, the day after the due date already', () => {
    expect(manual(inv('a'))).toEqual({ decision: { invoiceId: 'a', level: 1, feeOre: 6000 } });
    expect(manual(inv('a'), [{ invoiceId: 'a', level: 1, feeOre: 6000 }, { invoiceId: 'b', level: 3, feeOre: 0 }])).toEqual({ decision: { invoiceId: 'a', level: 2, feeOre: 0 } });
  });

  it('charges the fee once per invoice, only when agreed', () => {
    expect(manual(inv('a'), [{ invoiceId: 'a', level: 1, feeOre: 0 }])).toEqual({ decision: { invoiceId: 'a', level: 2, feeOre: 6000 } });
    expect(manual(inv('a', { feeAgreed: false }))).toEqual({ decision: { invoiceId: 'a', level: 1, feeOre: 0 } });
  });

  it('refuses an invoice not yet overdue, a paid one, a credit note and a reminder fee invoice', () => {
    expect(manual(inv('a'), [], '2026-10-30')).toEqual({ refused: 'not_overdue' });
    expect(manual(inv('a', { remainingOre: 0 }))).toEqual({ refused: 'paid' });
    expect(manual(inv('a', { kind: 'credit', remainingOre: -500 }))).toEqual({ refused: 'credit_note' });
    expect(manual(inv('a', { kind: 'one_off', reminderFee: true }))).toEqual({ refused: 'reminder_fee' });
  });
});
