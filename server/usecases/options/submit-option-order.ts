// "Skicka beställning": the cart of one object becomes an option order and its case (tillvalsärende),
// routed as the category "Tillval" says (the property manager). Checked first (terms ticked, contact
// given), then in one transaction under the customer's lock: the same idempotency key answers with the
// order already made; the cart must be what the form showed, each option as it was when added; every
// rule is asked again; then the case, its history, the order with its lines (names and prices copied),
// the cart emptied, the receipt and the responsible's e-mail, and the audit event. See decision 0017.
import type { Tx } from '../../db/tx.ts';
import { AppError } from '../../errors.ts';
import type { TenantScope } from '../../policies/tenant.ts';
import { formatCaseNumber, routeCase } from '../../domain/cases.ts';
import { swedishDate, swedishYear } from '../../domain/dates.ts';
import { spacesFor } from '../../domain/options/applies.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { activeStaffId, caseContacts, findCategory, insertCase, insertStatusChange, nextCaseSequence, propertyOfObject, type CaseRow } from '../../repositories/cases.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { emptyCart, insertOrder, insertOrderLines, lockCustomerForOrder, orderByKey, type CartLine } from '../../repositories/options.ts';
import { optionOrderReceipt } from '../../messaging/option-messages.ts';
import { queueMessages } from '../messages/queue-messages.ts';
import { notifyResponsible, type CaseDeps } from '../cases/notify.ts';
import { refuseBadQuantity } from './cart.ts';
import { findOrderableObject } from './read-option-catalogue.ts';
import { orderingContext, refuseUnlessOrderable } from './ordering-state.ts';

export interface OptionOrderInput {
  rentalObjectId: string;
  idempotencyKey: string;
  /** The lines and quantities the checkout showed. */
  lines: { id: string; quantity: number }[];
  contactName: string;
  contactPhone: string;
  message: string;
  wishedTime: string;
  termsAccepted: boolean;
  ip: string;
}

export async function submitOptionOrder(deps: CaseDeps, scope: TenantScope, input: OptionOrderInput) {
  if (input.termsAccepted !== true) throw new AppError('OPTION_TERMS_NOT_ACCEPTED', {}, { details: { field: 'termsAccepted' } });
  const contactName = input.contactName.trim();
  const contactPhone = input.contactPhone.trim();
  if (!contactName) throw new AppError('OPTION_CONTACT_MISSING', { field: 'contactName' }, { details: { field: 'contactName' } });
  if (!contactPhone) throw new AppError('OPTION_CONTACT_MISSING', { field: 'contactPhone' }, { details: { field: 'contactPhone' } });
  const again = await orderByKey(deps.db, scope, input.idempotencyKey);
  if (again) return { order: again, created: false };

  const now = deps.clock.now();
  const today = swedishDate(now);
  const object = await findOrderableObject(deps.db, scope, input.rentalObjectId, today);
  const category = await findCategory(deps.db, 'option');
  if (!category) throw new Error('the case category "option" is missing (migration 0014)');
  const property = await propertyOfObject(deps.db, object.id);
  const customer = await findCustomer(deps.db, scope.customerId);
  const responsible = routeCase(category.routing, {
    property_manager: await activeStaffId(deps.db, property?.managerId ?? null),
    customer_manager: await activeStaffId(deps.db, customer?.customer.customerManagerId ?? null),
  });
  const sender = (await findLandlord(deps.db))?.name ?? '';

  return deps.db.transaction(async (tx) => {
    await lockCustomerForOrder(tx, scope.customerId);
    const sent = await orderByKey(tx, scope, input.idempotencyKey);
    if (sent) return { order: sent, created: false };
    const ctx = await orderingContext(tx, scope, object.id, today);
    const lines = checkCart(ctx.cart, input.lines);
    for (const line of lines) {
      const o = line.option;
      if (o.retiredAt || o.version !== line.optionVersion) throw new AppError('OPTION_CHANGED', { option: o.name }, { details: { lineId: line.id } });
      refuseBadQuantity(o, line.quantity);
      if (!spacesFor(o, object).some((s) => s.id === line.spaceId)) throw new AppError('OPTION_NOT_FOR_OBJECT', { option: o.name });
      refuseUnlessOrderable(ctx, { groupId: line.groupId, groupName: line.groupName, spaceId: line.spaceId, spaceName: line.spaceName, optionId: line.optionId }, { ignoreCart: true });
    }

    const year = swedishYear(now);
    const number = formatCaseNumber(year, await nextCaseSequence(tx, year));
    const title = `Tillval: ${lines.map((l) => l.option.name).join(', ')}`.slice(0, 200);
    const description = describe(lines, { contactName, contactPhone, message: input.message.trim(), wishedTime: input.wishedTime.trim() });
    const caseRow = await insertCase(tx, {
      number, kind: 'option_order', categoryCode: category.code, customerId: scope.customerId, leaseId: object.leaseId, rentalObjectId: object.id,
      spaceId: lines.length === 1 ? lines[0]!.spaceId : null, propertyId: property?.propertyId ?? null, title, description, status: 'registered',
      responsibleStaffId: responsible, createdByTenantUserId: scope.tenantUserId, waitingSince: now, createdAt: now, updatedAt: now,
    });
    await insertStatusChange(tx, { caseId: caseRow.id, status: 'registered', tenantUserId: scope.tenantUserId, at: now });
    const order = await insertOrder(tx, {
      customerId: scope.customerId, rentalObjectId: object.id, caseId: caseRow.id, status: 'received', contactName, contactPhone,
      message: input.message.trim(), wishedTime: input.wishedTime.trim(), termsAcceptedAt: now, idempotencyKey: input.idempotencyKey,
      createdByTenantUserId: scope.tenantUserId, createdAt: now, updatedAt: now,
    });
    await insertOrderLines(tx, lines.map((l) => ({
      orderId: order.id, optionId: l.optionId, groupId: l.groupId, spaceId: l.spaceId, quantity: l.quantity, name: l.option.name, unit: l.option.unit,
      monthlyOre: l.option.monthlyOre, monthlyVatRatePercent: l.option.monthlyVatRatePercent, feeOre: l.option.feeOre, feeVatRatePercent: l.option.feeVatRatePercent,
    })));
    await emptyCart(tx, scope, object.id);
    await sendReceipt(deps, tx, caseRow, lines, sender, now);
    await notifyResponsible(deps, tx, caseRow, 'assigned', now);
    await recordAudit(tx, {
      at: now, actorKind: 'tenant', actorId: scope.tenantUserId, action: 'option_order.created', subjectKind: 'case', subjectId: caseRow.id, ip: input.ip,
      details: { number, orderId: order.id, lines: lines.map((l) => ({ optionId: l.optionId, spaceId: l.spaceId, quantity: l.quantity })) },
    });
    return { order: { id: order.id, caseId: caseRow.id, caseNumber: number }, created: true };
  });
}

/** The cart's lines, refused unless they are the lines and quantities the form showed. */
function checkCart(cart: CartLine[], shown: { id: string; quantity: number }[]): CartLine[] {
  if (cart.length === 0) throw new AppError('OPTION_CART_EMPTY');
  const same = cart.length === shown.length && cart.every((l) => shown.some((s) => s.id === l.id && s.quantity === l.quantity));
  if (!same) throw new AppError('OPTION_CART_CHANGED');
  return cart;
}

function describe(lines: CartLine[], d: { contactName: string; contactPhone: string; message: string; wishedTime: string }): string {
  return [
    ...lines.map((l) => `${l.option.unit === 'piece' ? `${l.quantity} st ` : ''}${l.option.name} (${l.groupName}, ${l.spaceName})`),
    '', `Kontaktperson: ${d.contactName}, ${d.contactPhone}`,
    ...(d.wishedTime ? [`Önskad tid: ${d.wishedTime}`] : []),
    ...(d.message ? ['', d.message] : []),
  ].join('\n');
}

/** The receipt to the user who sent it (in the user's language), else the customer's e-mail in Swedish. */
async function sendReceipt(deps: CaseDeps, tx: Tx, caseRow: CaseRow, lines: CartLine[], sender: string, now: Date) {
  const { creator, customer } = await caseContacts(tx, caseRow);
  const to = (creator?.status === 'active' ? creator.email : null) ?? customer?.email;
  if (!to) return;
  const lang = creator?.language === 'en' ? 'en' : 'sv';
  await queueMessages(tx, deps.jobs, [optionOrderReceipt({
    lang, to, number: caseRow.number, link: `${deps.config.publicUrl}/arenden/${caseRow.id}`, sender,
    lines: lines.map((l) => ({ name: l.option.name, quantity: l.quantity, unit: l.option.unit, spaceName: l.spaceName, monthlyOre: l.option.monthlyOre, feeOre: l.option.feeOre })),
  })], now);
}
