/** How many tokens of one grant type were issued on one UTC day, not yet written. */
export interface IssuanceCount {
  /** YYYY-MM-DD, UTC. */
  day: string;
  grantType: string;
  count: number;
}

/** Adds counts to what is stored; must be safe to run from several processes at once. */
export type IssuanceWriter = (counts: IssuanceCount[]) => Promise<void>;

export interface IssuanceCounterOptions {
  write: IssuanceWriter;
  /** How long increments wait in memory before they are written. */
  flushIntervalMs?: number;
  clock?: () => Date;
  /** Told about a failed timed flush; the counts it held are kept for the next one. */
  onFlushError?: (error: unknown, pendingTotal: number) => void;
}

export interface IssuanceCounter {
  record(grantType: string): void;
  /** Writes everything counted so far; on failure the counts are put back and the error is thrown. */
  flush(): Promise<void>;
  /** Counts not written yet, for tests and for a last look at shutdown. */
  pending(): IssuanceCount[];
  /** Stops the timer and writes what is left. */
  close(): Promise<void>;
}

export const DEFAULT_FLUSH_INTERVAL_MS = 5_000;

const keyOf = (day: string, grantType: string) => `${day}\u0000${grantType}`;

/**
 * Counts issued tokens in memory per (UTC day, grant type) and writes the sums every few seconds,
 * so the token endpoint never waits for a statistics write. The timer only runs while something
 * is waiting to be written, and never keeps the process alive on its own.
 */
export function createIssuanceCounter(options: IssuanceCounterOptions): IssuanceCounter {
  const interval = options.flushIntervalMs ?? DEFAULT_FLUSH_INTERVAL_MS;
  const clock = options.clock ?? (() => new Date());
  let pending = new Map<string, IssuanceCount>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  let closed = false;

  function add(day: string, grantType: string, count: number): void {
    const key = keyOf(day, grantType);
    const entry = pending.get(key);
    if (entry) entry.count += count;
    else pending.set(key, { day, grantType, count });
  }

  function schedule(): void {
    if (timer || closed || pending.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      flush().catch((error: unknown) => options.onFlushError?.(error, total()));
    }, interval);
    timer.unref?.();
  }

  const total = () => [...pending.values()].reduce((sum, entry) => sum + entry.count, 0);

  async function writeOnce(): Promise<void> {
    if (pending.size === 0) return;
    // Taken out before the write, so increments that arrive meanwhile wait for the next flush.
    const batch = [...pending.values()];
    pending = new Map();
    try {
      await options.write(batch);
    } catch (error) {
      for (const entry of batch) add(entry.day, entry.grantType, entry.count);
      throw error;
    } finally {
      schedule();
    }
  }

  // One write at a time: a flush called during another waits for it, then writes what is left.
  function flush(): Promise<void> {
    const next = inFlight.catch(() => {}).then(writeOnce);
    inFlight = next;
    return next;
  }

  return {
    record(grantType) {
      add(clock().toISOString().slice(0, 10), grantType, 1);
      schedule();
    },
    flush,
    pending: () => [...pending.values()].map((entry) => ({ ...entry })),
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await flush();
    },
  };
}
