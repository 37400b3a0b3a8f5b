'use client';

import { unstable_rethrow } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import type { Removal } from '@/lib/forms/archive';
import type { Result } from '@/lib/result';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** What the dialog says will happen, exactly: deleted for good, or archived with its evidence kept. */
function Consequences({ removal }: { removal: Exclude<Removal, { kind: 'archived' }> }) {
  if (removal.kind === 'delete')
    return (
      <p>
        Deleted for good: the draft and its edit history ({plural(removal.edits, 'edit')})
        {removal.versions > 0
          ? `, its ${plural(removal.versions, 'published version')} and their notices (no submission was received)`
          : ''}
        . This cannot be undone.
      </p>
    );
  return (
    <>
      <p>
        This form was published and has {plural(removal.submissions, 'submission')}: it is archived,
        not deleted. It stops accepting submissions at once (embeds and the hosted page say it is
        closed) and moves to the archived forms.
      </p>
      <p>
        Kept and still reachable: the submissions, their consent records and proofs, the{' '}
        {plural(removal.versions, 'published version')} and their notices; exports still work. An
        archived form cannot be reopened.
      </p>
    </>
  );
}

type Props = {
  id: string;
  removal: Exclude<Removal, { kind: 'archived' }>;
  remove: (id: string) => Promise<Result<never>>;
};

/** "Delete form" (or "Archive form" when the form holds evidence) and its confirmation dialog. */
export function RemoveForm({ id, removal, remove }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, start] = useTransition();
  const [error, setError] = useState('');
  const archive = removal.kind === 'archive';
  const confirm = () =>
    start(async () => {
      setError('');
      try {
        const result = await remove(id);
        // Refused (the role may not): the reason, as the server gave it.
        if (!result.ok) setError(result.error);
      } catch (thrown) {
        // The redirect after deleting or archiving arrives as a thrown error: let Next follow it.
        unstable_rethrow(thrown);
        setError(
          archive
            ? 'The form was not archived. Try again.'
            : 'The form was not deleted. Try again.',
        );
      }
    });
  return (
    <>
      <button type="button" className="button danger" onClick={() => dialog.current?.showModal()}>
        {archive ? 'Archive form' : 'Delete form'}
      </button>
      <dialog ref={dialog} aria-labelledby="remove-title" className="dialog">
        <form method="dialog">
          <h2 id="remove-title">{archive ? 'Archive this form?' : 'Delete this form?'}</h2>
          <Consequences removal={removal} />
          <p role="alert" className="field-error">
            {error}
          </p>
          <div className="actions">
            <button type="submit" className="button" autoFocus>
              Cancel
            </button>
            <button type="button" className="button danger" disabled={pending} onClick={confirm}>
              {archive ? 'Archive' : 'Delete for good'}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
