import type { KeyClient } from './store';

/** Kept a day past unpublication so `keys list` still explains where a recent kid went. */
export const PURGE_AFTER_SECONDS = 86_400;

export interface PurgeOptions {
  now?: Date;
  afterSeconds?: number;
}

/** Deletes keys that left the JWKS long ago: nothing they signed can still be valid. */
export async function purgeUnpublishedSigningKeys(db: KeyClient, options: PurgeOptions = {}): Promise<number> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - (options.afterSeconds ?? PURGE_AFTER_SECONDS) * 1000);
  const { count } = await db.signingKey.deleteMany({ where: { unpublishAt: { lt: cutoff } } });
  return count;
}
