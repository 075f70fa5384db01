/** How long relying parties may cache the JWKS (the Cache-Control of jwks_uri). */
export const JWKS_MAX_AGE_SECONDS = 300;

/**
 * A new key is published this long before it signs. Twice the JWKS max-age, so a JWKS cached just
 * before the rotation has expired, and been fetched again with the new key, before any token needs it.
 */
export const DEFAULT_PUBLISH_LEAD_SECONDS = 2 * JWKS_MAX_AGE_SECONDS;

/** Covers verifiers' clock skew and instances whose active-key cache has not seen a rotation yet. */
export const UNPUBLISH_SKEW_SECONDS = 60;

export interface RotationTiming {
  now: Date;
  publishLeadSeconds: number;
  maxTokenLifetimeSeconds: number;
  /** After a compromise: the new key signs at once and the old one leaves the JWKS at once. */
  immediate: boolean;
}

export interface Retirement {
  retiredAt: Date;
  unpublishAt: Date;
}

function addSeconds(date: Date, seconds: number): Date {
  return new Date(date.getTime() + seconds * 1000);
}

function earliest(current: Date | null, candidate: Date): Date {
  return current && current < candidate ? current : candidate;
}

function latest(current: Date | null, candidate: Date): Date {
  return current && current > candidate ? current : candidate;
}

/** Without a key signing now there is no cache to wait for: the new key signs at once. */
export function activationTime(timing: RotationTiming, somethingSigns: boolean): Date {
  return timing.immediate || !somethingSigns ? timing.now : addSeconds(timing.now, timing.publishLeadSeconds);
}

/**
 * A replaced key stops signing when its successor starts, and stays published until every token it
 * signed has expired. An earlier retirement is kept, and publication is never cut short unless the
 * rotation is an emergency.
 */
export function retirementOf(key: { retiredAt: Date | null; unpublishAt: Date | null }, activatesAt: Date, timing: RotationTiming): Retirement {
  const retiredAt = earliest(key.retiredAt, activatesAt);
  if (timing.immediate) return { retiredAt, unpublishAt: earliest(key.unpublishAt, timing.now) };
  return { retiredAt, unpublishAt: latest(key.unpublishAt, addSeconds(retiredAt, timing.maxTokenLifetimeSeconds + UNPUBLISH_SKEW_SECONDS)) };
}
