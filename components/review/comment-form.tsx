'use client';

import { useId } from 'react';
import { useFormAction } from '@/components/ui/use-form-action';
import type { AnchorGroup } from '@/lib/review/anchors';
import type { Result } from '@/lib/result';

/** A new comment on a chosen anchor (`groups`), or a reply to comment `parentId` (no anchor to choose). */
export function CommentForm({
  groups,
  parentId,
  action,
}: {
  groups?: AnchorGroup[];
  parentId?: number;
  action: (s: Result<null> | null, d: FormData) => Promise<Result<null>>;
}) {
  const { state, pending, onSubmit } = useFormAction(action);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const reply = parentId !== undefined;
  return (
    <form onSubmit={onSubmit} className="settings" noValidate>
      {reply ? <input type="hidden" name="parentId" value={parentId} /> : null}
      {groups ? (
        <div className="input">
          <label htmlFor={`${id}-anchor`}>About</label>
          <select id={`${id}-anchor`} name="anchor" defaultValue="general">
            {groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((a) => (
                  <option key={a.value} value={a.value}>
                    {a.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      ) : null}
      <div className="input">
        <label htmlFor={`${id}-body`}>{reply ? 'Reply' : 'Comment'}</label>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={reply ? 2 : 3}
          aria-invalid={errors?.body ? true : undefined}
          aria-describedby={errors?.body ? `${id}-body-error` : undefined}
        />
        {errors?.body ? (
          <p className="field-error" id={`${id}-body-error`}>
            {errors.body}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {reply ? 'Send reply' : 'Add comment'}
      </button>
      <span role="status">{state?.ok ? (reply ? 'Reply sent.' : 'Comment added.') : ''}</span>
    </form>
  );
}
