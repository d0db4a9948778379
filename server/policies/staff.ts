// What each staff role may do, written once. Routes and use cases ask here; they never compare roles.
export const staffRoles = ['administrator', 'customer_manager', 'property_manager', 'finance'] as const;
export type StaffRole = (typeof staffRoles)[number];

export type StaffAbility =
  | 'backoffice.read'
  | 'customers.read'
  | 'properties.read'
  | 'messages.read'
  | 'customers.contact.edit'
  | 'tenant_users.manage'
  | 'staff.manage'
  | 'audit.read'
  | 'cases.read'
  | 'cases.work'
  | 'notices.send'
  | 'billing.read'
  | 'billing.edit'
  /** Enter and change the registers: properties, buildings, rental objects, spaces and customers. */
  | 'registers.edit'
  /** Keep the option catalogue (groups, options, pictures) and the terms for option orders. */
  | 'options.edit'
  /** See and change the collection settings: reminder fee and days, the bookkeeping export's accounts. */
  | 'collections.settings';

const abilities: Record<StaffRole, readonly StaffAbility[]> = {
  administrator: ['backoffice.read', 'customers.read', 'properties.read', 'messages.read', 'customers.contact.edit', 'tenant_users.manage', 'staff.manage', 'audit.read', 'cases.read', 'cases.work', 'notices.send', 'billing.read', 'billing.edit', 'registers.edit', 'options.edit', 'collections.settings'],
  customer_manager: ['backoffice.read', 'customers.read', 'properties.read', 'customers.contact.edit', 'tenant_users.manage', 'cases.read', 'cases.work', 'notices.send', 'billing.read'],
  property_manager: ['backoffice.read', 'customers.read', 'properties.read', 'cases.read', 'cases.work', 'notices.send', 'options.edit'],
  finance: ['backoffice.read', 'customers.read', 'properties.read', 'customers.contact.edit', 'cases.read', 'billing.read', 'billing.edit', 'registers.edit', 'collections.settings'],
};

export function can(role: StaffRole, ability: StaffAbility): boolean {
  return abilities[role].includes(ability);
}

/**
 * Who may be named responsible in the registers: a customer's customer manager (kundansvarig) and a
 * property's property manager (fastighetsansvarig) are staff of that role, or an administrator.
 */
const managerRoles: Record<'customer' | 'property', readonly StaffRole[]> = {
  customer: ['customer_manager', 'administrator'],
  property: ['property_manager', 'administrator'],
};

export function mayBeManager(role: StaffRole, of: 'customer' | 'property'): boolean {
  return managerRoles[of].includes(role);
}

/** What a role may do, as the session tells the web (its menu and buttons follow it; the routes still ask `can`). */
export function abilitiesOf(role: StaffRole): readonly StaffAbility[] {
  return abilities[role];
}
