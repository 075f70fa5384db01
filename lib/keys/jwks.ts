import type { Db } from '../db/client';
import { publicSigningJwk, type PublicSigningJwk } from './public-jwk';
import { publishedAt } from './store';

export interface PublicJwks {
  keys: PublicSigningJwk[];
}

/** Keys waiting to sign, signing, and retired but still verifying tokens: public members only. */
export async function publicJwks(db: Db, now: Date = new Date()): Promise<PublicJwks> {
  const published = await db.signingKey.findMany({
    where: publishedAt(now),
    select: { kid: true, alg: true, publicJwk: true },
    orderBy: [{ alg: 'asc' }, { activatesAt: 'desc' }],
  });
  return { keys: published.map((key) => publicSigningJwk(key.publicJwk, key.kid, key.alg)) };
}
