import { createHash } from 'node:crypto';
import type { Lang } from '../form';
import { escapeHtml as e } from '../html/escape';
import type { PublishedVersion } from '../publishing/versions';
import type { EmbedMode } from '../submissions/payload';
import { FORM_TEXT } from './labels';
import { embedParts } from './snippet';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export type HtmlDocument = { html: string; headers: Record<string, string> };

/** A complete page with a strict Content-Security-Policy: only its own inline style and script, by hash. */
function document(lang: Lang, title: string, body: string, css: string, script?: string, framable = false): HtmlDocument {
  const base = `body{margin:0;padding:1.5rem;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24}main{max-width:40rem;margin:0 auto}a{color:#0b5cad}`;
  const styles = `${base}${css}`;
  const csp = [
    "default-src 'none'",
    `style-src ${sha(styles)}`,
    script ? `script-src ${sha(script)}` : "script-src 'none'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${framable ? '*' : "'self'"}`,
  ].join('; ');
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="strict-origin-when-cross-origin"><title>${e(title)}</title><style>${styles}</style></head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
  return { html, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' } };
}

/** The hosted form page (/f/[id]), also what the iframe shows. */
export function hostedFormPage(version: PublishedVersion, appUrl: string, lang: Lang, mode: Extract<EmbedMode, 'hosted' | 'iframe'>): HtmlDocument {
  const p = embedParts(version, { appUrl, lang, mode });
  const title = version.definition.title;
  const heading = mode === 'hosted' ? `<h1>${e(title)}</h1>` : '';
  return document(lang, title, `<main>${heading}<div id="${p.rootId}">${p.body}</div></main>`, p.css, p.script, true);
}

export function thanksPage(lang: Lang, receipt: string, back: string | null): HtmlDocument {
  const t = FORM_TEXT[lang];
  const link = back ? `<p><a href="${e(back)}">${lang === 'fr' ? 'Revenir à la page précédente' : 'Back to the previous page'}</a></p>` : '';
  const body = `<main><h1>${lang === 'fr' ? 'Merci' : 'Thank you'}</h1><p>${t.thanks}</p><p>${lang === 'fr' ? 'Numéro de reçu' : 'Receipt number'} : <code>${e(receipt)}</code></p>${link}</main>`;
  return document(lang, lang === 'fr' ? 'Merci' : 'Thank you', body, 'code{font-size:.9rem}');
}

/** The full notice of one version, at its stable address. */
export function noticePage(version: PublishedVersion, lang: Lang): HtmlDocument | undefined {
  const notice = version.notices[lang];
  if (!notice) return undefined;
  const other = version.definition.languages.find((l) => l !== lang);
  const switcher = other ? `<p><a href="?lang=${other}" hreflang="${other}">${other === 'fr' ? 'Version française' : 'English version'}</a></p>` : '';
  const meta = `<p class="meta">${lang === 'fr' ? 'Version' : 'Version'} ${version.version} · ${lang === 'fr' ? 'empreinte' : 'fingerprint'} <code>${e(version.noticeHashes[lang] ?? '')}</code></p>`;
  return document(lang, version.definition.title, `<main>${switcher}${notice.full}${meta}</main>`, '.meta{color:#57606a;font-size:.85rem;word-break:break-all}');
}
