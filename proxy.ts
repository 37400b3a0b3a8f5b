import { getSessionCookie } from 'better-auth/cookies';
import { NextResponse, type NextRequest } from 'next/server';

/**
 * Public: the landing page, sign-in and first run, invitations, what visitors of an embedded form load, and
 * review share links (/r/<token>, with their card; lib/review/shares.ts).
 */
const PUBLIC = [
  /^\/$/,
  /^\/sign-in$/,
  /^\/setup$/,
  /^\/invite\/[^/]+$/,
  /^\/f\/[^/]+(\/thanks)?$/,
  /^\/n\/[^/]+(\/\d+)?$/,
  /^\/api\/submit\/[^/]+$/,
  /^\/r\/[^/]+(\/opengraph-image[\w-]*)?$/,
  /^\/icon\.svg$/,
];

/**
 * A first, optimistic gate: without a session cookie, private pages redirect to sign-in and private API
 * routes answer 401. The real check (session validity and role) is requireAccess / accessForRequest.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC.some((re) => re.test(pathname))) return NextResponse.next();
  if (getSessionCookie(request, { cookiePrefix: 'conforme' })) return NextResponse.next();
  if (request.headers.get('authorization')?.startsWith('Bearer ')) return NextResponse.next();
  const api =
    pathname.startsWith('/api/') ||
    pathname.endsWith('/submissions/export') ||
    request.headers.get('accept')?.includes('application/json');
  if (api) return NextResponse.json({ ok: false, error: 'Sign in first.' }, { status: 401 });
  const url = request.nextUrl.clone();
  url.pathname = '/sign-in';
  url.search = `?next=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
