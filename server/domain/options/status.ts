// An option order's status (Mottagen, Godkänd, Planerad, Utförd, Avslutad, Nekad) and how it moves; the
// case it is keeps a status of its own, which follows (docs/decisions/0017-option-order-status.md).
export const optionOrderStatuses = ['received', 'approved', 'planned', 'done', 'closed', 'rejected'] as const;
export type OptionOrderStatus = (typeof optionOrderStatuses)[number];
type CaseStatus = 'registered' | 'in_progress' | 'waiting_for_tenant' | 'closed';

const next: Record<OptionOrderStatus, readonly OptionOrderStatus[]> = {
  received: ['approved', 'rejected'],
  approved: ['planned', 'done', 'rejected'],
  // Planerad again moves the date.
  planned: ['planned', 'done', 'rejected'],
  done: ['closed'],
  closed: [],
  rejected: [],
};

export function mayMove(from: OptionOrderStatus, to: OptionOrderStatus): boolean {
  return next[from].includes(to);
}

export function nextStatuses(from: OptionOrderStatus): readonly OptionOrderStatus[] {
  return next[from];
}

/** An order still being handled: rule 2 refuses a new order in its groups and spaces. */
export function isOngoingOrder(status: OptionOrderStatus): boolean {
  return status === 'received' || status === 'approved' || status === 'planned';
}

/** A done option (still in place), whose fee until paid blocks its group and space (rule 3). */
export function isInPlace(status: OptionOrderStatus): boolean {
  return status === 'done' || status === 'closed';
}

/** The case's status for the order's: open while handled, closed when finished or refused. */
export function caseStatusFor(status: OptionOrderStatus): CaseStatus {
  if (status === 'received') return 'registered';
  if (status === 'closed' || status === 'rejected') return 'closed';
  return 'in_progress';
}
