'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { formDefinitionSchema, type FormDefinition, type FormDefinitionInput } from '@/lib/form';
import { AcknowledgementsEditor } from './acknowledgements-editor';
import { ControllerEditor } from './controller-editor';
import { FieldsEditor } from './fields-editor';
import { GeneralEditor } from './general-editor';
import { INPUT_MARK, LiveView } from './live-view';
import { PurposesEditor } from './purposes-editor';
import { ReadOnlyContext } from './read-only';
import { ReviewComments, type BuilderComment } from './review-comments';
import { SaveStatus } from './save-status';
import { useAutosave, type SaveAction } from './use-autosave';
import { useUndo } from './use-undo';

type Props = {
  id: string;
  initial: FormDefinition;
  savedAt: string;
  save: SaveAction;
  /** The delete or archive control (components/forms/remove-form.tsx), when the form may be removed. */
  removeControl?: ReactNode;
  review?: { status: string; comments: BuilderComment[] };
  /** Why this member may only read the form (their role); absent when they may edit it. */
  readOnly?: string;
};

export function Builder(props: Props) {
  const { id, initial, savedAt, save, removeControl, review, readOnly } = props;
  const form = useForm<FormDefinitionInput, unknown, FormDefinition>({
    resolver: zodResolver(formDefinitionSchema),
    defaultValues: initial,
    // Inline errors update on blur; the live view re-checks the whole definition on every keystroke anyway.
    mode: 'onBlur',
    reValidateMode: 'onBlur',
  });
  const { state } = useAutosave(id, form, save, savedAt, readOnly === undefined);
  const { undo, canUndo } = useUndo(form);

  return (
    <FormProvider {...form}>
      <div className="builder-head">
        <Title />
        {readOnly === undefined ? (
          <SaveStatus state={state} />
        ) : (
          <p className="read-only-note" role="note">
            Read only: {readOnly}
          </p>
        )}
        <div className="actions">
          {readOnly === undefined ? (
            <button type="button" className="button" onClick={undo} disabled={!canUndo}>
              Undo last change
            </button>
          ) : null}
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
          {removeControl}
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
          <ReadOnlyContext value={readOnly !== undefined}>
            <fieldset className="editor-body" disabled={readOnly !== undefined}>
              <legend className="sr-only">{readOnly === undefined ? 'Edit' : 'Read only'}</legend>
              <GeneralEditor />
              <ControllerEditor />
              <FieldsEditor />
              <PurposesEditor />
              <AcknowledgementsEditor />
            </fieldset>
          </ReadOnlyContext>
        </form>
        <aside className="side" aria-label="Preview and findings">
          <LiveView initial={initial} />
        </aside>
      </div>
    </FormProvider>
  );
}

function Title() {
  const title = useWatch<FormDefinitionInput, 'title'>({ name: 'title' });
  return <h1>{title || 'Untitled form'}</h1>;
}
