import { recordAudit, type Actor } from '../audit/record';
import { generateOpaqueToken, hashOpaqueToken } from '../crypto/opaque-token';
import type { Db } from '../db/client';

/**
 * Issues a new registration access token (RFC 7592 §3) and forgets the old one at once: a reset
 * is what an admin does when the token leaked, so there is no grace period. The metadata version
 * stays, so editors with the client open are not told it changed.
 */
export async function resetRegistrationAccessToken(db: Db, clientId: string, actor: Actor): Promise<string | null> {
  const token = generateOpaqueToken('rat');
  const reset = await db.$transaction(async (tx) => {
    const changed = await tx.client.updateMany({ where: { clientId }, data: { registrationTokenHash: hashOpaqueToken(token) } });
    if (changed.count === 0) return false;
    await recordAudit(tx, actor, { action: 'client.registration_token_reset', target: { type: 'client', id: clientId } });
    return true;
  });
  return reset ? token : null;
}
