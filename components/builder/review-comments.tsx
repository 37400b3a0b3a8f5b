'use client';

import { focusPath } from './paths';

export type BuilderComment = {
  id: number;
  anchor: string;
  body: string;
  author: string | null;
  path?: string;
  /** The comment this one replies to; replies are listed under it. */
  parentId?: number | null;
};

/** The legal reviewer's comments, each jumping to the purpose or field it is about. */
export function ReviewComments({
  status,
  comments: all,
  reviewHref,
}: {
  status: string;
  comments: BuilderComment[];
  /** The review page, where members reply to comments and resubmit. */
  reviewHref?: string;
}) {
  const comments = all.filter((c) => !c.parentId);
  if (!comments.length) return null;
  return (
    <section className="panel review-comments" aria-labelledby="review-comments-title">
      <h2 id="review-comments-title">
        Legal review: {status === 'changes_requested' ? 'changes requested' : status} (
        {comments.length} comment{comments.length > 1 ? 's' : ''})
      </h2>
      <ul>
        {comments.map((c) => (
          <li key={c.id}>
            {c.path ? (
              <button type="button" className="finding" onClick={() => c.path && focusPath(c.path)}>
                <span className="rule">{c.anchor}</span> {c.body}
              </button>
            ) : (
              <p>
                <strong>{c.anchor}</strong> {c.body}
              </p>
            )}
            <span className="hint"> — {c.author ?? 'legal'}</span>
            <ul aria-label="Replies">
              {all
                .filter((r) => r.parentId === c.id)
                .map((r) => (
                  <li key={r.id}>
                    {r.body} <span className="hint">— {r.author ?? 'unknown'}</span>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
      {reviewHref ? (
        <p>
          <a href={reviewHref}>Reply to the comments and resubmit on the review page</a>
        </p>
      ) : null}
    </section>
  );
}
