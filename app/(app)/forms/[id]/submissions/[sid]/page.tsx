import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireAccess } from '@/lib/auth/access';
import { LANGUAGE_NAMES, type Lang } from '@/lib/form';
import { formOf, submissions, versions } from '@/lib/data/service';
import { formatDateTime } from '@/lib/intl/format';
import { chainHash } from '@/lib/proof/ledger';
import { UnreadableVersionError } from '@/lib/publishing/versions';

export const metadata: Metadata = { title: 'Proof of consent' };

export default async function ProofPage({ params }: PageProps<'/forms/[id]/submissions/[sid]'>) {
  const actor = await requireAccess('proofs:read');
  const { id, sid } = await params;
  if (!(await formOf(actor, id))) notFound();
  const submission = await (await submissions()).get(id, sid);
  if (!submission?.record) notFound();
  const record = submission.record.content;
  // The record stands on its own; an unreadable version only loses the approval line and the check.
  const version = await (await versions()).get(id, record.form.version).catch((error: unknown) => {
    if (error instanceof UnreadableVersionError) return error;
    throw error;
  });
  const published = version instanceof UnreadableVersionError ? undefined : version;
  const definitionCheck =
    version instanceof UnreadableVersionError
      ? version.message
      : !version
        ? 'the published version is missing'
        : version.definitionHash !== record.form.definitionHash
          ? 'DOES NOT match the published version'
          : version.definitionIntact
            ? 'matches the published definition'
            : 'the published definition DOES NOT match its fingerprint';
  const lang: Lang = record.notice.lang;
  // The record's own check: its hash covers the hash it links to and its stored content.
  const ownHashOk =
    submission.record.hash === chainHash(submission.record.prevHash, submission.record.raw);
  const chain = await (await submissions()).verify();

  return (
    <>
      <p>
        <Link href={`/forms/${id}/submissions`}>← Submissions</Link>
      </p>
      <h1>Proof of consent</h1>
      <dl className="facts">
        <dt>Receipt</dt>
        <dd>
          <code>{submission.id}</code>
        </dd>
        <dt>Created (server, UTC)</dt>
        <dd>
          <time dateTime={record.createdAt}>{record.createdAt}</time>
        </dd>
        <dt>Form version</dt>
        <dd>
          {record.form.version} · definition <code>{record.form.definitionHash}</code> (
          {definitionCheck}) · rendered form <code>{record.form.formHash}</code>
        </dd>
        <dt>Legal approval</dt>
        <dd>
          {published?.approval
            ? `Approved by ${published.approval.reviewer ?? 'unknown'} on ${formatDateTime(published.approval.at)}`
            : 'Published without legal approval'}
        </dd>
        <dt>Notice shown</dt>
        <dd>
          {LANGUAGE_NAMES[lang]} · <code>{record.notice.hash}</code> ·{' '}
          <a href={record.notice.path}>published notice</a>
        </dd>
        <dt>Where</dt>
        <dd>
          {record.provenance.embed} · page {record.provenance.page ?? 'unknown'} · origin{' '}
          {record.provenance.origin ?? 'unknown'} · referrer {record.provenance.referrer ?? 'none'}
        </dd>
        <dt>Campaign</dt>
        <dd>
          {Object.entries(record.provenance.utm)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ') || 'none'}
        </dd>
        <dt>Method</dt>
        <dd>{record.method}</dd>
        <dt>Ledger</dt>
        <dd>
          Record #{submission.record.seq}, hash <code>{submission.record.hash}</code> —{' '}
          {ownHashOk ? 'matches its content' : 'DOES NOT match its content'};{' '}
          {chain.ok
            ? `the whole chain (${chain.count} records) is intact.`
            : `the chain breaks at record #${chain.firstBad.seq}: ${chain.firstBad.reason}.`}
        </dd>
      </dl>
      <h2>What the visitor was asked</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Box</th>
            <th scope="col">Exact label shown</th>
            <th scope="col">Basis · channel</th>
            <th scope="col">Answer</th>
          </tr>
        </thead>
        <tbody>
          {[
            ...record.consents.map((c) => ({ ...c, kind: 'Consent' })),
            ...record.objections.map((o) => ({ ...o, kind: 'Objection' })),
          ].map((box) => (
            <tr key={`${box.kind}-${box.id}`}>
              <td>
                {box.kind} <code>{box.id}</code>
              </td>
              <td>{box.label}</td>
              <td>
                {box.basis} · {box.channel}
              </td>
              <td>{box.ticked ? 'Ticked' : 'Not ticked'}</td>
            </tr>
          ))}
          {record.acknowledgements.map((a) => (
            <tr key={`ack-${a.id}`}>
              <td>
                Acknowledgement <code>{a.id}</code>
              </td>
              <td>{a.label}</td>
              <td>—</td>
              <td>Ticked</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>The notice this visitor saw</h2>
      {/* Notices are HTML produced by lib/notice's escaping renderer and frozen at publication. */}
      {published?.notices[lang] ? (
        <div
          className="notice-frame"
          dangerouslySetInnerHTML={{
            __html: published.notices[lang].short + published.notices[lang].full,
          }}
        />
      ) : (
        <p>Notice not found.</p>
      )}
    </>
  );
}
