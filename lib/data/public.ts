import 'server-only';
import { getStore } from '../db';
import { LANGS, type EmbedMode, type Lang } from '../form';
import { formRepository } from '../forms/repository';
import { messagesFor } from '../messages';
import { versionRepository, type PublishedVersion } from '../publishing/versions';

/** What a public page shows, or the reason it cannot (worded for the visitor, in `lang`). */
export type Found<T> =
  ({ ok: true; lang: Lang } & T) | { ok: false; lang: Lang; error: string; status?: 404 | 410 };

/**
 * The language asked for in `?lang=` when the version is published in it; else the version's first language;
 * with no version, `browser` (the visitor's, from Accept-Language; French by default).
 */
export function langOf(
  value: string | null,
  version?: PublishedVersion,
  browser: Lang = 'fr',
): Lang {
  const wanted = LANGS.find((lang) => lang === value);
  return wanted && (!version || version.definition.languages.includes(wanted))
    ? wanted
    : (version?.definition.languages[0] ?? browser);
}

/** The hosted form (/f/[id]): the latest version, shown on its own page or inside an iframe (`?embed=iframe`). */
export async function hostedForm(
  url: URL,
  formId: string,
  browser?: Lang,
): Promise<Found<{ version: PublishedVersion; mode: Extract<EmbedMode, 'hosted' | 'iframe'> }>> {
  const store = await getStore();
  const version = await versionRepository(store).latest(formId);
  const lang = langOf(url.searchParams.get('lang'), version, browser);
  if (!version) return { ok: false, lang, error: messagesFor(lang).pages.formUnpublished };
  if ((await formRepository(store).embedSettings(formId))?.archived)
    return { ok: false, lang, error: messagesFor(lang).pages.formClosed, status: 410 };
  const mode = url.searchParams.get('embed') === 'iframe' ? 'iframe' : 'hosted';
  return { ok: true, lang, version, mode };
}

/** The thank-you page after a submission without JavaScript: the receipt, and a link back to web pages only. */
export function thanksOf(url: URL): { lang: Lang; receipt: string; back: string | null } {
  const back = url.searchParams.get('back');
  return {
    lang: langOf(url.searchParams.get('lang')),
    receipt: (url.searchParams.get('receipt') ?? '').slice(0, 100),
    back: back && /^https?:\/\//.test(back) ? back : null,
  };
}

/** The full notice of a version (the latest when `version` is undefined), at its stable address. */
export async function noticeOf(
  url: URL,
  formId: string,
  version: string | undefined,
  browser?: Lang,
): Promise<Found<{ version: PublishedVersion; full: string; fingerprint: string }>> {
  const versions = versionRepository(await getStore());
  const found =
    version === undefined
      ? await versions.latest(formId)
      : /^\d+$/.test(version)
        ? await versions.get(formId, Number(version))
        : undefined;
  const lang = langOf(url.searchParams.get('lang'), found, browser);
  const m = messagesFor(lang).pages;
  if (!found) return { ok: false, lang, error: m.noticeMissing };
  const notice = found.notices[lang];
  if (!notice) return { ok: false, lang, error: m.noticeLanguageMissing };
  return {
    ok: true,
    lang,
    version: found,
    full: notice.full,
    fingerprint: found.noticeHashes[lang] ?? '',
  };
}
