export type SigningKeyState = 'pending' | 'active' | 'retired' | 'unpublished';

export interface KeyLifetime {
  activatesAt: Date;
  retiredAt: Date | null;
  unpublishAt: Date | null;
}

/** Pending keys are published but do not sign yet; retired keys are published but sign no more. */
export function signingKeyState(key: KeyLifetime, now: Date): SigningKeyState {
  if (key.unpublishAt && key.unpublishAt <= now) return 'unpublished';
  if (key.retiredAt && key.retiredAt <= now) return 'retired';
  if (key.activatesAt > now) return 'pending';
  return 'active';
}

export function isPublished(key: KeyLifetime, now: Date): boolean {
  return !key.unpublishAt || key.unpublishAt > now;
}

export function signsAt(key: KeyLifetime, now: Date): boolean {
  return signingKeyState(key, now) === 'active';
}
