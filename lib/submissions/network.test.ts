import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientAddress, trustedProxies, truncateIp } from './network';

const forwarded = (value?: string) =>
  new Headers(value === undefined ? {} : { 'x-forwarded-for': value });

describe('the client address', () => {
  // [case, x-forwarded-for, socket peer, CONFORME_TRUSTED_PROXIES, expected client]
  const cases: [string, string | undefined, string | null, string, string][] = [
    ['no proxy: the socket peer', undefined, '203.0.113.9', '', '203.0.113.9'],
    ['no proxy: a forged header is ignored', '1.2.3.4', '203.0.113.9', '', '203.0.113.9'],
    ['no proxy: a forged list is ignored', '1.2.3.4, 5.6.7.8', '203.0.113.9', '', '203.0.113.9'],
    ['IPv4-mapped peer', undefined, '::ffff:203.0.113.9', '', '203.0.113.9'],
    [
      'trusted proxy: the hop it appended',
      '198.51.100.7',
      '10.0.0.2',
      '10.0.0.0/8',
      '198.51.100.7',
    ],
    [
      'trusted proxy: a forged hop left of the real one is ignored',
      '1.2.3.4, 198.51.100.7',
      '10.0.0.2',
      '10.0.0.0/8',
      '198.51.100.7',
    ],
    [
      'two trusted proxies: the right-most untrusted hop',
      '1.2.3.4, 198.51.100.7, 10.0.0.5',
      '10.0.0.2',
      '10.0.0.0/8',
      '198.51.100.7',
    ],
    [
      'an untrusted peer, even with a trusted list: the peer',
      '198.51.100.7',
      '203.0.113.9',
      '10.0.0.0/8',
      '203.0.113.9',
    ],
    ['trusted by address', '198.51.100.7', '127.0.0.1', '127.0.0.1, ::1', '198.51.100.7'],
    ['trusted IPv6 range', '2001:db8::7', 'fd00::1', 'fd00::/8', '2001:db8::7'],
    ['one trusted hop', '1.2.3.4, 198.51.100.7', '10.0.0.2', '1', '198.51.100.7'],
    ['two trusted hops', '1.2.3.4, 198.51.100.7, 10.0.0.5', '10.0.0.2', '2', '198.51.100.7'],
    ['more hops trusted than present: the first', '198.51.100.7', '10.0.0.2', '5', '198.51.100.7'],
    ['a trusted proxy forwarding garbage', 'not-an-ip', '10.0.0.2', '10.0.0.0/8', 'unknown'],
    ['no peer (Next route): the nearest hop', '1.2.3.4, 198.51.100.7', null, '', '198.51.100.7'],
    ['no peer and no header', undefined, null, '', 'unknown'],
  ];
  for (const [name, header, peer, setting, expected] of cases)
    it(name, () => {
      assert.equal(clientAddress(forwarded(header), peer, trustedProxies(setting)), expected);
    });

  it('reads CONFORME_TRUSTED_PROXIES from the environment', () => {
    const before = process.env.CONFORME_TRUSTED_PROXIES;
    try {
      delete process.env.CONFORME_TRUSTED_PROXIES;
      assert.equal(clientAddress(forwarded('1.2.3.4'), '127.0.0.1'), '127.0.0.1');
      process.env.CONFORME_TRUSTED_PROXIES = '127.0.0.1';
      assert.equal(clientAddress(forwarded('1.2.3.4'), '127.0.0.1'), '1.2.3.4');
    } finally {
      if (before === undefined) delete process.env.CONFORME_TRUSTED_PROXIES;
      else process.env.CONFORME_TRUSTED_PROXIES = before;
    }
  });

  it('refuses a setting it cannot read, naming the entry', () => {
    assert.throws(() => trustedProxies('10.0.0.0/8, proxy.internal'), /"proxy\.internal"/);
    assert.throws(() => trustedProxies('10.0.0.0/x'), /"10\.0\.0\.0\/x"/);
  });

  it('truncates addresses before they are kept', () => {
    assert.equal(truncateIp('198.51.100.77'), '198.51.100.0');
    assert.equal(truncateIp('2001:db8:85a3:8d3::7'), '2001:db8:85a3::/48');
    assert.equal(truncateIp('unknown'), null);
  });
});
