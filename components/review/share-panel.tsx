import { formatDateTime } from '@/lib/intl/format';
import type { ReviewShare } from '@/lib/review/shares';
import type { Result } from '@/lib/result';
import { CreateShareLink } from './share-links';

/**
 * Share links: anyone with one sees the review's summary and its preview card (no member, no lead) without
 * signing in, until it is revoked.
 */
export function SharePanel({
  shares,
  create,
  revoke,
}: {
  shares: ReviewShare[];
  create: (s: Result<{ link: string }> | null) => Promise<Result<{ link: string }>>;
  revoke: (id: string) => () => Promise<void>;
}) {
  return (
    <section className="panel" aria-labelledby="share-title">
      <h2 id="share-title">Share links</h2>
      <p className="hint">
        A share link opens a summary of this review (title, controller, status, counts) and its
        preview card without signing in, so chat apps can show it. It shows no member and no lead.
        Revoke it when done.
      </p>
      {shares.length ? (
        <ul>
          {shares.map((s) => (
            <li key={s.id}>
              Link created {formatDateTime(s.createdAt)} by {s.createdBy ?? 'unknown'}{' '}
              <form action={revoke(s.id)} className="inline">
                <button type="submit" className="button danger">
                  Revoke
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p>No live share link.</p>
      )}
      <CreateShareLink action={create} />
    </section>
  );
}
