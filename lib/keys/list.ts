import type { Db } from '../db/client';
import { signingKeyState, type SigningKeyState } from './state';

export interface SigningKeySummary {
  kid: string;
  alg: string;
  state: SigningKeyState;
  createdAt: Date;
  activatesAt: Date;
  retiredAt: Date | null;
  unpublishAt: Date | null;
}

/** Every stored key with its state at `now`, newest first per algorithm; never the private part. */
export async function listSigningKeys(db: Db, now: Date = new Date()): Promise<SigningKeySummary[]> {
  const keys = await db.signingKey.findMany({
    select: { kid: true, alg: true, createdAt: true, activatesAt: true, retiredAt: true, unpublishAt: true },
    orderBy: [{ alg: 'asc' }, { activatesAt: 'desc' }, { createdAt: 'desc' }],
  });
  return keys.map((key) => ({ ...key, state: signingKeyState(key, now) }));
}
