import { describe, expect, it } from 'vitest';
import { activationTime, retirementOf, UNPUBLISH_SKEW_SECONDS, type RotationTiming } from './schedule';
import { signingKeyState } from './state';

const now = new Date('2030-01-01T00:00:00.000Z');
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const planned: RotationTiming = { now, publishLeadSeconds: 600, maxTokenLifetimeSeconds: 3600, immediate: false };
const emergency: RotationTiming = { ...planned, immediate: true };

describe('rotation schedule', () => {
  it('activates a new key after the lead while another signs, at once otherwise', () => {
    expect(activationTime(planned, true)).toEqual(at(600));
    expect(activationTime(planned, false)).toEqual(now);
    expect(activationTime(emergency, true)).toEqual(now);
  });

  it('retires the old key when the new one activates and unpublishes it after the longest token lifetime', () => {
    expect(retirementOf({ retiredAt: null, unpublishAt: null }, at(600), planned)).toEqual({
      retiredAt: at(600),
      unpublishAt: at(600 + 3600 + UNPUBLISH_SKEW_SECONDS),
    });
  });

  it('keeps an earlier retirement and never shortens publication in a planned rotation', () => {
    const earlier = { retiredAt: at(100), unpublishAt: at(100 + 86_400) };
    expect(retirementOf(earlier, at(600), planned)).toEqual(earlier);
  });

  it('takes keys out of the JWKS at once in an emergency', () => {
    expect(retirementOf({ retiredAt: null, unpublishAt: null }, now, emergency)).toEqual({ retiredAt: now, unpublishAt: now });
    expect(retirementOf({ retiredAt: at(-60), unpublishAt: at(3600) }, now, emergency)).toEqual({ retiredAt: at(-60), unpublishAt: now });
  });
});

describe('signingKeyState', () => {
  const key = { activatesAt: at(0), retiredAt: at(600), unpublishAt: at(4200) };

  it.each([
    [-1, 'pending'],
    [0, 'active'],
    [599, 'active'],
    [600, 'retired'],
    [4199, 'retired'],
    [4200, 'unpublished'],
  ] as const)('at %i s the key is %s', (seconds, state) => {
    expect(signingKeyState(key, at(seconds))).toBe(state);
  });

  it('is active without a retirement date', () => {
    expect(signingKeyState({ activatesAt: at(0), retiredAt: null, unpublishAt: null }, at(1e9))).toBe('active');
  });
});
