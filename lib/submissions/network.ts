import { isIP } from 'node:net';

/** The client address the server saw (first hop of x-forwarded-for, as set by Next's server or a proxy). */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const real = headers.get('x-real-ip')?.trim();
  const ip = forwarded || real || '';
  return isIP(ip.replace(/^::ffff:/, '')) ? ip.replace(/^::ffff:/, '') : 'unknown';
}

/** IPv4 truncated to /24, IPv6 to /48: enough to investigate abuse, not enough to single a person out. */
export function truncateIp(ip: string): string | null {
  if (isIP(ip) === 4) return ip.replace(/\.\d+$/, '.0');
  if (isIP(ip) === 6) {
    const groups = ip.split('::')[0]?.split(':') ?? [];
    return `${groups.slice(0, 3).join(':')}::/48`;
  }
  return null;
}
