import { describe, expect, it } from 'vitest';
import { fillStackedDays } from './dashboard';

describe('stacked days for the dashboard', () => {
  const now = new Date('2026-03-15T23:30:00Z');

  it('covers the last 30 UTC days ending today, with zero for days without counts', () => {
    const { days, keys } = fillStackedDays([], now);
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ day: '2026-02-14', total: 0, counts: {} });
    expect(days.at(-1)?.day).toBe('2026-03-15');
    expect(keys).toEqual([]);
  });

  it('sums per day, drops days outside the window, and orders grant types the same way every time', () => {
    const { days, keys } = fillStackedDays(
      [
        { day: '2026-03-15', key: 'client_credentials', count: 4 },
        { day: '2026-03-15', key: 'urn:example:custom', count: 1 },
        { day: '2026-03-15', key: 'authorization_code', count: 2 },
        { day: '2026-03-01', key: 'refresh_token', count: 3 },
        { day: '2026-02-13', key: 'password', count: 9 },
        { day: '2026-03-16', key: 'password', count: 9 },
      ],
      now,
    );
    expect(keys).toEqual(['authorization_code', 'refresh_token', 'client_credentials', 'urn:example:custom']);
    expect(days.at(-1)).toEqual({ day: '2026-03-15', total: 7, counts: { client_credentials: 4, 'urn:example:custom': 1, authorization_code: 2 } });
    expect(days.find((day) => day.day === '2026-03-01')?.total).toBe(3);
    expect(days.reduce((sum, day) => sum + day.total, 0)).toBe(10);
  });
});
