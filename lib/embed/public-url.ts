/** The app's public address: CONFORME_PUBLIC_URL behind a proxy, else the address the request came to. */
export function publicUrl(request: Request): string {
  return process.env.CONFORME_PUBLIC_URL?.replace(/\/$/, '') ?? new URL(request.url).origin;
}

/** The same, from the headers a page or server action sees. */
export function publicUrlFromHeaders(h: Headers): string {
  return (
    process.env.CONFORME_PUBLIC_URL?.replace(/\/$/, '') ??
    `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host') ?? 'localhost:3000'}`
  );
}
