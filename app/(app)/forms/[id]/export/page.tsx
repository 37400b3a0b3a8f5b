import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SnippetPageForm } from '@/components/export/snippet-page-form';
import { CopyField } from '@/components/forms/copy-field';
import { EmbedSettingsForm } from '@/components/forms/embed-settings-form';
import { FormNav } from '@/components/forms/form-nav';
import { can } from '@/lib/auth/roles';
import { LintBadge } from '@/components/forms/lint-badge';
import { PublishPanel } from '@/components/forms/publish-panel';
import { requireAccess } from '@/lib/auth/access';
import { refusalFor } from '@/lib/auth/roles';
import { lint, summarize } from '@/lib/compliance';
import { cspFragment, snippetCspDirectives } from '@/lib/embed/csp';
import { publicUrlFromHeaders } from '@/lib/embed/public-url';
import { pageUrlOf, renderIframe, renderSnippet } from '@/lib/embed/snippet';
import { formOrNotFound } from '@/lib/data';
import { LANGUAGE_NAMES } from '@/lib/form';
import { formatDateTime } from '@/lib/intl/format';
import { hashOf } from '@/lib/proof/canonical';
import { publishForm, saveEmbedSettings } from '../../actions';

export const metadata: Metadata = { title: 'Publish and export' };

export default async function ExportPage({
  params,
  searchParams,
}: PageProps<'/forms/[id]/export'>) {
  const actor = await requireAccess('forms:read');
  const { id } = await params;
  const scoped = await formOrNotFound(actor, id);
  const [form, settings, latest, history] = await Promise.all([
    scoped.get(),
    scoped.embedSettings(),
    scoped.versions.latest(),
    scoped.versions.list(),
  ]);
  if (!form || !settings) notFound();
  const counts = summarize(lint(form.definition));
  const url = publicUrlFromHeaders(await headers());
  const asked = (await searchParams).page;
  const page = pageUrlOf(typeof asked === 'string' ? asked : undefined);
  const unpublishedChanges =
    latest !== undefined && hashOf(form.definition) !== latest.definitionHash;

  return (
    <>
      <h1>{form.title}</h1>
      <FormNav id={id} current="/export" submissions={can(actor.role, 'proofs:read')} />
      <section className="panel" aria-labelledby="publish-title">
        <h2 id="publish-title">Publish</h2>
        <p>
          Draft compliance: <LintBadge counts={counts} />. A published version is frozen: its
          definition, notices and their fingerprints never change; editing the form makes a new
          draft, and publishing again makes a new version.
        </p>
        {unpublishedChanges ? (
          <p className="notice-changes">
            The draft has changes that are not published yet: visitors still see version{' '}
            {latest.version}.
          </p>
        ) : null}
        <PublishPanel
          blocking={counts.blocking}
          next={(latest?.version ?? 0) + 1}
          publish={publishForm.bind(null, id)}
          refused={refusalFor(actor.role, 'forms:publish')}
        />
        {history.length ? (
          <table className="table">
            <caption className="sr-only">Published versions</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Published</th>
                <th scope="col">Notice</th>
                <th scope="col">Definition fingerprint</th>
              </tr>
            </thead>
            <tbody>
              {history.map((v) => (
                <tr key={v.version}>
                  <td>{v.version}</td>
                  <td>{formatDateTime(v.publishedAt)}</td>
                  <td>
                    <a href={`/n/${id}/${v.version}`}>Full notice</a>
                  </td>
                  <td>
                    <code>{v.definitionHash.slice(0, 16)}…</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="hint">Not published yet: the export appears once version 1 is published.</p>
        )}
      </section>

      <section className="panel" aria-labelledby="settings-title">
        <h2 id="settings-title">Where the form may be embedded</h2>
        <EmbedSettingsForm
          origins={settings.allowedOrigins}
          recordNetwork={settings.recordNetwork}
          save={saveEmbedSettings.bind(null, id)}
          refused={refusalFor(actor.role, 'forms:write')}
        />
      </section>

      {latest ? (
        <section className="panel" aria-labelledby="export-title">
          <h2 id="export-title">Export (version {latest.version})</h2>
          <p>
            Paste the HTML snippet into any page: it carries its own styles and a small script,
            loads nothing from elsewhere, and works with JavaScript off. Submissions are sent to
            this app, which records the page, the campaign and every consent given or refused.
          </p>
          <SnippetPageForm page={page} />
          {latest.definition.languages.map((lang) => (
            <div key={lang} className="export-lang">
              <h3>{LANGUAGE_NAMES[lang]}</h3>
              <CopyField
                label={`HTML snippet (${lang})`}
                value={renderSnippet(latest, { appUrl: url, lang, page })}
                rows={8}
              />
              <CopyField
                label={`Content-Security-Policy sources for the snippet (${lang})`}
                value={cspFragment(snippetCspDirectives(latest, { appUrl: url, lang }))}
                rows={3}
              />
              <p className="hint">
                If your site sends a Content-Security-Policy that forbids inline styles or scripts,
                add these sources to its directives of the same name (keep your own): they allow
                exactly this snippet&apos;s styles and script, which change with each version and
                language, and its submissions to this app. Without them the form still posts
                normally, unstyled, with its spam trap hidden.
              </p>
              <CopyField
                label={`Iframe (${lang})`}
                value={renderIframe(latest, { appUrl: url, lang })}
                rows={2}
              />
              <p>
                Hosted page: <a href={`/f/${id}?lang=${lang}`}>{`${url}/f/${id}?lang=${lang}`}</a> ·
                Full notice:{' '}
                <a
                  href={`/n/${id}/${latest.version}?lang=${lang}`}
                >{`${url}/n/${id}/${latest.version}?lang=${lang}`}</a>{' '}
                · <Link href={`/forms/${id}/test?lang=${lang}`}>Open the test page</Link>
              </p>
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}
