import type { Db } from '../../db/client';
import type { DeviceAuthorization } from '../../db/generated/client';
import { OAuthError } from '../errors';
import { SLOW_DOWN_STEP_SECONDS } from './settings';

export type ApprovedDeviceAuthorization = DeviceAuthorization & { userId: string };

const invalidGrant = () => new OAuthError('invalid_grant', 'the device code is not valid');

/**
 * One poll of the token endpoint (RFC 8628 §3.4–3.5). Answers with the RFC's errors until the
 * user decides; an approval is taken by exactly one poll, in one conditional UPDATE, so devices
 * polling at once cannot both receive tokens.
 */
export async function takeApprovedDeviceAuthorization(
  db: Db,
  input: { deviceCodeHash: string; clientId: string; now: Date },
): Promise<ApprovedDeviceAuthorization> {
  const { deviceCodeHash, clientId, now } = input;
  const found = await db.deviceAuthorization.findUnique({ where: { deviceCodeHash } });
  // Another client's code is answered as an unknown one: it says nothing about whether it exists.
  if (!found || found.clientId !== clientId || found.status === 'consumed') throw invalidGrant();
  if (found.expiresAt <= now) throw new OAuthError('expired_token', 'the device code has expired; start again');
  if (found.status === 'denied') throw new OAuthError('access_denied', 'the user denied the request');
  if (found.status === 'approved') {
    const taken = await db.deviceAuthorization.updateMany({
      where: { deviceCodeHash, status: 'approved', expiresAt: { gt: now } },
      data: { status: 'consumed', lastPolledAt: now },
    });
    // Another poll took it between the read and the update.
    if (taken.count === 0 || !found.userId) throw invalidGrant();
    return { ...found, status: 'consumed', userId: found.userId };
  }
  return recordPendingPoll(db, found, now);
}

/**
 * A poll while the user has not decided. The time of the poll is written with a compare-and-set on
 * the last poll and the interval as read, so two polls racing cannot both count as on time; one
 * that comes too soon lengthens the interval for this and every later poll (§3.5).
 */
async function recordPendingPoll(db: Db, found: DeviceAuthorization, now: Date): Promise<never> {
  const earliest = new Date(now.getTime() - found.intervalSeconds * 1000);
  const onTime = found.lastPolledAt === null || found.lastPolledAt <= earliest;
  if (onTime) {
    const recorded = await db.deviceAuthorization.updateMany({
      where: { deviceCodeHash: found.deviceCodeHash, status: 'pending', lastPolledAt: found.lastPolledAt, intervalSeconds: found.intervalSeconds },
      data: { lastPolledAt: now },
    });
    if (recorded.count === 1) throw new OAuthError('authorization_pending', 'the user has not yet approved the request');
  }
  const slowed = await db.deviceAuthorization.updateMany({
    where: { deviceCodeHash: found.deviceCodeHash, status: 'pending' },
    data: { lastPolledAt: now, intervalSeconds: { increment: SLOW_DOWN_STEP_SECONDS } },
  });
  // The user decided meanwhile: the next poll, at the usual pace, gets the answer.
  if (slowed.count === 0) throw new OAuthError('authorization_pending', 'the request is being decided; poll again');
  throw new OAuthError('slow_down', `poll at most every ${found.intervalSeconds + SLOW_DOWN_STEP_SECONDS} seconds`);
}
