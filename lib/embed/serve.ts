import 'server-only';
import { getStore } from '../db';
import type { Lang } from '../form';
import { versionRepository, type PublishedVersion } from '../publishing/versions';
import { hostedFormPage, noticePage, thanksPage, type HtmlDocument } from './documents';
import { publicUrl } from './public-url';


const langOf = (value: string | null, version?: PublishedVersion): Lang => {
  const wanted = value === 'en' || value === 'fr' ? value : undefined;
  return wanted && (!version || version.definition.languages.includes(wanted)) ? wanted : (version?.definition.languages[0] ?? 'fr');
};

const html = (doc: HtmlDocument, status = 200) => new Response(doc.html, { status, headers: doc.headers });
const notFound = (what: string) => new Response(`${what}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function serveHostedForm(request: Request, formId: string): Promise<Response> {
  const url = new URL(request.url);
  const version = await versionRepository(await getStore()).latest(formId);
  if (!version) return notFound('This form is not published.');
  const mode = url.searchParams.get('embed') === 'iframe' ? 'iframe' : 'hosted';
  return html(hostedFormPage(version, publicUrl(request), langOf(url.searchParams.get('lang'), version), mode));
}

export function serveThanks(request: Request): Response {
  const url = new URL(request.url);
  const back = url.searchParams.get('back');
  const receipt = url.searchParams.get('receipt') ?? '';
  return html(thanksPage(langOf(url.searchParams.get('lang')), receipt.slice(0, 100), back && /^https?:\/\//.test(back) ? back : null));
}

export async function serveNotice(request: Request, formId: string, version: string | undefined): Promise<Response> {
  const versions = versionRepository(await getStore());
  const found = version === undefined ? await versions.latest(formId) : /^\d+$/.test(version) ? await versions.get(formId, Number(version)) : undefined;
  if (!found) return notFound('No published notice at this address.');
  const doc = noticePage(found, langOf(new URL(request.url).searchParams.get('lang'), found));
  return doc ? html(doc) : notFound('No notice in this language.');
}
