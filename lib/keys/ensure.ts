import { recordAudit, systemActor, type Actor } from '../audit/record';
import type { SecretBox } from '../crypto/secret-box';
import type { Db } from '../db/client';
import { forgetCachedSigningKeys } from './active-key';
import { defaultSigningAlgs, type SigningAlg } from './algorithms';
import { generateSigningKey } from './generate';
import { withSigningKeyLock } from './lock';
import { algsWithoutUsableKey, storeSigningKey, type StoredSigningKey } from './store';

export interface EnsureSigningKeysOptions {
  algs?: readonly SigningAlg[];
  now?: Date;
  actor?: Actor;
}

/**
 * Gives every algorithm a key at start. A key created here signs at once: with no key of its
 * algorithm there is nothing a relying party could have cached, so there is nothing to wait for.
 */
export async function ensureSigningKeys(db: Db, box: SecretBox, options: EnsureSigningKeysOptions = {}): Promise<StoredSigningKey[]> {
  const now = options.now ?? new Date();
  const missing = await algsWithoutUsableKey(db, options.algs ?? defaultSigningAlgs, now);
  if (missing.length === 0) return [];
  // Generated before taking the lock: RSA generation is slow enough to hold up every other instance.
  const generated = await Promise.all(missing.map(generateSigningKey));
  const created = await withSigningKeyLock(db, async (tx) => {
    const stillMissing = new Set(await algsWithoutUsableKey(tx, missing, now));
    const stored: StoredSigningKey[] = [];
    for (const key of generated.filter(({ alg }) => stillMissing.has(alg))) {
      stored.push(await storeSigningKey(tx, box, key, now));
      await recordAudit(tx, options.actor ?? systemActor, {
        action: 'signing_key.created',
        target: { type: 'signing_key', id: key.kid },
        after: { alg: key.alg, activates_at: now.toISOString() },
      });
    }
    return stored;
  });
  if (created.length > 0) forgetCachedSigningKeys(db);
  return created;
}
