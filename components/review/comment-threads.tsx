import type { Lang } from '@/lib/form';
import type { FormDefinition } from '@/lib/form';
import { formatDateTime } from '@/lib/intl/format';
import { describeAnchor } from '@/lib/review/anchors';
import type { ReviewComment } from '@/lib/review/repository';
import type { Result } from '@/lib/result';
import { CommentForm } from './comment-form';

/** The comments of a review as threads: each comment, what it is about (quoting the label or line), replies. */
export function CommentThreads({
  comments,
  definition,
  notices,
  reply,
}: {
  comments: ReviewComment[];
  definition: FormDefinition;
  notices: Partial<Record<Lang, string>>;
  reply?: (s: Result<null> | null, d: FormData) => Promise<Result<null>>;
}) {
  const roots = comments.filter((c) => c.parentId === null);
  if (!roots.length) return <p className="hint">No comment yet.</p>;
  return (
    <ul className="comments">
      {roots.map((c) => {
        const about = describeAnchor(definition, notices, c.anchor);
        const replies = comments.filter((r) => r.parentId === c.id);
        return (
          <li key={c.id} className="thread">
            <p>
              <strong>{about.what}</strong>
              {about.quote ? <q className="quote">{about.quote}</q> : null}
            </p>
            <p>
              {c.body}{' '}
              <span className="hint">
                — {c.author ?? 'unknown'}, {formatDateTime(c.createdAt)}
              </span>
            </p>
            {replies.length ? (
              <ul aria-label="Replies">
                {replies.map((r) => (
                  <li key={r.id}>
                    {r.body}{' '}
                    <span className="hint">
                      — {r.author ?? 'unknown'}, {formatDateTime(r.createdAt)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
            {reply ? (
              <details>
                <summary>Reply</summary>
                <CommentForm parentId={c.id} action={reply} />
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
