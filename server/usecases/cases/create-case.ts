// "Nytt ärende": a tenant reports a fault or asks something; the case is routed by its category's rule.
import { AppError } from '../../errors.ts';
import { caseProperty, formatCaseNumber, routeCase } from '../../domain/cases.ts';
import { swedishDate, swedishYear } from '../../domain/dates.ts';
import {
  activeStaffId, checkCaseTarget, findCategory, firstObjectOfLease, insertCase, insertStatusChange, nextCaseSequence, propertiesOfCustomerLeases,
  propertyOfObject,
} from '../../repositories/cases.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { recordAudit } from '../../repositories/audit.ts';
import type { TenantScope } from '../../policies/tenant.ts';
import { notifyResponsible, notifyTenant, type CaseDeps } from './notify.ts';
import { attachUploads, checkAttachmentIds } from '../attachments/attach-uploads.ts';

export interface NewCase {
  title: string;
  description: string;
  category: string;
  leaseId: string | null;
  rentalObjectId: string | null;
  spaceId: string | null;
  /** Uploads to attach (the tenant user's own, not yet sent). */
  attachmentIds?: string[];
}

export async function createCase(deps: CaseDeps, scope: TenantScope, input: NewCase & { ip: string }) {
  const title = input.title.trim();
  const description = input.description.trim();
  if (!title) throw new AppError('VALIDATION', { keyword: 'required', field: 'title' });
  if (!description) throw new AppError('VALIDATION', { keyword: 'required', field: 'description' });
  const attachmentIds = checkAttachmentIds(input.attachmentIds);
  const category = await findCategory(deps.db, input.category);
  // Notices and option orders are cases of their own making, never a tenant's "Nytt ärende".
  if (!category || category.code === 'information' || category.code === 'option') throw new AppError('VALIDATION', { keyword: 'enum', field: 'category' });
  if (!(await checkCaseTarget(deps.db, scope, input))) throw new AppError('NOT_FOUND');

  const now = deps.clock.now();
  const objectId = input.rentalObjectId ?? (input.leaseId ? await firstObjectOfLease(deps.db, input.leaseId) : null);
  // Sent without a lease: the customer's only property, if they rent on one (a fault goes to its manager).
  const property = caseProperty(
    objectId ? await propertyOfObject(deps.db, objectId) : null,
    objectId ? [] : await propertiesOfCustomerLeases(deps.db, scope, swedishDate(now)),
  );
  const customer = await findCustomer(deps.db, scope.customerId);
  const responsible = routeCase(category.routing, {
    customer_manager: await activeStaffId(deps.db, customer?.customer.customerManagerId ?? null),
    property_manager: await activeStaffId(deps.db, property?.managerId ?? null),
  });

  const year = swedishYear(now);
  const { tenantUserId } = scope;
  // The case, its files, its e-mails and its audit event commit together or not at all.
  return deps.db.transaction(async (tx) => {
    const sequence = await nextCaseSequence(tx, year);
    const row = await insertCase(tx, {
      number: formatCaseNumber(year, sequence), kind: 'service_request', categoryCode: category.code, customerId: scope.customerId,
      leaseId: input.leaseId, rentalObjectId: input.rentalObjectId, spaceId: input.spaceId, propertyId: property?.propertyId ?? null,
      title, description, status: 'registered', responsibleStaffId: responsible, createdByTenantUserId: tenantUserId, waitingSince: now, createdAt: now, updatedAt: now,
    });
    await insertStatusChange(tx, { caseId: row.id, status: 'registered', tenantUserId, at: now });
    await attachUploads(tx, { kind: 'tenant', userId: tenantUserId }, attachmentIds, { caseId: row.id, messageId: null }, now);
    await notifyTenant(deps, tx, row, 'registered', now);
    await notifyResponsible(deps, tx, row, 'assigned', now);
    await recordAudit(tx, { at: now, actorKind: 'tenant', actorId: tenantUserId, action: 'case.created', subjectKind: 'case', subjectId: row.id, ip: input.ip, details: { number: row.number } });
    return row;
  });
}
