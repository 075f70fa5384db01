import { z } from 'zod';
import { recordAudit, type Actor } from '../audit/record';
import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { analyze } from '../metadata';
import { isUniqueViolation } from '../db/errors';

export class TrustedIssuerError extends Error {
  override name = 'TrustedIssuerError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const trustedIssuerSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the publisher a name').max(200),
    issuer: z.string().trim().min(1, 'The iss value its statements carry is required').max(500),
    jwks: z.looseObject({ keys: z.array(z.record(z.string(), z.unknown())).min(1, 'The key set has no keys') }).optional(),
    jwksUri: z.url({ protocol: /^https$/, error: 'The key set URL must be https' }).optional(),
  })
  .refine((value) => (value.jwks === undefined) !== (value.jwksUri === undefined), {
    message: 'Give either the keys (jwks) or the URL they are published at (jwks_uri), not both',
    path: ['jwks'],
  });

export type TrustedIssuerInput = z.input<typeof trustedIssuerSchema>;

/** Publishers whose software statements (RFC 7591 §2.3) registrations may carry. */
export async function addTrustedIssuer(db: Db, input: TrustedIssuerInput, actor: Actor) {
  const parsed = trustedIssuerSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TrustedIssuerError(issue?.message ?? 'Invalid publisher', issue?.path.join('.'));
  }
  const { name, issuer, jwks, jwksUri } = parsed.data;
  if (jwks) {
    // The same key rules a client's own jwks must pass: public members only, a known key type.
    const keyProblem = analyze({ token_endpoint_auth_method: 'private_key_jwt', jwks }).errors.find((finding) =>
      finding.fields.some((field) => field.startsWith('jwks')),
    );
    if (keyProblem) throw new TrustedIssuerError(keyProblem.message, 'jwks');
  }
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.softwareStatementIssuer.create({
        data: { name, issuer, jwks: (jwks as Prisma.InputJsonObject | undefined) ?? undefined, jwksUri: jwksUri ?? null },
      });
      await recordAudit(tx, actor, {
        action: 'software_statement_issuer.added',
        target: { type: 'software_statement_issuer', id: created.id },
        after: { name, issuer, jwks_uri: jwksUri ?? null },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new TrustedIssuerError('This issuer is already trusted', 'issuer');
    throw error;
  }
}

export function listTrustedIssuers(db: Db) {
  return db.softwareStatementIssuer.findMany({ orderBy: { createdAt: 'asc' } });
}

export async function removeTrustedIssuer(db: Db, id: string, actor: Actor): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const removed = await tx.softwareStatementIssuer.deleteMany({ where: { id } });
    if (removed.count === 0) return false;
    await recordAudit(tx, actor, { action: 'software_statement_issuer.removed', target: { type: 'software_statement_issuer', id } });
    return true;
  });
}
