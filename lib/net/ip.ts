import { isIP } from 'node:net';

export interface IpValue {
  version: 4 | 6;
  value: bigint;
}

export interface IpRange extends IpValue {
  prefix: number;
}

const BITS = { 4: 32n, 6: 128n } as const;

/** Parses a textual IP (strict notation as accepted by `net.isIP`) into a number; null for anything else. */
export function parseIp(input: string): IpValue | null {
  const version = isIP(input);
  if (version === 4) return { version: 4, value: parseV4(input) };
  if (version === 6) return { version: 6, value: parseV6(input.replace(/%.*$/, '')) };
  return null;
}

function parseV4(text: string): bigint {
  return text.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function parseV6(text: string): bigint {
  let hex = text;
  const lastColon = hex.lastIndexOf(':');
  const tail = hex.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseV4(tail);
    hex = `${hex.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = '', rest] = hex.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = rest ? rest.split(':') : [];
  const groups =
    rest === undefined
      ? headGroups
      : [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group, 16)), 0n);
}

/** Parses "a.b.c.d", "a.b.c.d/n", "x::y" or "x::y/n". */
export function parseRange(input: string): IpRange | null {
  const [addressText = '', prefixText, extra] = input.trim().split('/');
  if (extra !== undefined) return null;
  const ip = parseIp(addressText);
  if (!ip) return null;
  const max = Number(BITS[ip.version]);
  if (prefixText === undefined) return { ...ip, prefix: max };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) return null;
  return { ...ip, prefix: Number(prefixText) };
}

export function inRange(ip: IpValue, range: IpRange): boolean {
  if (ip.version !== range.version) return false;
  const shift = BITS[ip.version] - BigInt(range.prefix);
  return ip.value >> shift === range.value >> shift;
}

export function rangeList(cidrs: readonly string[]): IpRange[] {
  return cidrs.map((cidr) => {
    const range = parseRange(cidr);
    if (!range) throw new TypeError(`invalid address or CIDR: ${cidr}`);
    return range;
  });
}

const V4_MAPPED = rangeList(['::ffff:0:0/96'])[0]!;

/**
 * `::ffff:a.b.c.d` is how dual-stack sockets present IPv4 peers, so it must be judged (and matched
 * against allow lists) exactly like `a.b.c.d`.
 */
export function unmapIpv4(ip: IpValue): IpValue {
  return inRange(ip, V4_MAPPED) ? { version: 4, value: ip.value & 0xffffffffn } : ip;
}

export function unmapRange(range: IpRange): IpRange {
  if (range.version !== 6 || range.prefix < 96 || !inRange(range, V4_MAPPED)) return range;
  return { ...unmapIpv4(range), prefix: range.prefix - 96 };
}
