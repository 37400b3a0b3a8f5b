import { loadReference, type ReferenceId } from '../form/references';
import type { FormDefinition } from '../form';

/** The element at `index`, or a thrown error naming what was missing (keeps tests free of `!`). */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`No element at index ${index}`);
  return item;
}

/** A fresh, mutable copy of a reference definition, optionally changed by `mutate`. */
export function reference(id: ReferenceId, mutate?: (def: FormDefinition) => void): FormDefinition {
  const def = structuredClone(loadReference(id));
  mutate?.(def);
  return def;
}
