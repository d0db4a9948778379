// Option ordering as the API shows it: the tenant's catalogue, cart and orders, and staff's catalogue and
// orders. Money is integer öre excluding VAT, with the VAT rate beside it.
import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Nullable, StringEnum } from '../http/schemas.ts';
import { optionOrderStatuses, nextStatuses } from '../domain/options/status.ts';
import type { OptionOrderBundle } from '../repositories/option-orders.ts';

const Unit = StringEnum(['piece', 'other'], { description: 'piece (styck): ordered in a quantity; other: once' });
const Vat = Type.Integer({ description: 'VAT rate in per cent, 0 or 25' });
const Money = Nullable(Type.Integer({ description: 'Öre excluding VAT; null for none' }));
export const OptionOrderStatusView = StringEnum(optionOrderStatuses, { description: 'Mottagen, Godkänd, Planerad, Utförd, Avslutad, Nekad' });

const Prices = {
  monthlyOre: Money, monthlyVatRatePercent: Vat, feeOre: Money, feeVatRatePercent: Vat,
};

export const OptionObjectView = Type.Object({ id: Type.String(), number: Type.String(), type: Type.String(), street: Type.String() });
export const OptionObjectListView = Type.Object({ objects: Type.Array(OptionObjectView) });

const Refusal = Type.Object({ code: Type.String(), message: Type.String({ description: "Why, in the user's language" }) });

export const CartLineView = Type.Object({
  id: Type.String(), rentalObjectId: Type.String(), optionId: Type.String(), name: Type.String(), groupName: Type.String(), spaceName: Type.String(),
  unit: Unit, maxQuantity: Type.Integer(), quantity: Type.Integer(), ...Prices,
  changed: Type.Boolean({ description: 'The option changed or was retired after the line was added: check it before sending' }),
});
export const CartView = Type.Object({ count: Type.Integer({ description: 'Pieces in the cart' }), lines: Type.Array(CartLineView) });

export const OptionView = Type.Object({
  id: Type.String(), name: Type.String(), description: Type.String(), unit: Unit, maxQuantity: Type.Integer(), ...Prices,
  pictures: Type.Array(Type.Object({ id: Type.String({ description: 'An attachment id: /api/portal/attachments/{id} (?size=thumbnail)' }), filename: Type.String() })),
  spaces: Type.Array(Type.Object({
    id: Type.String(), name: Type.String(),
    inCart: Nullable(Type.Object({ lineId: Type.String(), quantity: Type.Integer() })),
    locked: Nullable(Refusal),
  }), { description: 'The spaces of the object the option may go in' }),
});

export const OptionCatalogueView = Type.Object({
  object: OptionObjectView,
  blocked: Nullable(Refusal),
  categories: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), optionCount: Type.Integer() })),
  category: Nullable(Type.Object({ id: Type.String(), name: Type.String(), options: Type.Array(OptionView) })),
  cart: CartView,
});

export const CheckoutView = Type.Object({
  object: OptionObjectView,
  blocked: Nullable(Refusal),
  cart: CartView,
  terms: Type.String({ description: "The landlord's terms for option orders (villkor)" }),
  contact: Type.Object({ name: Type.String(), phone: Type.String() }, { description: "The user's own, to start the form from" }),
});

export const OptionOrderCreatedView = Type.Object({
  order: Type.Object({ id: Type.String(), caseId: Type.String(), caseNumber: Type.String() }),
  created: Type.Boolean({ description: 'false: the same idempotency key again, answered with the order already made' }),
});

export const OptionOrderView = Type.Object({
  id: Type.String(), caseId: Type.String(), caseNumber: Type.String(), status: OptionOrderStatusView,
  plannedDate: Nullable(IsoDate), rejectionReason: Nullable(Type.String()),
  customerName: Type.String(), object: Type.Object({ number: Type.String(), type: Type.String(), street: Type.String() }),
  contactName: Type.String(), contactPhone: Type.String(), message: Type.String(), wishedTime: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  lines: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), spaceName: Type.String(), unit: Unit, quantity: Type.Integer(), ...Prices })),
  feeInvoice: Nullable(Type.Object({ id: Type.String(), number: Type.Integer(), ocr: Nullable(Type.String()), totalOre: Type.Integer(), paid: Type.Boolean() })),
  next: Type.Array(OptionOrderStatusView, { description: 'The statuses it may move to' }),
});
export const OptionOrderResponseView = Type.Object({ order: OptionOrderView });
export const OptionOrderListView = Type.Object({ orders: Type.Array(OptionOrderView) });

export function presentOptionOrder(b: OptionOrderBundle): Static<typeof OptionOrderView> {
  const o = b.order;
  return {
    id: o.id, caseId: o.caseId, caseNumber: b.caseNumber, status: o.status, plannedDate: o.plannedDate, rejectionReason: o.rejectionReason,
    customerName: b.customerName, object: { number: b.objectNumber, type: b.objectType, street: b.street },
    contactName: o.contactName, contactPhone: o.contactPhone, message: o.message, wishedTime: o.wishedTime, createdAt: o.createdAt.toISOString(),
    lines: b.lines.map((l) => ({
      id: l.id, name: l.name, spaceName: l.spaceName, unit: l.unit, quantity: l.quantity,
      monthlyOre: l.monthlyOre, monthlyVatRatePercent: l.monthlyVatRatePercent, feeOre: l.feeOre, feeVatRatePercent: l.feeVatRatePercent,
    })),
    feeInvoice: b.feeInvoice ? { id: b.feeInvoice.id, number: b.feeInvoice.number, ocr: b.feeInvoice.ocr, totalOre: b.feeInvoice.totalOre, paid: b.feeInvoice.settledOre >= b.feeInvoice.totalOre } : null,
    next: [...nextStatuses(o.status)],
  };
}
