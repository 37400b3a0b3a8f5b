import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FormNav } from '@/components/forms/form-nav';
import { CommentForm } from '@/components/review/comment-form';
import { NoticeDiff } from '@/components/review/notice-diff';
import { requireAccess } from '@/lib/auth/access';
import { can } from '@/lib/auth/roles';
import { lint } from '@/lib/compliance';
import { formOrNotFound, reviewedNotices } from '@/lib/data';
import { changedPaths } from '@/lib/forms/diff';
import { LANGUAGE_NAMES } from '@/lib/form';
import { formatDateTime } from '@/lib/intl/format';
import { buildNotice, renderHtml } from '@/lib/notice';
import { hashOf } from '@/lib/proof/canonical';
import { anchorsOf } from '@/lib/review/anchors';
import { addComment, decide, submitForReview } from './actions';

export const metadata: Metadata = { title: 'Legal review' };

const STATUS: Record<string, string> = {
  pending: 'Waiting for legal review',
  approved: 'Approved',
  changes_requested: 'Changes requested',
};

export default async function ReviewPage({ params }: PageProps<'/forms/[id]/review'>) {
  const actor = await requireAccess('forms:read');
  const { id } = await params;
  const scoped = await formOrNotFound(actor, id);
  const [form, review, approved, log] = await Promise.all([
    scoped.get(),
    scoped.reviews.latest(),
    scoped.reviews.lastApproved(),
    scoped.reviews.log(),
  ]);
  if (!form) notFound();
  const draftChanged = review?.definitionHash !== hashOf(form.definition);
  const def = review?.definition ?? form.definition;
  const findings = lint(def);
  const texts = reviewedNotices(def).texts;
  const before =
    approved && approved.id !== review?.id ? reviewedNotices(approved.definition).texts : undefined;

  return (
    <>
      <h1>{form.title}</h1>
      <FormNav id={id} current="/review" />
      <section className="panel" aria-labelledby="status-title">
        <h2 id="status-title">
          Status: {review ? STATUS[review.status] : 'Never submitted for review'}
        </h2>
        {review ? (
          <p>
            Submitted by {review.submittedBy ?? 'unknown'} on {formatDateTime(review.submittedAt)}
            {review.decidedBy
              ? `; ${review.status === 'approved' ? 'approved' : 'changes requested'} by ${review.decidedBy} on ${formatDateTime(review.decidedAt)}`
              : ''}
            .
          </p>
        ) : null}
        {draftChanged && can(actor.role, 'review:submit') ? (
          <form action={submitForReview.bind(null, id)}>
            <p className="hint">
              {review
                ? 'The draft has changed since the last submission.'
                : 'Legal must approve the notice before the form can be published.'}
            </p>
            <button type="submit" className="button primary">
              Submit for review
            </button>
          </form>
        ) : null}
        {review?.status === 'pending' && can(actor.role, 'review:decide') ? (
          <div className="actions">
            <form action={decide.bind(null, id, review.id, 'approved')}>
              <button type="submit" className="button primary">
                Approve
              </button>
            </form>
            <form action={decide.bind(null, id, review.id, 'changes_requested')}>
              <button type="submit" className="button danger">
                Request changes
              </button>
            </form>
          </div>
        ) : null}
      </section>

      {review ? (
        <section className="panel" aria-labelledby="comments-title">
          <h2 id="comments-title">Comments</h2>
          {review.comments.length === 0 ? <p className="hint">No comment yet.</p> : null}
          <ul className="comments">
            {review.comments.map((c) => (
              <li key={c.id}>
                <strong>{c.anchor}</strong> — {c.body}{' '}
                <span className="hint">
                  ({c.author ?? 'unknown'}, {formatDateTime(c.createdAt)})
                </span>
              </li>
            ))}
          </ul>
          {can(actor.role, 'review:decide') && review.status === 'pending' ? (
            <CommentForm
              anchors={anchorsOf(review.definition)}
              action={addComment.bind(null, id, review.id)}
            />
          ) : null}
        </section>
      ) : null}

      <section className="panel" aria-labelledby="findings-title">
        <h2 id="findings-title">Findings ({findings.length})</h2>
        {findings.length === 0 ? <p className="ok">No finding.</p> : null}
        <ul>
          {findings.map((f, i) => (
            <li key={`${f.ruleId}-${i}`}>
              <strong>{f.severity}</strong>{' '}
              <a href={`/guidance/rules/${f.ruleId.toLowerCase()}`}>{f.ruleId}</a> at{' '}
              <code>{f.path}</code>: {f.message} <span className="hint">Source: {f.source}</span>
            </li>
          ))}
        </ul>
      </section>

      {approved && approved.id !== review?.id ? (
        <section className="panel" aria-labelledby="diff-title">
          <h2 id="diff-title">Changes since the last approved version</h2>
          <p>Definition: {changedPaths(approved.definition, def).join(', ') || 'no change'}.</p>
          {def.languages.map((lang) => (
            <details key={lang} open>
              <summary>Notice text ({lang})</summary>
              <NoticeDiff before={before?.[lang] ?? ''} after={texts[lang] ?? ''} />
            </details>
          ))}
        </section>
      ) : null}

      <section className="panel" aria-labelledby="notices-title">
        <h2 id="notices-title">The notices as visitors will see them</h2>
        {def.languages.map((lang) => (
          <div key={lang} className="notice-frame" lang={lang}>
            <h3 lang="en">{LANGUAGE_NAMES[lang]}: short mention</h3>
            {/* Produced by lib/notice's escaping renderer. */}
            <div
              dangerouslySetInnerHTML={{
                __html: renderHtml(buildNotice(def, { lang, layer: 'short' })),
              }}
            />
            <details>
              <summary>{lang === 'fr' ? 'Notice complète' : 'Full notice'}</summary>
              <div
                dangerouslySetInnerHTML={{
                  __html: renderHtml(buildNotice(def, { lang, layer: 'full' })),
                }}
              />
            </details>
          </div>
        ))}
      </section>

      <section className="panel" aria-labelledby="log-title">
        <h2 id="log-title">History</h2>
        <ul>
          {log.map((e, i) => (
            <li key={i}>
              {formatDateTime(e.at)} — {e.actor ?? 'system'}: {e.action}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
