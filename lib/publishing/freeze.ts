import type { FormDefinition, Lang } from '../form';
import { renderFormHtml } from '../embed/form-html';
import { noticePath } from '../embed/paths';
import { buildNotice, renderHtml } from '../notice';
import { hashOf, sha256 } from '../proof/canonical';

export type Notices = Partial<Record<Lang, { short: string; full: string }>>;
export type Frozen = {
  definitionHash: string;
  notices: Notices;
  noticeHashes: Partial<Record<Lang, string>>;
  formHashes: Partial<Record<Lang, string>>;
};

/**
 * Freezes what visitors of a version see: the notices (short and full, per language) and the rendered form,
 * each with its hash. The form is hashed as rendered with the app-relative notice link, so the hash does not
 * depend on where the app is hosted.
 */
export function freeze(def: FormDefinition, formId: string, version: number): Frozen {
  const notices: Notices = {};
  const noticeHashes: Frozen['noticeHashes'] = {};
  const formHashes: Frozen['formHashes'] = {};
  for (const lang of def.languages) {
    const url = noticePath(formId, version, lang);
    const short = renderHtml(buildNotice(def, { lang, layer: 'short', noticeUrl: url }));
    const full = renderHtml(buildNotice(def, { lang, layer: 'full' }));
    notices[lang] = { short, full };
    noticeHashes[lang] = sha256(`${short}\n${full}`);
    formHashes[lang] = sha256(renderFormHtml(def, { lang, noticeUrl: url }));
  }
  return { definitionHash: hashOf(def), notices, noticeHashes, formHashes };
}
