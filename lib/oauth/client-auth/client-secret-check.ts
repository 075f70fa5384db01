import type { SecretBox } from '../../crypto/secret-box';
import { secretMatchesHash } from '../../registration/client-secret';
import { invalidClient } from './failures';
import type { StoredSecrets } from './client-lookup';

const isPast = (moment: Date | null, now: number) => moment !== null && moment.getTime() <= now;
const isFuture = (moment: Date | null, now: number) => moment !== null && moment.getTime() > now;

export function secretExpired(): ReturnType<typeof invalidClient> {
  return invalidClient('the client secret has expired');
}

/** A computed hash no presented secret matches, so an unknown client costs the same work as a known one. */
const UNMATCHABLE_HASH = '0'.repeat(64);

export function spendComparisonTime(presented: string): void {
  secretMatchesHash(presented, UNMATCHABLE_HASH);
}

/**
 * client_secret_basic and client_secret_post. Both hashes are compared every time so the answer
 * takes as long whichever secret (if any) matched.
 */
export function checkClientSecret(presented: string, secrets: StoredSecrets, now: number): void {
  const matchesCurrent = secretMatchesHash(presented, secrets.hash);
  const matchesPrevious = secretMatchesHash(presented, secrets.previousHash);
  if (matchesPrevious && isFuture(secrets.previousExpiresAt, now)) return;
  if (!matchesCurrent) throw invalidClient('the client credentials are invalid');
  if (isPast(secrets.expiresAt, now)) throw secretExpired();
}

/**
 * The secrets a client_secret_jwt assertion may be keyed with right now: the current one until it
 * expires and the previous one during its rotation grace period.
 */
export function usableHmacSecrets(secrets: StoredSecrets, box: SecretBox, now: number): string[] {
  const usable: string[] = [];
  if (secrets.ciphertext && !isPast(secrets.expiresAt, now)) usable.push(box.open(secrets.ciphertext));
  if (secrets.previousCiphertext && isFuture(secrets.previousExpiresAt, now)) usable.push(box.open(secrets.previousCiphertext));
  if (usable.length === 0) throw secrets.ciphertext && isPast(secrets.expiresAt, now) ? secretExpired() : invalidClient('the client has no secret to verify the assertion with');
  return usable;
}
