import { recordAudit, systemActor, type Actor } from '../audit/record';
import type { SecretBox } from '../crypto/secret-box';
import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { forgetCachedSigningKeys } from './active-key';
import { defaultSigningAlgs, isSigningAlg, type SigningAlg } from './algorithms';
import { generateSigningKey, type GeneratedSigningKey } from './generate';
import { withSigningKeyLock } from './lock';
import { purgeUnpublishedSigningKeys } from './purge';
import { activationTime, DEFAULT_PUBLISH_LEAD_SECONDS, retirementOf, type Retirement, type RotationTiming } from './schedule';
import { signsAt } from './state';
import { notRetiredAt, publishedAt, storeSigningKey } from './store';

export interface RotateSigningKeysOptions {
  /** Without it, every algorithm that has a published key (and the default ones) rotates. */
  alg?: SigningAlg;
  now?: Date;
  publishLeadSeconds?: number;
  /** The longest lifetime of any token signed with these keys: the old key stays published that long. */
  maxTokenLifetimeSeconds: number;
  immediate?: boolean;
  actor?: Actor;
}

export interface RotatedSigningKey {
  alg: SigningAlg;
  kid: string;
  activatesAt: Date;
  replaced: (Retirement & { kid: string })[];
}

export interface RotationResult {
  rotated: RotatedSigningKey[];
  purged: number;
}

function requireSeconds(name: string, value: number, minimum: number): number {
  if (!Number.isSafeInteger(value) || value < minimum) throw new RangeError(`${name} must be a whole number of seconds of at least ${minimum}`);
  return value;
}

async function algsToRotate(db: Db, now: Date): Promise<SigningAlg[]> {
  const published = await db.signingKey.findMany({ where: publishedAt(now), select: { alg: true }, distinct: ['alg'] });
  const algs = new Set<SigningAlg>(defaultSigningAlgs);
  for (const { alg } of published) if (isSigningAlg(alg)) algs.add(alg);
  return [...algs];
}

async function replaceKey(tx: Prisma.TransactionClient, box: SecretBox, key: GeneratedSigningKey, timing: RotationTiming, actor: Actor): Promise<RotatedSigningKey> {
  const { now, immediate } = timing;
  // An emergency takes every published key of the algorithm out; a planned rotation only retires.
  const current = await tx.signingKey.findMany({
    where: { alg: key.alg, ...(immediate ? publishedAt(now) : notRetiredAt(now)) },
    select: { kid: true, activatesAt: true, retiredAt: true, unpublishAt: true },
  });
  const activatesAt = activationTime(timing, current.some((old) => signsAt(old, now)));
  const replaced: RotatedSigningKey['replaced'] = [];
  for (const old of current) {
    const retirement = retirementOf(old, activatesAt, timing);
    await tx.signingKey.update({ where: { kid: old.kid }, data: retirement });
    replaced.push({ kid: old.kid, ...retirement });
  }
  await storeSigningKey(tx, box, key, activatesAt);
  await recordAudit(tx, actor, {
    action: 'signing_key.rotated',
    target: { type: 'signing_key', id: key.kid },
    detail: {
      alg: key.alg,
      immediate,
      activates_at: activatesAt.toISOString(),
      replaced: replaced.map((old) => ({ kid: old.kid, retired_at: old.retiredAt.toISOString(), unpublish_at: old.unpublishAt.toISOString() })),
    },
  });
  return { alg: key.alg, kid: key.kid, activatesAt, replaced };
}

/**
 * Publishes a new key that signs only after the publish lead, so relying parties' cached JWKS
 * already hold it when the first token signed with it arrives; the replaced key stays published
 * until every token it signed has expired. `immediate` is for a compromised key.
 */
export async function rotateSigningKeys(db: Db, box: SecretBox, options: RotateSigningKeysOptions): Promise<RotationResult> {
  const timing: RotationTiming = {
    now: options.now ?? new Date(),
    publishLeadSeconds: requireSeconds('publishLeadSeconds', options.publishLeadSeconds ?? DEFAULT_PUBLISH_LEAD_SECONDS, 0),
    maxTokenLifetimeSeconds: requireSeconds('maxTokenLifetimeSeconds', options.maxTokenLifetimeSeconds, 1),
    immediate: options.immediate ?? false,
  };
  const algs = options.alg ? [options.alg] : await algsToRotate(db, timing.now);
  const generated = await Promise.all(algs.map(generateSigningKey));
  const result = await withSigningKeyLock(db, async (tx) => {
    const rotated: RotatedSigningKey[] = [];
    for (const key of generated) rotated.push(await replaceKey(tx, box, key, timing, options.actor ?? systemActor));
    return { rotated, purged: await purgeUnpublishedSigningKeys(tx, { now: timing.now }) };
  });
  forgetCachedSigningKeys(db);
  return result;
}
