import { describe, expect, it } from 'vitest';
import { addressKey, waitText } from './rate-limits.ts';

describe('addressKey', () => {
  it('counts an IPv4 address (also written IPv4-mapped) as itself', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  it('counts every address of one IPv6 /64 network as one, however it is written', () => {
    const key = '2001:db8:ab:12::/64';
    expect(addressKey('2001:db8:ab:12::1')).toBe(key);
    expect(addressKey('2001:0db8:00ab:0012:dead:beef:0:7')).toBe(key);
    expect(addressKey('2001:DB8:AB:12:ffff:ffff:ffff:ffff')).toBe(key);
    expect(addressKey('2001:db8:ab:13::1')).not.toBe(key);
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('1::2:3:4:5:6.7.8.9')).toBe('1:0:2:3::/64');
  });
});

describe('waitText', () => {
  it('says the wait rounded up, in seconds, minutes or hours, in the caller’s language', () => {
    expect(waitText('en', 400)).toBe('1 second');
    expect(waitText('en', 44_100)).toBe('45 seconds');
    expect(waitText('vi', 14 * 60_000 + 1)).toBe('15 phút');
    expect(waitText('en', 2 * 3_600_000)).toBe('2 hours');
  });
});
