import type { Actor } from '../audit/record';
import type { Db } from '../db/client';
import type { ClientRecord } from '../registration/service';
import type { PublicUser } from '../users/service';

/** The same words guardedAction uses for a wrong role, so a refusal never says whether the client exists. */
export const NOT_ALLOWED = 'You are not allowed to do this.';

/**
 * The client as the signed-in user may manage it: admins any, developers only their own.
 * Null when it does not exist or is someone else's; callers treat both the same.
 */
export async function findManageableClient(db: Db, user: Pick<PublicUser, 'id' | 'role'>, clientId: string): Promise<ClientRecord | null> {
  if (user.role !== 'admin' && user.role !== 'developer') return null;
  const client = await db.client.findUnique({ where: { clientId } });
  if (!client) return null;
  if (user.role === 'developer' && client.ownerId !== user.id) return null;
  return client;
}

export function consoleActor(user: Pick<PublicUser, 'id' | 'email'>): Actor {
  return { type: 'user', id: user.id, label: user.email };
}
