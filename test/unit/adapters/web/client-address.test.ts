import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressKey } from '../../../../adapters/web/client-address.ts';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('clientAddressKey', () => {
  it('keys IPv4 by address, IPv4-mapped IPv6 as IPv4, and IPv6 by its /64', () => {
    expect([
      clientAddressKey(request('203.0.113.7')),
      clientAddressKey(request('::ffff:203.0.113.7')),
      clientAddressKey(request('2001:db8:0:1:aaaa::1')),
      clientAddressKey(request('2001:DB8:0:1:bbbb:cccc:dddd:eeee')),
      clientAddressKey(request('2001:db8::1')),
      clientAddressKey(request('fe80::1%eth0')),
      clientAddressKey(request('64:ff9b::192.0.2.1')),
    ]).toEqual(['203.0.113.7', '203.0.113.7', '2001:db8:0:1::/64', '2001:db8:0:1::/64', '2001:db8:0:0::/64', 'fe80:0:0:0::/64', '64:ff9b:0:0::/64']);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddressKey(request('203.0.113.7', '198.51.100.1'))).toBe('203.0.113.7');
    expect(clientAddressKey(request('203.0.113.7', '198.51.100.1'), ['10.0.0.1'])).toBe('203.0.113.7');
  });

  it('behind trusted proxies, takes the nearest untrusted hop and stops at a malformed one', () => {
    const proxies = ['10.0.0.1', '10.0.0.2'];
    expect(clientAddressKey(request('::ffff:10.0.0.1', '198.51.100.9, 198.51.100.1, 10.0.0.2'), proxies)).toBe('198.51.100.1');
    expect(clientAddressKey(request('10.0.0.1', 'nonsense, 10.0.0.2'), proxies)).toBe('10.0.0.1');
    expect(clientAddressKey(request('10.0.0.1'), proxies)).toBe('10.0.0.1');
  });
});
