import { describe, expect, it } from 'vitest';
import { inRange, parseIp, parseRange, unmapRange } from './ip';

describe('parseIp', () => {
  it.each([
    ['1.2.3.4', 4, 0x01020304n],
    ['::', 6, 0n],
    ['::1', 6, 1n],
    ['1::', 6, 1n << 112n],
    ['2001:db8::8:800:200c:417a', 6, 0x20010db80000000000080800200c417an],
    ['::ffff:1.2.3.4', 6, 0xffff01020304n],
    ['::ffff:102:304', 6, 0xffff01020304n],
    ['fe80::1%eth0', 6, 0xfe800000000000000000000000000001n],
  ])('parses %j', (text, version, value) => {
    expect(parseIp(text)).toEqual({ version, value });
  });

  it.each(['', '1.2.3', '01.2.3.4', '1.2.3.256', ':::', 'example.com'])('rejects %j', (text) => {
    expect(parseIp(text)).toBeNull();
  });
});

describe('parseRange', () => {
  it('defaults to a single address and honours prefixes', () => {
    expect(parseRange('10.1.2.3')).toEqual({ version: 4, value: 0x0a010203n, prefix: 32 });
    const net = parseRange('10.0.0.0/8')!;
    expect(inRange(parseIp('10.255.0.1')!, net)).toBe(true);
    expect(inRange(parseIp('11.0.0.0')!, net)).toBe(false);
    expect(inRange(parseIp('::a00:1')!, net)).toBe(false);
  });

  it.each(['10.0.0.0/33', '::/129', '10.0.0.0/', '10.0.0.0/-1', '1.2.3.4/8/8', 'localhost/8'])('rejects %j', (text) => {
    expect(parseRange(text)).toBeNull();
  });

  it('turns IPv4-mapped ranges into IPv4 ones', () => {
    expect(unmapRange(parseRange('::ffff:127.0.0.0/104')!)).toEqual({ version: 4, value: 0x7f000000n, prefix: 8 });
    expect(unmapRange(parseRange('fe80::/10')!)).toEqual(parseRange('fe80::/10'));
  });
});
