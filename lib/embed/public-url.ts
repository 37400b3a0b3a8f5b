/** The app's public address: CONFORME_PUBLIC_URL behind a proxy, else the address the request came to. */
export function publicUrl(request: Request): string {
  // The Host header, as for pages (publicUrlFromHeaders): `next start` builds request.url from the address
  // it listens on (`localhost`), not from the one the visitor used, so a hosted form rendered from it would
  // post to another origin, which its own Content-Security-Policy (connect-src 'self') blocks.
  return publicUrlFromHeaders(request.headers);
}

/** The same, from the headers a page or server action sees. */
export function publicUrlFromHeaders(h: Headers): string {
  return (
    process.env.CONFORME_PUBLIC_URL?.replace(/\/$/, '') ??
    `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host') ?? 'localhost:3000'}`
  );
}
