import { isIP } from 'node:net';

/**
 * Whether session cookies may be `Secure` (and `__Secure-` prefixed) for a request. A browser drops a Secure
 * cookie set over plain HTTP on any host but localhost, so a team opening `http://<server address>:3000` on an
 * intranet would be sent back to sign-in with no message. The public URL decides when it is configured
 * (CONFORME_PUBLIC_URL); otherwise the request does, through x-forwarded-proto as the rest of the app reads it
 * (Next's server sets it to the socket's protocol unless a proxy already did). A client that lies in that
 * header only changes its own cookies.
 */
export function secureCookiesFor(h: Headers, publicUrl = process.env.CONFORME_PUBLIC_URL): boolean {
  if (publicUrl) return publicUrl.startsWith('https://');
  return h.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** The host name of the Host header, without the port. */
const hostname = (h: Headers) =>
  (h.get('host') ?? '')
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();

/**
 * Whether passwords and sessions cross a network in clear: plain HTTP on any host but the machine itself
 * (localhost, 127.0.0.0/8, ::1), where nothing leaves the computer.
 */
export function unencryptedOnNetwork(h: Headers, publicUrl = process.env.CONFORME_PUBLIC_URL) {
  if (secureCookiesFor(h, publicUrl)) return false;
  const host = hostname(h);
  return !(
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    (isIP(host) === 4 && host.startsWith('127.'))
  );
}

const warned = new Set<string>();
/** Host names are the client's to write: past this many, no more lines (nor memory) for new ones. */
const MAX_WARNED_HOSTS = 16;

/** One server log line per host reached over plain HTTP, so the warning is seen without flooding the log. */
export function logUnencrypted(h: Headers): void {
  const host = h.get('host') ?? 'unknown host';
  if (warned.has(host) || warned.size >= MAX_WARNED_HOSTS || !unencryptedOnNetwork(h)) return;
  warned.add(host);
  console.warn(
    `conforme: sign-in at http://${host} is not encrypted: passwords and session cookies cross the network in clear, and cookies are not marked Secure. Serve Conforme over HTTPS and set CONFORME_PUBLIC_URL=https://…`,
  );
}
