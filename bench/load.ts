import autocannon from 'autocannon';

/**
 * HTTP load through autocannon from the bench process, against a server in a child process. Every
 * server gets the same shape of load: 20 connections, a 3 s warm-up whose numbers are dropped (JIT,
 * connection pools, caches), then 10 s measured.
 */
export const CONNECTIONS = 20;
export const WARM_UP_SECONDS = 3;
export const MEASURE_SECONDS = 10;

export interface LoadRequest {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadResult {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were not 2xx, warm-up included: any at all means the numbers are not comparable. */
  non2xx: number;
  /** Connection errors and timeouts, warm-up included. */
  errors: number;
  /** Status codes seen that were not 2xx, with counts, to say what went wrong. */
  failures: Record<string, number>;
}

function run(request: LoadRequest, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: request.url,
    method: request.method,
    headers: request.headers,
    body: request.body,
    connections: CONNECTIONS,
    duration: seconds,
  });
}

function otherStatuses(result: autocannon.Result, into: Record<string, number>): void {
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) {
    if (status.startsWith('2')) continue;
    into[status] = (into[status] ?? 0) + (stats.count ?? 0);
  }
}

export async function measureLoad(request: LoadRequest): Promise<LoadResult> {
  const warmUp = await run(request, WARM_UP_SECONDS);
  const measured = await run(request, MEASURE_SECONDS);
  const failures: Record<string, number> = {};
  otherStatuses(warmUp, failures);
  otherStatuses(measured, failures);
  return {
    reqPerSec: measured.requests.average,
    p50Ms: measured.latency.p50,
    p99Ms: measured.latency.p99,
    non2xx: warmUp.non2xx + measured.non2xx,
    errors: warmUp.errors + measured.errors,
    failures,
  };
}
