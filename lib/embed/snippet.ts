import { ENVELOPE, type EmbedMode, type Lang } from '../form';
import { escapeHtml as e } from '../html/escape';
import { messagesFor } from '../messages';
import { renderFormHtml } from './form-html';
import { noticePath, submitPath, type EmbeddableVersion } from './paths';
import { embedScript } from './script';
import { formCss } from './styles';

export type EmbedOptions = {
  appUrl: string;
  lang: Lang;
  mode: EmbedMode;
  /**
   * The address of the page the form is on, written into the form for visitors without JavaScript (the script
   * writes the live address over it): their thank-you page links back to it. An http(s) URL or nothing.
   */
  page?: string;
};

/** An absolute http(s) address, or nothing: what may stand as the page a form is on. */
export function pageUrlOf(value: string | null | undefined): string | undefined {
  if (!value || value.length > 2000) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The element id of one form's embed: stable per form, so the styles and the script find their own form. */
export const rootIdOf = (formId: string) => `conforme-${formId.slice(0, 8)}`;

/** The pieces of an embedded form: markup, scoped stylesheet and inline script. */
export function embedParts(version: EmbeddableVersion, { appUrl, lang, mode, page }: EmbedOptions) {
  const rootId = rootIdOf(version.formId);
  const html = renderFormHtml(version.definition, {
    lang,
    action: `${appUrl}${submitPath(version.formId)}`,
    noticeUrl: `${appUrl}${noticePath(version.formId, version.version, lang)}`,
    idPrefix: rootId,
    hidden: {
      [ENVELOPE.version]: String(version.version),
      [ENVELOPE.lang]: lang,
      [ENVELOPE.embed]: mode,
      [ENVELOPE.page]: pageUrlOf(page) ?? '',
      [ENVELOPE.referrer]: '',
      [ENVELOPE.started]: '',
      [ENVELOPE.idempotency]: '',
    },
  });
  // The honeypot: a real input, submitted with the form and filled by naive bots, that people never see. It is
  // hidden by the `hidden` attribute (the browser's own display:none), not by CSS: a strict Content-Security-
  // Policy blocks style attributes, and a host may block our stylesheet. aria-hidden and tabindex keep it out
  // of assistive technology and keyboard order even if a host's CSS ever shows it; its label, in the form's
  // language, then asks people to leave it empty.
  const trap = `${rootId}-website`;
  const honeypot = `<div hidden aria-hidden="true"><label for="${trap}">${e(messagesFor(lang).form.trap)}</label><input id="${trap}" name="${ENVELOPE.honeypot}" type="text" tabindex="-1" autocomplete="off"></div>`;
  return {
    rootId,
    css: formCss(`#${rootId}`),
    body: html.replace('</form>', `${honeypot}</form>`),
    script: embedScript(rootId, lang, mode === 'iframe'),
  };
}

/** The HTML snippet a site pastes: one element with its scoped styles, the form and its inline script. */
export function renderSnippet(
  version: EmbeddableVersion,
  options: Omit<EmbedOptions, 'mode'>,
): string {
  const p = embedParts(version, { ...options, mode: 'snippet' });
  return `<!-- Conforme form ${version.formId}, version ${version.version} -->\n<div id="${p.rootId}" class="conforme-embed"><style>${p.css}</style>${p.body}<script>${p.script}</script></div>\n`;
}

export function renderIframe(
  version: EmbeddableVersion,
  { appUrl, lang }: Omit<EmbedOptions, 'mode' | 'page'>,
): string {
  const src = `${appUrl}/f/${version.formId}?lang=${lang}&embed=iframe`;
  // Sized by attributes, not a style attribute: a host whose CSP forbids inline styles would otherwise
  // shrink the frame to the browser's default 300 × 150 pixels. The page inside adapts to any width.
  // The frame's request carries the host page's full address (a host's default policy would send only its
  // origin), so the form inside knows the page it is on even without JavaScript, and links back to it.
  return `<iframe src="${src}" title="${messagesFor(lang).form.frameTitle}" width="640" height="768" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>\n`;
}
