'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRef } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { formDefinitionSchema, type FormDefinition, type FormDefinitionInput } from '@/lib/form';
import { AcknowledgementsEditor } from './acknowledgements-editor';
import { ControllerEditor } from './controller-editor';
import { FieldsEditor } from './fields-editor';
import { GeneralEditor } from './general-editor';
import { INPUT_MARK, LiveView } from './live-view';
import { PurposesEditor } from './purposes-editor';
import { ReviewComments, type BuilderComment } from './review-comments';
import { SaveStatus } from './save-status';
import { useAutosave, type SaveAction } from './use-autosave';
import { useUndo } from './use-undo';

type Props = {
  id: string;
  initial: FormDefinition;
  savedAt: string;
  save: SaveAction;
  remove: (id: string) => Promise<void>;
  review?: { status: string; comments: BuilderComment[] };
};

export function Builder({ id, initial, savedAt, save, remove, review }: Props) {
  const form = useForm<FormDefinitionInput, unknown, FormDefinition>({
    resolver: zodResolver(formDefinitionSchema),
    defaultValues: initial,
    // Inline errors update on blur; the live view re-checks the whole definition on every keystroke anyway.
    mode: 'onBlur',
    reValidateMode: 'onBlur',
  });
  const { state } = useAutosave(id, form, save, savedAt);
  const { undo, canUndo } = useUndo(form);
  const dialog = useRef<HTMLDialogElement>(null);

  return (
    <FormProvider {...form}>
      <div className="builder-head">
        <Title />
        <SaveStatus state={state} />
        <div className="actions">
          <button type="button" className="button" onClick={undo} disabled={!canUndo}>
            Undo last change
          </button>
          <Link
            className="button subtle"
            href="/forms"
            onClick={(e) =>
              state.kind !== 'saved' &&
              !window.confirm('Leave with unsaved changes?') &&
              e.preventDefault()
            }
          >
            Back to forms
          </Link>
          <button
            type="button"
            className="button danger"
            onClick={() => dialog.current?.showModal()}
          >
            Delete form
          </button>
        </div>
      </div>
      {review ? (
        <ReviewComments
          status={review.status}
          comments={review.comments}
          reviewHref={`/forms/${id}/review`}
        />
      ) : null}
      <div className="builder">
        <form
          className="editor"
          aria-label="Form definition"
          noValidate
          onSubmit={(e) => e.preventDefault()}
          onInputCapture={() => performance.mark(INPUT_MARK)}
          onChangeCapture={() =>
            performance.getEntriesByName(INPUT_MARK, 'mark').length || performance.mark(INPUT_MARK)
          }
        >
          <GeneralEditor />
          <ControllerEditor />
          <FieldsEditor />
          <PurposesEditor />
          <AcknowledgementsEditor />
        </form>
        <aside className="side" aria-label="Preview and findings">
          <LiveView initial={initial} />
        </aside>
      </div>
      <dialog ref={dialog} aria-labelledby="delete-title" className="dialog">
        <form method="dialog">
          <h2 id="delete-title">Delete this form?</h2>
          <p>The form and its edit history are deleted for good.</p>
          <div className="actions">
            <button type="submit" className="button" autoFocus>
              Cancel
            </button>
            <button type="button" className="button danger" onClick={() => void remove(id)}>
              Delete for good
            </button>
          </div>
        </form>
      </dialog>
    </FormProvider>
  );
}

function Title() {
  const title = useWatch<FormDefinitionInput, 'title'>({ name: 'title' });
  return <h1>{title || 'Untitled form'}</h1>;
}
