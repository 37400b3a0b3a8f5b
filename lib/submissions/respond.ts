import { escapeHtml as e } from '../html/escape';
import { FORM_TEXT } from '../embed/labels';
import type { Outcome } from './handle';

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

const safeBack = (page: string | null) => (page && /^https?:\/\//.test(page) ? page : null);

function errorPage(outcome: Extract<Outcome, { ok: false }>, back: string | null): string {
  const fr = outcome.lang === 'fr';
  const items = Object.values(outcome.fieldErrors ?? {}).map((m) => `<li>${e(m)}</li>`).join('');
  const link = back ? `<p><a href="${e(back)}">${fr ? 'Revenir au formulaire' : 'Back to the form'}</a></p>` : '';
  return `<!doctype html><html lang="${outcome.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${fr ? 'Envoi refusé' : 'Submission refused'}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><main><h1>${fr ? 'Votre envoi n’a pas été enregistré' : 'Your submission was not recorded'}</h1><p>${e(outcome.error)}</p>${items ? `<ul>${items}</ul>` : ''}${link}</main></body></html>`;
}

/** JSON for the snippet's script and API clients; a redirect or an HTML page for forms posted without JavaScript. */
export function respond(outcome: Outcome, wantsJson: boolean, cors: Record<string, string>, referer: string | null): Response {
  if (wantsJson) {
    const body = outcome.ok
      ? { ok: true, data: { receipt: outcome.receipt, replayed: outcome.replayed, message: FORM_TEXT[outcome.lang].thanks } }
      : { ok: false, error: outcome.error, ...(outcome.fieldErrors ? { fieldErrors: outcome.fieldErrors } : {}) };
    const headers: Record<string, string> = { ...cors, 'Cache-Control': 'no-store' };
    if (!outcome.ok && outcome.retryAfter) headers['Retry-After'] = String(outcome.retryAfter);
    return Response.json(body, { status: outcome.status, headers });
  }
  if (outcome.ok) {
    const back = safeBack(outcome.page) ?? safeBack(referer);
    const query = new URLSearchParams({ lang: outcome.lang, receipt: outcome.receipt, ...(back ? { back } : {}) });
    return new Response(null, { status: 303, headers: { ...cors, Location: `/f/${outcome.formId}/thanks?${query}` } });
  }
  return new Response(errorPage(outcome, safeBack(referer)), { status: outcome.status, headers: { ...cors, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
