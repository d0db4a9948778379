import { describe, expect, it } from 'vitest';
import { caseProperty, formatCaseNumber, isCurrent, reopensOnTenantMessage, routeCase, waitsForLandlord } from '../../server/domain/cases.ts';

describe('case rules', () => {
  it('numbers cases per year with six digits', () => {
    expect(formatCaseNumber(2026, 123)).toBe('2026-000123');
    expect(formatCaseNumber(2027, 1)).toBe('2027-000001');
  });

  it("routes by the category's strategies in order, else to the shared queue", () => {
    expect(routeCase(['property_manager', 'customer_manager'], { property_manager: 'p', customer_manager: 'c' })).toBe('p');
    expect(routeCase(['property_manager', 'customer_manager'], { property_manager: null, customer_manager: 'c' })).toBe('c');
    expect(routeCase(['customer_manager'], { property_manager: 'p', customer_manager: null })).toBeNull();
    expect(routeCase([], { customer_manager: 'c' })).toBeNull();
    expect(routeCase(['unknown_strategy'], { customer_manager: 'c' })).toBeNull();
  });

  it("is about its lease's property, else the customer's only property, else none", () => {
    type Property = { propertyId: string; managerId: string | null };
    const a: Property = { propertyId: 'a', managerId: 'm' };
    const b: Property = { propertyId: 'b', managerId: null };
    expect(caseProperty(b, [a])).toBe(b); // a lease or object chosen: its property, whatever else the customer rents
    expect(caseProperty(null, [a])).toBe(a);
    expect(caseProperty(null, [a, { ...a }])).toEqual(a); // one property, reached by several leases
    expect(caseProperty(null, [a, b])).toBeNull();
    expect(caseProperty(null, [])).toBeNull();
    // no one to name: the next strategy, then the shared queue
    expect(routeCase(['property_manager', 'customer_manager'], { property_manager: caseProperty(null, [a, b])?.managerId ?? null, customer_manager: 'c' })).toBe('c');
  });

  it('reopens a case the tenant writes in within 14 days of closing', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(reopensOnTenantMessage('closed', new Date('2026-11-09T12:00:01Z'), now)).toBe(true);
    expect(reopensOnTenantMessage('closed', new Date('2026-11-08T12:00:00Z'), now)).toBe(false);
    expect(reopensOnTenantMessage('in_progress', null, now)).toBe(false);
  });

  it('knows when a case waits for the landlord and when it is current', () => {
    expect(['registered', 'in_progress', 'waiting_for_tenant', 'closed'].map((s) => waitsForLandlord(s as never))).toEqual([true, true, false, false]);
    expect(isCurrent('closed')).toBe(false);
    expect(isCurrent('waiting_for_tenant')).toBe(true);
  });
});
