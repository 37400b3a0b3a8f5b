import { publicTitleOf, type EmbedMode, type Lang } from '@/lib/form';
import { embedParts } from '@/lib/embed/snippet';
import { fill, messagesFor, referenceOf } from '@/lib/messages';
import type { PublishedVersion } from '@/lib/publishing/versions';
import type { RefusalPage } from '@/lib/submissions/respond';
import { renderPage } from './document';

/**
 * The hosted form page (/f/[id]), also what the iframe shows. `parent`: in the iframe, the page that frames
 * it (the frame's Referer), written into the form so that a visitor without JavaScript is led back to it.
 */
export function hostedFormPage(
  page: { version: PublishedVersion; lang: Lang; mode: Extract<EmbedMode, 'hosted' | 'iframe'> },
  appUrl: string,
  parent?: string,
) {
  const { version, lang, mode } = page;
  const p = embedParts(version, { appUrl, lang, mode, page: parent });
  const title = publicTitleOf(version.definition, lang);
  return renderPage({
    lang,
    title,
    css: p.css,
    script: p.script,
    framable: true,
    children: (
      <main>
        {mode === 'hosted' ? <h1>{title}</h1> : null}
        {/* The form from our own escaping renderer (lib/embed), as the snippet carries it. */}
        <div id={p.rootId} dangerouslySetInnerHTML={{ __html: p.body }} />
      </main>
    ),
  });
}

/** Where a visitor without JavaScript lands once the submission is recorded. */
export function thanksPage({
  lang,
  receipt,
  proof,
  back,
  framed,
}: {
  lang: Lang;
  receipt: string;
  /** The hash of the submission's consent record in the ledger. */
  proof: string | null;
  back: string | null;
  /** Shown inside the iframe embed: the way back leaves the frame for the page that holds it. */
  framed: boolean;
}) {
  const m = messagesFor(lang);
  return renderPage({
    lang,
    title: m.pages.thanksTitle,
    css: 'code{font-size:.9rem}.proof{word-break:break-all}',
    framable: true,
    children: (
      <main>
        <h1>{m.pages.thanksTitle}</h1>
        <p>
          {m.form.thanks}
          {receipt ? ` ${fill(m.form.reference, { reference: referenceOf(receipt) })}` : null}
        </p>
        {proof ? (
          <p>
            {m.pages.proofHash} <code className="proof">{proof}</code>
            <br />
            {m.pages.proofHashHint}
          </p>
        ) : null}
        {back ? (
          <p>
            <a href={back} target={framed ? '_top' : undefined}>
              {m.pages.backToPage}
            </a>
          </p>
        ) : null}
      </main>
    ),
  });
}

/** The full notice of one version, at its stable address, with its fingerprint. */
export function noticePage({
  version,
  lang,
  full,
  fingerprint,
}: {
  version: PublishedVersion;
  lang: Lang;
  full: string;
  fingerprint: string;
}) {
  const other = version.definition.languages.find((l) => l !== lang);
  return renderPage({
    lang,
    title: publicTitleOf(version.definition, lang),
    css: '.meta{color:#57606a;font-size:.85rem;word-break:break-all}',
    children: (
      <main>
        {other ? (
          <p>
            <a href={`?lang=${other}`} hrefLang={other} lang={other}>
              {messagesFor(other).pages.thisLanguage}
            </a>
          </p>
        ) : null}
        {/* The notice as frozen at publication, from our own escaping renderer (lib/notice). */}
        <div dangerouslySetInnerHTML={{ __html: full }} />
        <p className="meta">
          {fill(messagesFor(lang).pages.noticeMeta, { version: version.version })}{' '}
          <code>{fingerprint}</code>
        </p>
      </main>
    ),
  });
}

/** What a visitor without JavaScript sees when the submission is refused: why, each field's problem, a way back. */
export const refusalPage: RefusalPage = (refusal, back) => {
  const m = messagesFor(refusal.lang).pages;
  const problems = Object.entries(refusal.fieldErrors ?? {});
  return renderPage({
    lang: refusal.lang,
    title: m.refusedTitle,
    css: '',
    framable: true,
    children: (
      <main>
        <h1>{m.refusedHeading}</h1>
        <p>{refusal.error}</p>
        {problems.length ? (
          <ul>
            {problems.map(([name, message]) => (
              <li key={name}>{message}</li>
            ))}
          </ul>
        ) : null}
        {back ? (
          <p>
            <a href={back}>{m.backToForm}</a>
          </p>
        ) : null}
      </main>
    ),
  });
};

/** A form or notice that is not (or no longer) published, in the language asked for or the browser's. */
export function missingPage(lang: Lang, reason: string, closed = false) {
  const m = messagesFor(lang).pages;
  // A closed (archived) form is there, but takes nothing more: its page says so, without "not found".
  const title = closed ? m.closedTitle : m.missingTitle;
  return renderPage({
    lang,
    title,
    css: '.reason{font-size:1.15rem}.hint{color:#57606a}',
    framable: true,
    children: (
      <main>
        <h1>{title}</h1>
        <p className="reason">{reason}</p>
        {closed ? null : <p className="hint">{m.missingHint}</p>}
      </main>
    ),
  });
}
