import { loadReference, type ReferenceId } from '../form/references';
import { DEFINITION_SCHEMA_VERSION, type FormDefinition } from '../form';
import { freeze } from '../publishing/freeze';
import type { PublishedVersion } from '../publishing/versions';

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

/** A published version built in memory, as the publishing step would freeze it. */
export function publishedVersion(
  def: FormDefinition,
  formId = '0b5cad00-0000-4000-8000-000000000001',
  version = 1,
): PublishedVersion {
  const frozen = freeze(def, formId, version);
  return {
    formId,
    version,
    schemaVersion: DEFINITION_SCHEMA_VERSION,
    definition: def,
    definitionIntact: true,
    ...frozen,
    publishedAt: '2026-11-01T09:00:00.000Z',
    publishedBy: null,
    approval: null,
  };
}
