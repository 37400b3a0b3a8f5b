'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { formDefinitionSchema, type FormDefinition, type FormDefinitionInput } from '@/lib/form';
import type { Result } from '@/lib/result';

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; count: number }
  | { kind: 'error'; message: string };

export type SaveAction = (
  id: string,
  definition: FormDefinition,
) => Promise<Result<{ updatedAt: string }>>;

const DELAY_MS = 700;

/** Saves the draft a moment after the last change, when it is valid; warns before leaving with unsaved work. */
export function useAutosave(
  id: string,
  form: UseFormReturn<FormDefinitionInput, unknown, FormDefinition>,
  save: SaveAction,
  savedAt: string,
  /** False for a member who may only read: nothing is saved (the inputs are disabled anyway). */
  enabled = true,
) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: savedAt });
  const lastSaved = useRef(JSON.stringify(form.getValues()));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    const values = form.getValues();
    const json = JSON.stringify(values);
    if (json === lastSaved.current) {
      setState((s) => (s.kind === 'saved' ? s : { kind: 'saved', at: new Date().toISOString() }));
      return;
    }
    const parsed = formDefinitionSchema.safeParse(values);
    if (!parsed.success) {
      setState({ kind: 'invalid', count: parsed.error.issues.length });
      return;
    }
    setState({ kind: 'saving' });
    try {
      const result = await save(id, parsed.data);
      if (result.ok) {
        lastSaved.current = json;
        setState({ kind: 'saved', at: result.data.updatedAt });
      } else setState({ kind: 'error', message: result.error });
    } catch {
      setState({
        kind: 'error',
        message:
          'Not saved: the server could not be reached. Your changes are kept here; we will retry on the next change.',
      });
    }
  }, [form, id, save]);

  useEffect(() => {
    if (!enabled) return;
    const subscription = form.watch(() => {
      setState((s) => (s.kind === 'pending' ? s : { kind: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [form, flush, enabled]);

  useEffect(() => {
    if (state.kind === 'saved') return;
    const guard = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [state.kind]);

  return { state, flush };
}
