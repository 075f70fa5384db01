import type { SecretBox } from '../crypto/secret-box';
import type { Prisma } from '../db/generated/client';
import type { SigningAlg } from './algorithms';
import type { GeneratedSigningKey } from './generate';

export type KeyClient = Pick<Prisma.TransactionClient, 'signingKey'>;

export interface StoredSigningKey {
  kid: string;
  alg: string;
  activatesAt: Date;
}

/** A key that has not retired, or retires later: it signs now or will once it activates. */
export function notRetiredAt(now: Date) {
  return { OR: [{ retiredAt: null }, { retiredAt: { gt: now } }] } satisfies Prisma.SigningKeyWhereInput;
}

export function publishedAt(now: Date) {
  return { OR: [{ unpublishAt: null }, { unpublishAt: { gt: now } }] } satisfies Prisma.SigningKeyWhereInput;
}

export async function algsWithoutUsableKey(db: KeyClient, algs: readonly SigningAlg[], now: Date): Promise<SigningAlg[]> {
  const usable = await db.signingKey.findMany({ where: { alg: { in: [...algs] }, ...notRetiredAt(now) }, select: { alg: true }, distinct: ['alg'] });
  const present = new Set(usable.map((key) => key.alg));
  return algs.filter((alg) => !present.has(alg));
}

export function storeSigningKey(db: KeyClient, box: SecretBox, key: GeneratedSigningKey, activatesAt: Date): Promise<StoredSigningKey> {
  return db.signingKey.create({
    data: {
      kid: key.kid,
      alg: key.alg,
      publicJwk: key.publicJwk,
      privateKeyCiphertext: box.seal(JSON.stringify(key.privateJwk)),
      activatesAt,
    },
    select: { kid: true, alg: true, activatesAt: true },
  });
}
