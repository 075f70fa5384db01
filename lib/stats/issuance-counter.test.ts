import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIssuanceCounter, type IssuanceCount } from './issuance-counter';

/** A writer that keeps what it was given, and fails while `failing` is set. */
function fakeStore() {
  const stored = new Map<string, number>();
  const calls: IssuanceCount[][] = [];
  const store = {
    failing: false,
    calls,
    stored,
    write: async (counts: IssuanceCount[]) => {
      calls.push(counts.map((row) => ({ ...row })));
      if (store.failing) throw new Error('database unavailable');
      for (const row of counts) stored.set(`${row.day} ${row.grantType}`, (stored.get(`${row.day} ${row.grantType}`) ?? 0) + row.count);
    },
  };
  return store;
}

const at = (iso: string) => () => new Date(iso);

afterEach(() => {
  vi.useRealTimers();
});

describe('token issuance counter', () => {
  it('batches increments per day and grant type into one write', async () => {
    const store = fakeStore();
    const counter = createIssuanceCounter({ write: store.write, clock: at('2026-03-15T12:00:00Z') });
    for (let i = 0; i < 5; i++) counter.record('client_credentials');
    counter.record('refresh_token');
    counter.record('refresh_token');
    expect(store.calls).toHaveLength(0);
    await counter.flush();
    expect(store.calls).toHaveLength(1);
    expect(store.calls[0]).toEqual([
      { day: '2026-03-15', grantType: 'client_credentials', count: 5 },
      { day: '2026-03-15', grantType: 'refresh_token', count: 2 },
    ]);
    expect(counter.pending()).toEqual([]);
    // Nothing new: no write at all.
    await counter.flush();
    expect(store.calls).toHaveLength(1);
  });

  it('keeps the counts of a failed flush and writes them with the next one', async () => {
    const store = fakeStore();
    const counter = createIssuanceCounter({ write: store.write, clock: at('2026-03-15T12:00:00Z') });
    counter.record('client_credentials');
    counter.record('client_credentials');
    store.failing = true;
    await expect(counter.flush()).rejects.toThrow('database unavailable');
    expect(counter.pending()).toEqual([{ day: '2026-03-15', grantType: 'client_credentials', count: 2 }]);
    counter.record('client_credentials');
    store.failing = false;
    await counter.flush();
    expect(store.stored.get('2026-03-15 client_credentials')).toBe(3);
    expect(counter.pending()).toEqual([]);
  });

  it('counts increments made while a write is in flight exactly once', async () => {
    let release!: () => void;
    const written: IssuanceCount[][] = [];
    const counter = createIssuanceCounter({
      clock: at('2026-03-15T12:00:00Z'),
      write: (counts) => {
        written.push(counts);
        return written.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
    });
    counter.record('password');
    const first = counter.flush();
    await vi.waitFor(() => expect(written).toHaveLength(1));
    counter.record('password');
    const second = counter.flush();
    release();
    await Promise.all([first, second]);
    expect(written.map((batch) => batch.map((row) => row.count))).toEqual([[1], [1]]);
  });

  it('splits counts at midnight UTC, whatever the local time zone', async () => {
    const store = fakeStore();
    let now = new Date('2026-03-15T23:59:59.999Z');
    const counter = createIssuanceCounter({ write: store.write, clock: () => now });
    counter.record('authorization_code');
    now = new Date('2026-03-16T00:00:00.000Z');
    counter.record('authorization_code');
    counter.record('authorization_code');
    // 01:30 on the 16th in Berlin is still the 15th in UTC.
    now = new Date('2026-03-16T01:30:00+02:00');
    counter.record('authorization_code');
    await counter.flush();
    expect(Object.fromEntries(store.stored)).toEqual({ '2026-03-15 authorization_code': 2, '2026-03-16 authorization_code': 2 });
  });

  it('flushes on its own timer after the interval, and retries a failed flush on the next tick', async () => {
    vi.useFakeTimers();
    const store = fakeStore();
    const errors: number[] = [];
    const counter = createIssuanceCounter({
      write: store.write,
      flushIntervalMs: 5_000,
      clock: at('2026-03-15T12:00:00Z'),
      onFlushError: (_error, pendingTotal) => errors.push(pendingTotal),
    });
    counter.record('client_credentials');
    await vi.advanceTimersByTimeAsync(4_999);
    expect(store.calls).toHaveLength(0);
    store.failing = true;
    await vi.advanceTimersByTimeAsync(1);
    expect(store.calls).toHaveLength(1);
    expect(errors).toEqual([1]);
    store.failing = false;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(store.stored.get('2026-03-15 client_credentials')).toBe(1);
    // Idle: no timer runs, so no empty writes.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.calls).toHaveLength(2);
  });

  it('writes what is left when closed, and stops its timer', async () => {
    vi.useFakeTimers();
    const store = fakeStore();
    const counter = createIssuanceCounter({ write: store.write, clock: at('2026-03-15T12:00:00Z') });
    counter.record('client_credentials');
    await counter.close();
    expect(store.stored.get('2026-03-15 client_credentials')).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never keeps the process alive for its timer', () => {
    const counter = createIssuanceCounter({ write: async () => {}, flushIntervalMs: 60_000 });
    const unref = vi.spyOn(globalThis, 'setTimeout');
    counter.record('client_credentials');
    const timer = unref.mock.results[0]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    clearTimeout(timer);
    unref.mockRestore();
  });
});
