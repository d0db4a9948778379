// Staff change the e-mail and mobile the landlord holds for a customer (where registration codes go).
import type { AccountDeps } from '../accounts/codes.ts';
import { AppError } from '../../errors.ts';
import { normalizeEmail, normalizeMobile } from '../../domain/contact.ts';
import { findCustomer, updateCustomerContact } from '../../repositories/customers.ts';
import { recordAudit } from '../../repositories/audit.ts';

export async function changeCustomerContact(
  deps: AccountDeps,
  input: { staffId: string; customerId: string; email: string | null; mobile: string | null; ip: string },
) {
  const found = await findCustomer(deps.db, input.customerId);
  if (!found) throw new AppError('NOT_FOUND');
  const email = input.email?.trim() ? normalizeEmail(input.email) : null;
  if (input.email?.trim() && !email) throw new AppError('INVALID_EMAIL');
  const mobile = input.mobile?.trim() ? normalizeMobile(input.mobile) : null;
  if (input.mobile?.trim() && !mobile) throw new AppError('INVALID_MOBILE');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateCustomerContact(tx, found.customer.id, { email, mobile });
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: input.staffId, action: 'customer.contact_changed', subjectKind: 'customer', subjectId: found.customer.id, ip: input.ip,
      details: { email: email !== found.customer.email, mobile: mobile !== found.customer.mobile },
    });
  });
}
