// An invoice's reminders, accrued interest and next reminder, as the back office's invoice page shows them.
import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Nullable } from '../http/schemas.ts';
import type { InvoiceCollection } from '../usecases/payments/invoice-collection.ts';
import type { BookedReminder } from '../usecases/payments/book-reminders.ts';

const FeeInvoiceView = Nullable(Type.Object({ id: Type.String(), number: Type.Integer(), totalOre: Type.Integer() }, { description: "The reminder fee's own invoice; null when no fee" }));

export const InvoiceCollectionView = Type.Object({
  reminders: Type.Array(Type.Object({
    id: Type.String(),
    level: Type.Integer({ description: 'Reminder 1, 2 …' }),
    sentOn: IsoDate,
    feeInvoice: FeeInvoiceView,
  }), { description: 'The reminders sent, the first level first' }),
  interest: Nullable(Type.Object({
    principalOre: Type.Integer({ description: 'What is left to pay, on which interest runs' }),
    interestOre: Type.Integer({ description: 'Upplupen dröjsmålsränta up to today' }),
    charged: Type.Boolean({ description: 'The landlord invoices it once the invoice is paid (decision 0024); false: only shown' }),
    from: IsoDate,
    to: IsoDate,
    periods: Type.Array(Type.Object({ from: IsoDate, to: IsoDate, days: Type.Integer(), rateBp: Type.Integer({ description: 'Reference rate + 8 points, in basis points' }) })),
  }, { description: 'Null unless the invoice is overdue' })),
  interestInvoice: Nullable(Type.Object({ id: Type.String(), number: Type.Integer(), totalOre: Type.Integer() }, { description: 'The interest invoice made once it was paid late; null when none' })),
  nextReminder: Nullable(Type.Object({
    level: Type.Integer(),
    feeOre: Type.Integer({ description: 'The fee it would charge on an invoice of its own; 0 for none' }),
  }, { description: 'What "Skicka påminnelse" sends now; null when the invoice cannot be reminded' })),
});

export const SentReminderView = Type.Object({
  reminder: Type.Object({ level: Type.Integer(), feeInvoice: FeeInvoiceView, messages: Type.Integer({ description: 'E-mails and SMS queued' }) }),
});

export function presentInvoiceCollection(c: InvoiceCollection): Static<typeof InvoiceCollectionView> {
  return c;
}

export function presentSentReminder(r: BookedReminder): Static<typeof SentReminderView> {
  return {
    reminder: {
      level: r.level, messages: r.messages,
      feeInvoice: r.feeInvoice ? { id: r.feeInvoice.id, number: r.feeInvoice.number, totalOre: r.feeInvoice.totals.totalOre } : null,
    },
  };
}
