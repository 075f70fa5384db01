import { z } from 'zod';
import { recordAudit, type Actor } from '../audit/record';
import { generateOpaqueToken, hashOpaqueToken } from '../crypto/opaque-token';
import type { Db } from '../db/client';

export const newInitialAccessTokenSchema = z.object({
  expiresInSeconds: z.number().int().positive('Expiry must be a positive number of seconds').max(366 * 24 * 3600).optional(),
  maxUses: z.number().int().positive('Maximum uses must be at least 1').max(1_000_000).optional(),
  description: z.string().trim().max(200).optional(),
});

export type NewInitialAccessToken = z.infer<typeof newInitialAccessTokenSchema>;

export interface IssuedInitialAccessToken {
  id: string;
  /** Shown once: only its hash is kept. */
  token: string;
  expiresAt: Date | null;
  maxUses: number | null;
}

export async function createInitialAccessToken(db: Db, input: NewInitialAccessToken, actor: Actor): Promise<IssuedInitialAccessToken> {
  const { expiresInSeconds, maxUses, description } = newInitialAccessTokenSchema.parse(input);
  const token = generateOpaqueToken('iat');
  const expiresAt = expiresInSeconds ? new Date(Date.now() + expiresInSeconds * 1000) : null;
  return db.$transaction(async (tx) => {
    const record = await tx.initialAccessToken.create({
      data: {
        tokenHash: hashOpaqueToken(token),
        expiresAt,
        maxUses: maxUses ?? null,
        description: description ?? null,
        createdById: actor.type === 'user' ? (actor.id ?? null) : null,
      },
    });
    await recordAudit(tx, actor, {
      action: 'initial_access_token.created',
      target: { type: 'initial_access_token', id: record.id },
      after: { expiresAt: expiresAt?.toISOString() ?? null, maxUses: maxUses ?? null, description: description ?? null },
    });
    return { id: record.id, token, expiresAt, maxUses: record.maxUses };
  });
}

export function listInitialAccessTokens(db: Db) {
  return db.initialAccessToken.findMany({ orderBy: { createdAt: 'desc' }, take: 200 });
}
