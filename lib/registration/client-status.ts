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
 * was changed (or deleted) meanwhile. The version moves too: anything that keys on it (an
 * editor's pending save, a cached client) must not outlive a status change.
 */
export async function changeClientStatus(db: Db, clientId: string, from: ClientStatus, to: ClientStatus, actor: Actor): Promise<boolean> {
  if (from === to) return true;
  return db.$transaction(async (tx) => {
    const changed = await tx.client.updateMany({ where: { clientId, status: from }, data: { status: to, version: { increment: 1 } } });
    if (changed.count === 0) return false;
    await recordAudit(tx, actor, { action: auditAction(from, to), target: { type: 'client', id: clientId }, before: { status: from }, after: { status: to } });
    return true;
  });
}
