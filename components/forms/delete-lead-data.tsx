'use client';

import { useActionState } from 'react';
import type { Result } from '@/lib/result';

type Props = {
  name: string;
  submissions: number;
  action: (
    state: Result<{ submissions: number }> | null,
    formData: FormData,
  ) => Promise<Result<{ submissions: number }>>;
};

/** An admin's explicit deletion of an archived form's lead answers, confirmed by typing its name. */
export function DeleteLeadData({ name, submissions, action }: Props) {
  const [state, submit, pending] = useActionState(action, null);
  const error = state && !state.ok ? (state.fieldErrors?.confirm ?? state.error) : '';
  return (
    <details className="danger-zone">
      <summary>Delete lead data (admin)</summary>
      <p>
        Deletes the answers (names, email addresses, every field) of this form’s {submissions}{' '}
        submission{submissions === 1 ? '' : 's'}, for good; the deletion is logged in the form’s
        history. Kept as the minimal proof: each consent record in the ledger (which boxes were
        ticked, with the exact labels, notice and version fingerprints, date and provenance), the
        published versions and their notices. The ledger still verifies.
      </p>
      <form action={submit}>
        <label htmlFor="confirm-name">
          Type the form name, <strong>{name}</strong>, to confirm
        </label>
        <input
          id="confirm-name"
          name="confirm"
          autoComplete="off"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby="confirm-name-error"
        />
        <button type="submit" className="button danger" disabled={pending}>
          Delete lead data
        </button>
        {/* On success the page re-renders without this control and says when the data was deleted. */}
        <p id="confirm-name-error" role="status" className="field-error">
          {error}
        </p>
      </form>
    </details>
  );
}
