import type { CaseKind, CaseStatus } from '@api';

export const CASE_STATUSES: readonly CaseStatus[] = ['registered', 'in_progress', 'waiting_for_tenant', 'closed'];

/** The statuses of the tenant's "Aktuella" view; "Historiska" holds the closed ones. */
export const CURRENT_CASE_STATUSES: readonly CaseStatus[] = ['registered', 'in_progress', 'waiting_for_tenant'];

export const CASE_KINDS: readonly CaseKind[] = ['service_request', 'option_order', 'related'];

export function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}

export function isCaseKind(value: string): value is CaseKind {
  return (CASE_KINDS as readonly string[]).includes(value);
}

/** A query string of the values that are set, e.g. `?view=current&q=vatten`; '' when none is. */
export function queryString(values: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
