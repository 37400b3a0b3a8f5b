'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { FormDefinition, FormDefinitionInput } from '@/lib/form';

const SETTLE_MS = 500;
const DEPTH = 50;

/** Snapshots the definition once edits settle; undo restores the snapshot before the last change. */
export function useUndo(form: UseFormReturn<FormDefinitionInput, unknown, FormDefinition>) {
  const stack = useRef<string[]>([JSON.stringify(form.getValues())]);
  const restoring = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [depth, setDepth] = useState(0);

  useEffect(() => {
    const subscription = form.watch(() => {
      if (restoring.current) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const json = JSON.stringify(form.getValues());
        if (json === stack.current.at(-1)) return;
        stack.current = [...stack.current, json].slice(-DEPTH);
        setDepth(stack.current.length - 1);
      }, SETTLE_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [form]);

  const undo = useCallback(() => {
    clearTimeout(timer.current);
    const current = JSON.stringify(form.getValues());
    // An edit not yet snapshotted is the last change: go back to the top of the stack.
    if (current !== stack.current.at(-1)) stack.current = [...stack.current, current];
    if (stack.current.length < 2) return;
    stack.current = stack.current.slice(0, -1);
    // The stack holds our own JSON.stringify of form.getValues(), so it parses back to that type.
    const previous = JSON.parse(stack.current.at(-1) ?? current) as FormDefinitionInput;
    restoring.current = true;
    form.reset(previous, { keepDefaultValues: true });
    restoring.current = false;
    // reset() does not notify watch() subscribers: save the restored state explicitly.
    form.setValue('title', previous.title, { shouldDirty: true, shouldValidate: true });
    setDepth(stack.current.length - 1);
  }, [form]);

  return { undo, canUndo: depth > 0 };
}
