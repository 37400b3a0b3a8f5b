import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireAccess } from '@/lib/auth/access';
import { LANGUAGE_NAMES, type Lang } from '@/lib/form';
import { formOrNotFound, UnreadableVersionError } from '@/lib/data';
import { formatDateTime } from '@/lib/intl/format';
import { recordHash } from '@/lib/proof/ledger';
import { VerifyLedger } from '@/components/forms/verify-ledger';
import { verifyLedger } from '../../../actions';

export const metadata: Metadata = { title: 'Proof of consent' };

export default async function ProofPage({ params }: PageProps<'/forms/[id]/submissions/[sid]'>) {
  const actor = await requireAccess('proofs:read');
  const { id, sid } = await params;
  const scoped = await formOrNotFound(actor, id);
  const submission = await scoped.submissions.get(sid);
  if (!submission?.record) notFound();
  const record = submission.record.content;
  // The record stands on its own; an unreadable version only loses the approval line and the check.
  const version = await scoped.versions.get(record.form.version).catch((error: unknown) => {
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
  // The record's own check: its hash covers its chain, place, link, kind, date and stored content; and
  // the record before it in its chain ends with the hash this one links to. The whole chain is one click.
  const { record: stored } = submission;
  const ownHashOk =
    stored.hash ===
    recordHash({
      chain_id: stored.chainId,
      seq: stored.seq,
      kind: stored.kind,
      created_at: stored.createdAt,
      content: stored.raw,
      prev_hash: stored.prevHash,
    });
  const linked = (await scoped.submissions.previousHash(submission)) === stored.prevHash;

  return (
    <>
      <p>
        <Link href={`/forms/${id}/submissions`}>← Submissions</Link>
      </p>
      <h1>Proof of consent</h1>
      <dl className="facts">
        <dt>Receipt</dt>
        <dd>
          <code>{submission.id}</code> · fingerprint given to the visitor <code>{stored.hash}</code>
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
          Record #{stored.seq} of chain <code>{stored.chainId}</code>, hash{' '}
          <code>{stored.hash}</code> —{' '}
          {ownHashOk ? 'matches its content' : 'DOES NOT match its content'};{' '}
          {linked
            ? 'linked to the record before it.'
            : 'NOT linked to the record before it (a record was removed or altered).'}
          <VerifyLedger verify={verifyLedger} />
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
