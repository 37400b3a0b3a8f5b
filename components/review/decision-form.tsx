'use client';

import { useActionState } from 'react';
import type { Result } from '@/lib/result';

type Action = (state: Result<null> | null, data: FormData) => Promise<Result<null>>;

/**
 * Approve or request changes. With blocking findings, approving needs an explicit tick of a checkbox that
 * names how many there are; the server checks the tick too.
 */
export function DecisionForm({
  approve,
  requestChanges,
  blocking,
}: {
  approve: Action;
  requestChanges: Action;
  blocking: { rule: string; message: string }[];
}) {
  const [approved, approveAction, approving] = useActionState(approve, null);
  const [changes, changesAction, requesting] = useActionState(requestChanges, null);
  const refused = approved && !approved.ok ? approved : changes && !changes.ok ? changes : null;
  const confirmError = approved && !approved.ok ? approved.fieldErrors?.confirmBlocking : undefined;
  return (
    <div className="decision">
      <form action={approveAction} className="settings">
        {blocking.length ? (
          <div role="group" aria-labelledby="blocking-title" className="blocking">
            <h3 id="blocking-title">
              {blocking.length} blocking finding{blocking.length > 1 ? 's' : ''} remain
              {blocking.length > 1 ? '' : 's'}
            </h3>
            <ul>
              {blocking.map((b, i) => (
                <li key={`${b.rule}-${String(i)}`}>
                  <strong>{b.rule}</strong>: {b.message}
                </li>
              ))}
            </ul>
            <label>
              <input
                type="checkbox"
                name="confirmBlocking"
                aria-invalid={confirmError ? true : undefined}
                aria-describedby={confirmError ? 'confirm-blocking-error' : undefined}
              />{' '}
              I have read the blocking findings and approve this draft despite them
            </label>
            {confirmError ? (
              <p className="field-error" id="confirm-blocking-error">
                {confirmError}
              </p>
            ) : null}
          </div>
        ) : null}
        <button type="submit" className="button primary" disabled={approving}>
          Approve
        </button>
      </form>
      <form action={changesAction}>
        <button type="submit" className="button danger" disabled={requesting}>
          Request changes
        </button>
      </form>
      {refused && !confirmError ? (
        <p className="field-error" role="alert">
          {refused.error}
        </p>
      ) : null}
    </div>
  );
}
