import { recordAudit, type Actor } from '../audit/record';
import type { Db } from '../db/client';

export type ClientStatus = 'active' | 'disabled' | 'pending';

/** Leaving pending is an approval; the audit log says so rather than "enabled". */
function auditAction(from: ClientStatus, to: ClientStatus): string {
  if (to === 'disabled') return 'client.disabled';
  return from === 'pending' ? 'client.approved' : 'client.enabled';
}

/**
 * Moves a client from the status it was read with to another, and records it. Guarded on that
 * status, so of two people changing it at once only the first succeeds; false means the client
 * was changed (or deleted) meanwhile. The metadata version stays: status is not registration
 * metadata, and editors with the settings open should not see a conflict over it.
 */
export async function changeClientStatus(db: Db, clientId: string, from: ClientStatus, to: ClientStatus, actor: Actor): Promise<boolean> {
  if (from === to) return true;
  return db.$transaction(async (tx) => {
    const changed = await tx.client.updateMany({ where: { clientId, status: from }, data: { status: to } });
    if (changed.count === 0) return false;
    await recordAudit(tx, actor, { action: auditAction(from, to), target: { type: 'client', id: clientId }, before: { status: from }, after: { status: to } });
    return true;
  });
}
