import type { SecretBox } from '../../crypto/secret-box';
import { secretMatchesHash } from '../../registration/client-secret';
import type { OAuthError } from '../errors';
import { invalidClient } from './failures';
import type { StoredSecrets } from './client-lookup';

const isPast = (moment: Date | null, now: number) => moment !== null && moment.getTime() <= now;
const isFuture = (moment: Date | null, now: number) => moment !== null && moment.getTime() > now;

export function secretExpired(): OAuthError {
  return invalidClient('the client secret has expired');
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

export interface HmacSecrets {
  /** The current secret until it expires, and the previous one during its rotation grace period. */
  usable: string[];
  /** The current secret once expired: an assertion it verifies earns the precise refusal. */
  expired: string | null;
}

/** The secrets a client_secret_jwt assertion may be keyed with, read back from their ciphertexts. */
export function hmacSecrets(secrets: StoredSecrets, box: SecretBox, now: number): HmacSecrets {
  const usable: string[] = [];
  let expired: string | null = null;
  if (secrets.ciphertext) {
    if (isPast(secrets.expiresAt, now)) expired = box.open(secrets.ciphertext);
    else usable.push(box.open(secrets.ciphertext));
  }
  if (secrets.previousCiphertext && isFuture(secrets.previousExpiresAt, now)) usable.push(box.open(secrets.previousCiphertext));
  return { usable, expired };
}
