'use client';

import { useActionState } from 'react';
import type { Result } from '@/lib/result';

/** Creates a share link and shows it once (only its fingerprint is stored). */
export function CreateShareLink({
  action,
}: {
  action: (s: Result<{ link: string }> | null) => Promise<Result<{ link: string }>>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="settings">
      <button type="submit" className="button" disabled={pending}>
        Create a share link
      </button>
      {state?.ok ? (
        <p role="status">
          <label htmlFor="share-link">Share link (shown once: copy it now)</label>{' '}
          <input id="share-link" readOnly value={state.data.link} size={60} />
        </p>
      ) : state ? (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
