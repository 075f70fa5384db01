import { isIP } from 'node:net';
import { SafeFetchError } from './errors';
import type { ResolvedAddress, Settings } from './options';

export interface PinnedTarget {
  url: URL;
  /** Host name as sent in Host/SNI, without IPv6 brackets. */
  hostname: string;
  isLiteral: boolean;
  /** Every address here has passed the address policy; nothing else may be connected to. */
  addresses: ResolvedAddress[];
}

/**
 * The WHATWG parser canonicalises odd IPv4 notations (2130706433, 0177.0.0.1, 0x7f.1) to dotted
 * decimal, so later checks only ever see one spelling of an address.
 */
export function parseTarget(input: string, base: URL | undefined, settings: Settings, context: string): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    throw new SafeFetchError('invalid_url', `${context}not a valid absolute URL`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && settings.allowHttp)) {
    const reason = url.protocol === 'http:' ? 'only https URLs are allowed' : `the ${url.protocol.slice(0, -1)} scheme is not allowed`;
    throw new SafeFetchError('scheme_refused', `${context}${reason}`);
  }
  if (url.username || url.password) throw new SafeFetchError('invalid_url', `${context}URLs must not contain credentials`);
  return url;
}

/** Resolves once and validates every answer, so a rebinding DNS server gets no second chance. */
export async function pinTarget(url: URL, settings: Settings, signal: AbortSignal, context: string): Promise<PinnedTarget> {
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = isIP(hostname);
  const addresses =
    literal === 0 ? await resolve(hostname, settings, signal, context) : [{ address: hostname, family: literal as 4 | 6 }];
  for (const { address } of addresses) {
    if (!settings.isAllowedAddress(address)) {
      throw new SafeFetchError('address_refused', `${context}address ${address} is in a private or reserved range`);
    }
  }
  return { url, hostname, isLiteral: literal !== 0, addresses };
}

async function resolve(hostname: string, settings: Settings, signal: AbortSignal, context: string): Promise<ResolvedAddress[]> {
  let addresses: Array<{ address: string; family: number }>;
  try {
    const answers = await untilAborted(settings.resolver(hostname), signal);
    addresses = answers.map(({ address }) => ({ address, family: isIP(address) }));
  } catch (error) {
    if (error instanceof SafeFetchError) throw error;
    throw new SafeFetchError('dns_failed', `${context}could not resolve host ${hostname}`);
  }
  if (addresses.length === 0 || addresses.some(({ family }) => family === 0)) {
    throw new SafeFetchError('dns_failed', `${context}could not resolve host ${hostname}`);
  }
  return addresses.map(({ address, family }) => ({ address, family: family as 4 | 6 }));
}

/** DNS lookups cannot be cancelled, but the caller's deadline must still hold. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
