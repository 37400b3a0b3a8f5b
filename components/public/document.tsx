import { createHash } from 'node:crypto';
import type { ReactNode } from 'react';
import type { Lang } from '@/lib/form';
import type { HtmlPage } from '@/lib/submissions/respond';

const BASE_CSS = `body{margin:0;padding:1.5rem;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24}main{max-width:40rem;margin:0 auto}a{color:#0b5cad}`;

/** The CSP source that allows exactly this inline text. */
export const hashSource = (text: string) =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export type PageSpec = {
  lang: Lang;
  title: string;
  /** The page's own styles, after the shared ones. */
  css: string;
  /** The page's inline script, if any: our own code only. */
  script?: string;
  /** Whether other sites may frame the page (the hosted form in an iframe). */
  framable?: boolean;
  children: ReactNode;
};

/** Only its own inline style and script may run, each pinned by its hash; nothing is loaded from elsewhere. */
export function contentSecurityPolicy(
  styles: string,
  script: string | undefined,
  framable: boolean,
) {
  return [
    "default-src 'none'",
    `style-src ${hashSource(styles)}`,
    script ? `script-src ${hashSource(script)}` : "script-src 'none'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${framable ? '*' : "'self'"}`,
  ].join('; ');
}

function Document({
  lang,
  title,
  styles,
  script,
  children,
}: Pick<PageSpec, 'lang' | 'title' | 'script' | 'children'> & { styles: string }) {
  // React places the metadata and the stylesheet in the document's head, the charset first.
  return (
    <html lang={lang}>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width,initial-scale=1" />
      <meta name="referrer" content="strict-origin-when-cross-origin" />
      <title>{title}</title>
      {/* Our own stylesheet, byte for byte what the policy's hash allows. */}
      <style href="conforme-page" precedence="default">
        {styles}
      </style>
      <body>
        {children}
        {/* Our own script (lib/embed), byte for byte what the policy's hash allows. */}
        {script ? <script dangerouslySetInnerHTML={{ __html: script }} /> : null}
      </body>
    </html>
  );
}

/**
 * A complete public page (hosted form, thank-you page, notice, refusal) with a strict Content-Security-Policy,
 * its hashes computed from the exact style and script strings the page carries.
 */
export async function renderPage(spec: PageSpec): Promise<HtmlPage> {
  const styles = `${BASE_CSS}${spec.css}`;
  // Loaded when called: Next refuses a static import of react-dom/server in the server graph, where route
  // handlers live, although static markup is exactly what these handlers answer with.
  const { renderToStaticMarkup } = await import('react-dom/server');
  const markup = renderToStaticMarkup(
    <Document lang={spec.lang} title={spec.title} styles={styles} script={spec.script}>
      {spec.children}
    </Document>,
  );
  return {
    html: `<!doctype html>${markup}`,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy(styles, spec.script, spec.framable ?? false),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  };
}

export const htmlResponse = (page: HtmlPage, status = 200) =>
  new Response(page.html, { status, headers: page.headers });

export const notFoundText = (message: string, status = 404) =>
  new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
