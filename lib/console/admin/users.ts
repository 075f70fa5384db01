import { z } from 'zod';
import { recordAudit, type Actor } from '@/lib/audit/record';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { roles } from '@/lib/users/schema';
import { publicUserFields, type PublicUser } from '@/lib/users/service';

export class UserAdminError extends Error {
  override name = 'UserAdminError';
}

export const changeRoleSchema = z.object({ userId: z.uuid('Unknown user'), role: z.enum(roles, { error: 'Role must be admin, developer or user' }) });
export const setDisabledSchema = z.object({ userId: z.uuid('Unknown user'), disabled: z.boolean() });

/** An admin acting in the console: their id is what self-protection compares against. */
export type AdminActor = Actor & { id: string };

// The lock createFirstAdmin takes (lib/users/service.ts): every change to who is an active admin
// runs one transaction at a time, so two admins demoting each other cannot leave none.
const ADMIN_SET_LOCK = 7_591;

type Change = { role: PublicUser['role'] } | { disabled: boolean };

async function changeUser(db: Db, userId: string, change: Change, actor: AdminActor): Promise<PublicUser> {
  return db.$transaction(async (tx: Prisma.TransactionClient) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${ADMIN_SET_LOCK})`);
    const user = await tx.user.findUnique({ where: { id: userId }, select: publicUserFields });
    if (!user) throw new UserAdminError('This user no longer exists.');
    const next = { role: user.role, disabled: user.disabled, ...change };
    if (next.role === user.role && next.disabled === user.disabled) return user;

    const staysActiveAdmin = next.role === 'admin' && !next.disabled;
    if (user.id === actor.id && !staysActiveAdmin) {
      throw new UserAdminError('disabled' in change ? 'You cannot disable your own account.' : 'You cannot remove your own admin role.');
    }
    if (user.role === 'admin' && !user.disabled && !staysActiveAdmin) {
      const otherAdmins = await tx.user.count({ where: { role: 'admin', disabled: false, id: { not: user.id } } });
      if (otherAdmins === 0) throw new UserAdminError('This is the last active admin: make someone else an admin first.');
    }

    const updated = await tx.user.update({ where: { id: userId }, data: change, select: publicUserFields });
    const [action, before, after] =
      'role' in change
        ? ['user.role_changed', { role: user.role }, { role: updated.role }]
        : [updated.disabled ? 'user.disabled' : 'user.enabled', { disabled: user.disabled }, { disabled: updated.disabled }];
    await recordAudit(tx, actor, { action, target: { type: 'user', id: user.id }, before, after });
    return updated;
  });
}

export function changeUserRole(db: Db, input: z.input<typeof changeRoleSchema>, actor: AdminActor): Promise<PublicUser> {
  const { userId, role } = changeRoleSchema.parse(input);
  return changeUser(db, userId, { role }, actor);
}

/** A disabled user cannot sign in, and their open sessions stop working at the next request. */
export function setUserDisabled(db: Db, input: z.input<typeof setDisabledSchema>, actor: AdminActor): Promise<PublicUser> {
  const { userId, disabled } = setDisabledSchema.parse(input);
  return changeUser(db, userId, { disabled }, actor);
}
