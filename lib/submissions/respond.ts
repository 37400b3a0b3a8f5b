import { messagesFor } from '../messages';
import type { Outcome, Refusal } from './handle';

/** A complete HTML page and the headers it must be served with (its Content-Security-Policy above all). */
export type HtmlPage = { html: string; headers: Record<string, string> };

/** Renders the page a visitor without JavaScript sees when a submission is refused; `back` links to the form. */
export type RefusalPage = (refusal: Refusal, back: string | null) => Promise<HtmlPage>;

export function corsHeaders(origin: string | null, allowed: boolean): Record<string, string> {
  if (!origin || !allowed) return { Vary: 'Origin' };
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Accept',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

/** The record hash the thank-you page shows (`?proof=`), when it is one: 64 hex digits, nothing else. */
export function proofOf(url: URL): string | null {
  const proof = url.searchParams.get('proof');
  return proof && /^[0-9a-f]{64}$/.test(proof) ? proof : null;
}

const safeBack = (page: string | null) => (page && /^https?:\/\//.test(page) ? page : null);

/** JSON for the snippet's script and API clients; a redirect or an HTML page for forms posted without JavaScript. */
export async function respond(
  outcome: Outcome,
  wantsJson: boolean,
  cors: Record<string, string>,
  referer: string | null,
  refusalPage: RefusalPage,
): Promise<Response> {
  if (wantsJson) {
    const body = outcome.ok
      ? {
          ok: true,
          data: {
            receipt: outcome.receipt,
            replayed: outcome.replayed,
            record: outcome.record,
            message: messagesFor(outcome.lang).form.thanks,
          },
        }
      : {
          ok: false,
          error: outcome.error,
          ...(outcome.fieldErrors ? { fieldErrors: outcome.fieldErrors } : {}),
        };
    const headers: Record<string, string> = { ...cors, 'Cache-Control': 'no-store' };
    if (!outcome.ok && outcome.retryAfter) headers['Retry-After'] = String(outcome.retryAfter);
    return Response.json(body, { status: outcome.status, headers });
  }
  if (outcome.ok) {
    const back = safeBack(outcome.page) ?? safeBack(referer);
    const query = new URLSearchParams({
      lang: outcome.lang,
      receipt: outcome.receipt,
      ...(outcome.record ? { proof: outcome.record.hash } : {}),
      ...(back ? { back } : {}),
    });
    return new Response(null, {
      status: 303,
      headers: { ...cors, Location: `/f/${outcome.formId}/thanks?${query}` },
    });
  }
  const shown = outcome.pageError ? { ...outcome, error: outcome.pageError } : outcome;
  const page = await refusalPage(shown, safeBack(referer));
  const headers: Record<string, string> = { ...cors, ...page.headers, 'Cache-Control': 'no-store' };
  if (outcome.retryAfter) headers['Retry-After'] = String(outcome.retryAfter);
  return new Response(page.html, { status: outcome.status, headers });
}
