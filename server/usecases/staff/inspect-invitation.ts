// The invitation page shows whom a link invites before a password is chosen.
import type { AccountDeps } from '../accounts/codes.ts';
import { openInvitation } from './invitations.ts';

export async function inspectInvitation(deps: AccountDeps, token: string) {
  const { user } = await openInvitation(deps, token);
  return { email: user.email, name: user.name };
}
