import { inRange, parseIp, rangeList, unmapIpv4, type IpRange, type IpValue } from './ip';

const REFUSED_V4 = rangeList([
  '0.0.0.0/8', // "this network"
  '10.0.0.0/8',
  '100.64.0.0/10', // carrier-grade NAT
  '127.0.0.0/8',
  '169.254.0.0/16', // link-local, home of cloud metadata endpoints
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.88.99.0/24', // deprecated 6to4 relay anycast
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4', // multicast
  '240.0.0.0/4',
  '255.255.255.255/32',
]);

const REFUSED_V6 = rangeList([
  '::/128',
  '::1/128',
  '::/96', // deprecated IPv4-compatible form; never a legitimate destination

  '64:ff9b::/96', // NAT64 would reach arbitrary IPv4, private ranges included
  '2001::/23', // IETF protocol assignments, including Teredo tunnels
  '2001:db8::/32',
  '3fff::/20', // documentation
  'fc00::/7',
  'fe80::/10',
  'ff00::/8',
]);

/** Everything outside 2000::/3 is unassigned or special purpose, so only this block can be public unicast. */
const V6_GLOBAL_UNICAST = rangeList(['2000::/3'])[0]!;
const SIX_TO_FOUR = rangeList(['2002::/16'])[0]!;

const matchesAny = (ip: IpValue, ranges: readonly IpRange[]) => ranges.some((range) => inRange(ip, range));

/**
 * True unless `ip` is a public unicast address. Anything that is not a strictly formatted IP
 * address is refused too, so a caller can never be talked past the check by unusual notation.
 */
export function isRefusedAddress(address: string): boolean {
  const parsed = parseIp(address);
  if (!parsed) return true;
  const ip = unmapIpv4(parsed);
  if (ip.version === 4) return matchesAny(ip, REFUSED_V4);
  if (!inRange(ip, V6_GLOBAL_UNICAST) || matchesAny(ip, REFUSED_V6)) return true;
  // 6to4 addresses are routed to the IPv4 address embedded in bits 16..47.
  if (inRange(ip, SIX_TO_FOUR)) return matchesAny({ version: 4, value: (ip.value >> 80n) & 0xffffffffn }, REFUSED_V4);
  return false;
}
