// What the use cases of staff acting on a tenant's account share: the user, which must exist.
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { findTenantUser } from '../../repositories/users.ts';

/** Finds the tenant user; staff act only on users that exist (404 otherwise). */
export async function tenantUserOrNotFound(deps: { db: Db }, id: string) {
  const user = await findTenantUser(deps.db, id);
  if (!user) throw new AppError('NOT_FOUND');
  return user;
}
