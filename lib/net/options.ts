import { promises as dns } from 'node:dns';
import { inRange, parseIp, rangeList, unmapIpv4, unmapRange } from './ip';
import { isRefusedAddress } from './refused-address';

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface SafeFetchOptions {
  /** https only unless explicitly allowed (development). */
  allowHttp?: boolean;
  /**
   * Development and tests only. `true` lifts the address check entirely; a list of addresses or
   * CIDRs (e.g. `['127.0.0.1']`) admits just those, so every other hop is still checked.
   */
  allowPrivateNetworks?: boolean | readonly string[];
  /** Whole request, redirects and body included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  accept?: string;
  resolver?: Resolver;
}

export interface Settings {
  allowHttp: boolean;
  isAllowedAddress: (ip: string) => boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  accept: string;
  resolver: Resolver;
}

export const USER_AGENT = 'oidc-client-registry/1 (+metadata fetch)';

export function settingsFrom(options: SafeFetchOptions): Settings {
  return {
    allowHttp: options.allowHttp ?? false,
    isAllowedAddress: addressPolicy(options.allowPrivateNetworks ?? false),
    timeoutMs: count('timeoutMs', options.timeoutMs, 5000),
    maxBytes: count('maxBytes', options.maxBytes, 512 * 1024),
    maxRedirects: count('maxRedirects', options.maxRedirects, 3),
    accept: options.accept ?? 'application/json',
    resolver: options.resolver ?? systemResolver,
  };
}

function addressPolicy(allow: boolean | readonly string[]): (ip: string) => boolean {
  if (allow === true) return () => true;
  const exceptions = allow === false ? [] : rangeList(allow).map(unmapRange);
  return (ip) => {
    if (!isRefusedAddress(ip)) return true;
    const parsed = parseIp(ip);
    return parsed !== null && exceptions.some((range) => inRange(unmapIpv4(parsed), range));
  };
}

function count(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0) throw new TypeError(`${name} must be a non-negative integer`);
  return value;
}

async function systemResolver(hostname: string): Promise<ResolvedAddress[]> {
  const records = await dns.lookup(hostname, { all: true, verbatim: true });
  return records.map((record) => ({ address: record.address, family: record.family === 6 ? 6 : 4 }));
}
