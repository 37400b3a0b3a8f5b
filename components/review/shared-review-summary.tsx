import type { SharedReview } from '@/lib/data';
import { formatDateTime } from '@/lib/intl/format';

export const REVIEW_STATUS: Record<SharedReview['status'], string> = {
  pending: 'In review',
  approved: 'Approved',
  changes_requested: 'Changes requested',
  'not submitted': 'Not submitted',
};

const plural = (n: number, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/** The read-only summary behind a review share link: the form and its counts, no person named. */
export function SharedReviewSummary({ review }: { review: SharedReview }) {
  return (
    <article className="panel" aria-labelledby="shared-title">
      <p className="hint">Conforme · legal review</p>
      <h1 id="shared-title">{review.title}</h1>
      <dl>
        <dt>Status</dt>
        <dd>{REVIEW_STATUS[review.status]}</dd>
        <dt>Controller</dt>
        <dd>{review.controller || 'Not set'}</dd>
        <dt>Languages</dt>
        <dd>{review.languages.join(', ')}</dd>
        <dt>Content</dt>
        <dd>
          {plural(review.fields, 'field')}, {plural(review.purposes, 'purpose')}
        </dd>
        <dt>Findings</dt>
        <dd>
          {plural(review.blocking, 'blocking finding')}, {plural(review.warnings, 'warning')}
        </dd>
        {review.submittedAt ? (
          <>
            <dt>Submitted for review</dt>
            <dd>{formatDateTime(review.submittedAt)}</dd>
          </>
        ) : null}
      </dl>
      <p className="hint">Sign in to Conforme to read the notices and the comments.</p>
    </article>
  );
}
