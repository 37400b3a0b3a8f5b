import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FormNav } from '@/components/forms/form-nav';
import { ChangesPanel } from '@/components/review/changes-panel';
import { CommentForm } from '@/components/review/comment-form';
import { CommentThreads } from '@/components/review/comment-threads';
import { DecisionForm } from '@/components/review/decision-form';
import { NoticesPanel } from '@/components/review/notices-panel';
import { SharePanel } from '@/components/review/share-panel';
import { VisitorPreview } from '@/components/review/visitor-preview';
import { requireAccess } from '@/lib/auth/access';
import { auditPageQuery } from '@/lib/data/audit-access';
import { can } from '@/lib/auth/roles';
import { lint } from '@/lib/compliance';
import { formOrNotFound, reviewedNotices } from '@/lib/data';
import { formatDateTime } from '@/lib/intl/format';
import { hashOf } from '@/lib/proof/canonical';
import { anchorGroups } from '@/lib/review/anchors';
import { addComment, createShareLink, decide, revokeShareLink, submitForReview } from './actions';

export const metadata: Metadata = { title: 'Legal review' };

const STATUS: Record<string, string> = {
  pending: 'Waiting for legal review',
  approved: 'Approved',
  changes_requested: 'Changes requested',
};

export default async function ReviewPage({
  params,
  searchParams,
}: PageProps<'/forms/[id]/review'>) {
  const actor = await requireAccess('forms:read');
  const { id } = await params;
  const scoped = await formOrNotFound(actor, id);
  // The history pages like the workspace audit log (?before=<entry id>).
  const query = auditPageQuery(await searchParams);
  const [form, review, previous, approved, log, shares] = await Promise.all([
    scoped.get(),
    scoped.reviews.latest(),
    scoped.reviews.previous(),
    scoped.reviews.lastApproved(),
    scoped.reviews.log(query),
    scoped.reviews.shares.list(),
  ]);
  if (!form) notFound();
  const draftChanged = review?.definitionHash !== hashOf(form.definition);
  const def = review?.definition ?? form.definition;
  const findings = lint(def);
  const blocking = findings.filter((f) => f.severity === 'blocking');
  const texts = reviewedNotices(def).texts;
  const decider = can(actor.role, 'review:decide');
  const submitter = can(actor.role, 'review:submit');
  const mayReply =
    review && (decider || submitter) ? addComment.bind(null, id, review.id) : undefined;

  return (
    <>
      <h1>{form.title}</h1>
      <FormNav id={id} current="/review" submissions={can(actor.role, 'proofs:read')} />
      <section className="panel" aria-labelledby="status-title">
        <h2 id="status-title">
          Status: {review ? STATUS[review.status] : 'Never submitted for review'}
        </h2>
        {review ? (
          <p>
            Submitted by {review.submittedBy ?? 'unknown'} on {formatDateTime(review.submittedAt)}
            {review.decidedBy
              ? `; ${review.status === 'approved' ? (review.selfApproved ? 'self-approved' : 'approved') : 'changes requested'} by ${review.decidedBy} on ${formatDateTime(review.decidedAt)}`
              : ''}
            .
          </p>
        ) : null}
        {draftChanged && submitter ? (
          <form action={submitForReview.bind(null, id)}>
            <p className="hint">
              {review?.status === 'changes_requested'
                ? 'The draft has changed since the last submission. Changes were requested: once it answers the comments below, resubmit it.'
                : review
                  ? 'The draft has changed since the last submission.'
                  : 'Legal must approve the notice before the form can be published.'}
            </p>
            <button type="submit" className="button primary">
              {review ? 'Resubmit for review' : 'Submit for review'}
            </button>
          </form>
        ) : null}
        {review?.status === 'pending' && decider ? (
          <DecisionForm
            approve={decide.bind(null, id, review.id, 'approved')}
            requestChanges={decide.bind(null, id, review.id, 'changes_requested')}
            blocking={blocking.map((f) => ({ rule: f.ruleId, message: f.message }))}
          />
        ) : null}
      </section>

      {review ? (
        <section className="panel" aria-labelledby="comments-title">
          <h2 id="comments-title">Comments</h2>
          <CommentThreads
            comments={review.comments}
            definition={review.definition}
            notices={texts}
            reply={mayReply}
          />
          {previous?.comments.length ? (
            <>
              <h3>On the previous submission ({formatDateTime(previous.submittedAt)})</h3>
              <CommentThreads
                comments={previous.comments}
                definition={previous.definition}
                notices={reviewedNotices(previous.definition).texts}
                reply={decider || submitter ? addComment.bind(null, id, previous.id) : undefined}
              />
            </>
          ) : null}
          {decider && review.status === 'pending' ? (
            <CommentForm
              groups={anchorGroups(review.definition, texts)}
              action={addComment.bind(null, id, review.id)}
            />
          ) : null}
        </section>
      ) : null}

      <section className="panel" aria-labelledby="visitor-title">
        <h2 id="visitor-title">The form as visitors see it</h2>
        <VisitorPreview definition={def} />
      </section>

      <section className="panel" aria-labelledby="findings-title">
        <h2 id="findings-title">Findings ({findings.length})</h2>
        {findings.length === 0 ? <p className="ok">No finding.</p> : null}
        <ul>
          {findings.map((f, i) => (
            <li key={`${f.ruleId}-${String(i)}`}>
              <strong>{f.severity}</strong>{' '}
              <a href={`/guidance/rules/${f.ruleId.toLowerCase()}`}>{f.ruleId}</a> at{' '}
              <code>{f.path}</code>: {f.message} <span className="hint">Source: {f.source}</span>
            </li>
          ))}
        </ul>
      </section>

      {approved && approved.id !== review?.id ? (
        <ChangesPanel
          before={approved.definition}
          after={def}
          beforeNotices={reviewedNotices(approved.definition).texts}
          afterNotices={texts}
        />
      ) : null}

      <section className="panel" aria-labelledby="notices-title">
        <h2 id="notices-title">The notices as visitors will see them</h2>
        <NoticesPanel definition={def} />
      </section>

      {decider || submitter ? (
        <SharePanel
          shares={shares}
          create={createShareLink.bind(null, id)}
          revoke={(share) => revokeShareLink.bind(null, id, share)}
        />
      ) : null}

      <section className="panel" aria-labelledby="log-title">
        <h2 id="log-title">History</h2>
        <p>
          {log.total} entr{log.total === 1 ? 'y' : 'ies'} for this form, newest first.
        </p>
        <ul>
          {log.entries.map((e) => (
            <li key={e.id}>
              {formatDateTime(e.at)} — {e.actor ?? 'system'}: {e.action}
            </li>
          ))}
        </ul>
        <nav aria-label="History pages" className="actions">
          {query.before !== undefined ? <Link href={`/forms/${id}/review`}>Newest</Link> : null}
          {log.next !== undefined ? (
            <Link href={`/forms/${id}/review?before=${String(log.next)}#log-title`}>
              Older entries
            </Link>
          ) : null}
        </nav>
      </section>
    </>
  );
}
