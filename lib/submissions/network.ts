import { BlockList, isIP } from 'node:net';

/**
 * Which hops in front of the app are proxies it trusts to say who the client is (CONFORME_TRUSTED_PROXIES):
 * a number of hops (`1`: one load balancer in front), or addresses and ranges
 * (`127.0.0.1, 10.0.0.0/8, fd00::/8`). Nothing is trusted by default: the client is the socket's peer.
 */
export type TrustedProxies = { hops: number } | { list: BlockList; empty: boolean };

const bare = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.)/i, '');
const family = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** Parses CONFORME_TRUSTED_PROXIES; an entry that is neither an address nor a range is an error, by name. */
export function trustedProxies(setting = ''): TrustedProxies {
  const value = setting.trim();
  if (/^\d+$/.test(value)) return { hops: Number(value) };
  const list = new BlockList();
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const ip = bare(address);
    const bits = Number(prefix);
    if (!isIP(ip) || (prefix !== undefined && !(Number.isInteger(bits) && bits >= 0)))
      throw new Error(
        `CONFORME_TRUSTED_PROXIES: "${entry}" is not an address, a range (10.0.0.0/8) or a number of hops`,
      );
    if (prefix === undefined) list.addAddress(ip, family(ip));
    else list.addSubnet(ip, bits, family(ip));
  }
  return { list, empty: entries.length === 0 };
}

let fromEnv: { setting: string | undefined; trusted: TrustedProxies } | undefined;
/** The deployment's setting, parsed once (and again if the variable changes, as in tests). */
function configured(): TrustedProxies {
  const setting = process.env.CONFORME_TRUSTED_PROXIES;
  if (fromEnv !== undefined && fromEnv.setting === setting) return fromEnv.trusted;
  const trusted = trustedProxies(setting);
  fromEnv = { setting, trusted };
  return trusted;
}

const valid = (address: string | undefined) =>
  address !== undefined && isIP(bare(address)) ? bare(address) : 'unknown';

/**
 * The client's address. `peer` is the address of whoever opened the connection (the socket), when the
 * server can see it (`npm start`). Headers that name earlier hops (x-forwarded-for) are written by whoever
 * sent them, so they count only when the peer is a trusted proxy; then the client is the right-most hop
 * that is not itself trusted (a trusted proxy appends the address it saw; anything left of it may be
 * forged). Without a peer (the route served by Next itself, `next dev`), the nearest recorded hop is used:
 * Next writes the socket's address there when the client sent none.
 */
export function clientAddress(
  headers: Headers,
  peer: string | null = null,
  trusted: TrustedProxies = configured(),
): string {
  return clientOf(headers.get('x-forwarded-for'), peer, trusted);
}

/** The same, from the x-forwarded-for header's value as the connection sent it. */
export function clientOf(
  forwardedFor: string | null | undefined,
  peer: string | null,
  trusted: TrustedProxies = configured(),
): string {
  const forwarded = (forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = peer === null ? forwarded : [...forwarded, peer];
  if ('hops' in trusted) return valid(chain[Math.max(0, chain.length - 1 - trusted.hops)]);
  if (peer !== null && (trusted.empty || !isTrusted(trusted.list, peer))) return valid(peer);
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i] ?? '';
    if (!isTrusted(trusted.list, hop)) return valid(hop);
  }
  return valid(chain[0]);
}

const isTrusted = (list: BlockList, address: string) => {
  const ip = bare(address);
  return isIP(ip) !== 0 && list.check(ip, family(ip));
};

/** IPv4 truncated to /24, IPv6 to /48: enough to investigate abuse, not enough to single a person out. */
export function truncateIp(ip: string): string | null {
  if (isIP(ip) === 4) return ip.replace(/\.\d+$/, '.0');
  if (isIP(ip) === 6) {
    const groups = ip.split('::')[0]?.split(':') ?? [];
    return `${groups.slice(0, 3).join(':')}::/48`;
  }
  return null;
}
