// Rules for cases (ärenden) without I/O.
export type CaseStatus = 'registered' | 'in_progress' | 'waiting_for_tenant' | 'closed';
export type RoutingStrategy = 'customer_manager' | 'property_manager';

export const REOPEN_DAYS = 14;

export function formatCaseNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(6, '0')}`;
}

/** The first strategy of the category that names someone; null means the shared queue. */
export function routeCase(strategies: string[], candidates: Partial<Record<RoutingStrategy, string | null>>): string | null {
  for (const s of strategies) {
    const who = candidates[s as RoutingStrategy];
    if (who) return who;
  }
  return null;
}

/**
 * The property a new case is about, whose manager the `property_manager` strategy names: the one of
 * its lease or rental object; for a case sent without one, the property of the customer's current and
 * coming leases when they are all on one property. null (the strategy names no one, the next is tried)
 * when the customer rents on several properties, or on none.
 */
export function caseProperty<T extends { propertyId: string }>(ofTarget: T | null, ofCustomer: readonly T[]): T | null {
  if (ofTarget) return ofTarget;
  const distinct = new Set(ofCustomer.map((property) => property.propertyId));
  return distinct.size === 1 ? ofCustomer[0]! : null;
}

/** A tenant writing in a case closed less than 14 days ago opens it again. */
export function reopensOnTenantMessage(status: CaseStatus, closedAt: Date | null, now: Date): boolean {
  if (status !== 'closed' || !closedAt) return false;
  return now.getTime() - closedAt.getTime() < REOPEN_DAYS * 86_400_000;
}

/** Whether the case waits for the landlord after a status change (what the inbox sorts by). */
export function waitsForLandlord(status: CaseStatus): boolean {
  return status === 'registered' || status === 'in_progress';
}

export function isCurrent(status: CaseStatus): boolean {
  return status !== 'closed';
}
