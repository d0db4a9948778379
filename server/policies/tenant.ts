// What a tenant may reach: its own customer's records, nothing else. Every repository function that a
// tenant route reaches takes a Scope as a required argument: a TenantScope limits the query to the
// session's customer, a StaffScope (staff, whose role the route has already checked) does not. There is
// no optional customer id to forget: a read without a scope does not type-check.
//
// Only the session (server/http/session.ts) makes scopes; lint refuses the makers anywhere else.
import { eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

declare const madeBySession: unique symbol;

export interface TenantScope { readonly kind: 'tenant'; readonly customerId: string; readonly tenantUserId: string; readonly [madeBySession]: true }
export interface StaffScope { readonly kind: 'staff'; readonly staffUserId: string; readonly [madeBySession]: true }
export type Scope = TenantScope | StaffScope;

export function tenantScopeFromSession(customerId: string, tenantUserId: string): TenantScope {
  return { kind: 'tenant', customerId, tenantUserId } as TenantScope;
}

export function staffScopeFromSession(staffUserId: string): StaffScope {
  return { kind: 'staff', staffUserId } as StaffScope;
}

/** The condition a scope puts on a customer id column: the tenant's own customer, or none for staff. */
export function ofScope(scope: Scope, customerColumn: AnyPgColumn): SQL | undefined {
  return scope.kind === 'tenant' ? eq(customerColumn, scope.customerId) : undefined;
}
