'use client';

import { useActionState } from 'react';
import type { Result } from '@/lib/result';

export function CommentForm({
  anchors,
  action,
}: {
  anchors: { value: string; label: string }[];
  action: (s: Result<null> | null, d: FormData) => Promise<Result<null>>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="settings" noValidate>
      <div className="input">
        <label htmlFor="comment-anchor">About</label>
        <select id="comment-anchor" name="anchor" defaultValue="general">
          {anchors.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      <div className="input">
        <label htmlFor="comment-body">Comment</label>
        <textarea
          id="comment-body"
          name="body"
          rows={3}
          aria-invalid={errors?.body ? true : undefined}
          aria-describedby={errors?.body ? 'comment-body-error' : undefined}
        />
        {errors?.body ? (
          <p className="field-error" id="comment-body-error">
            {errors.body}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        Add comment
      </button>
      <span role="status">{state?.ok ? 'Comment added.' : ''}</span>
    </form>
  );
}
