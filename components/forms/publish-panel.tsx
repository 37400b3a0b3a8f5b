'use client';

import { useActionState } from 'react';
import type { Result } from '@/lib/result';

type Props = {
  blocking: number;
  next: number;
  publish: (state: Result<{ version: number }> | null) => Promise<Result<{ version: number }>>;
  /** Why this member may not publish; the publish button is then not shown. */
  refused?: string;
};

export function PublishPanel({ blocking, next, publish, refused }: Props) {
  const [state, action, pending] = useActionState(publish, null);
  if (refused)
    return (
      <p className="read-only-note" role="note">
        {refused} Marketers and administrators publish approved versions.
      </p>
    );
  return (
    <form action={action} className="publish">
      {blocking > 0 ? (
        <p className="field-error" id="publish-blocked">
          {blocking} blocking finding{blocking > 1 ? 's' : ''} must be fixed in the builder before
          publishing.
        </p>
      ) : null}
      <button
        type="submit"
        className="button primary"
        disabled={blocking > 0 || pending}
        aria-describedby={blocking > 0 ? 'publish-blocked' : undefined}
      >
        {pending ? 'Publishing…' : `Publish version ${next}`}
      </button>
      <p role="status" aria-live="polite" className={state && !state.ok ? 'field-error' : 'ok'}>
        {state ? (state.ok ? `Version ${state.data.version} is published.` : state.error) : ''}
      </p>
    </form>
  );
}
