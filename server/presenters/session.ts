import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Nullable, StringEnum } from '../http/schemas.ts';
import { abilitiesOf, staffRoles, type StaffAbility } from '../policies/staff.ts';

export const TenantUserView = Type.Object({
  kind: Type.Literal('tenant'),
  id: Type.String(),
  username: Type.String(),
  name: Nullable(Type.String()),
  customer: Type.Object({ id: Type.String(), name: Type.String() }),
});

export const StaffUserView = Type.Object({
  kind: Type.Literal('staff'),
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: StringEnum(staffRoles),
  abilities: Type.Array(Type.Unsafe<StaffAbility>(Type.String()), { description: "What the role may do (policies/staff.ts), e.g. 'billing.edit': the web shows only what the routes allow" }),
});

export const SessionUserView = Type.Union([TenantUserView, StaffUserView]);
export type SessionUser = Static<typeof SessionUserView>;

export const SessionView = Type.Object({
  user: Nullable(SessionUserView),
  csrfToken: Type.String(),
  today: Type.Unsafe<string>({ ...IsoDate, description: "Today's date in Sweden by the server's clock: the web offers periods and dates from it, not from the device's date" }),
});
export const SignedInView = Type.Object({ user: SessionUserView });
export const StaffSignedInView = Type.Object({ user: SessionUserView, recoveryCodes: Type.Optional(Type.Array(Type.String())) });
export const StaffLoginChallengeView = Type.Union([
  Type.Object({ step: Type.Literal('totp'), challengeId: Type.String() }),
  Type.Object({ step: Type.Literal('totp_setup'), challengeId: Type.String(), secret: Type.String(), otpauthUri: Type.String(), qrDataUrl: Type.String() }),
]);

export function presentTenantUser(user: { id: string; username: string; name: string | null; customerId: string; customerName: string }): SessionUser {
  return { kind: 'tenant', id: user.id, username: user.username, name: user.name, customer: { id: user.customerId, name: user.customerName } };
}

export function presentStaffUser(user: { id: string; email: string; name: string; role: (typeof staffRoles)[number] }): SessionUser {
  return { kind: 'staff', id: user.id, email: user.email, name: user.name, role: user.role, abilities: [...abilitiesOf(user.role)] };
}
