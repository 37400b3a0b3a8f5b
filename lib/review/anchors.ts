import { pick, type FormDefinition } from '../form';
import { SECTION_IDS } from '../notice';

/** What a review comment can be about: a purpose, a field, a notice section, or the form in general. */
export function anchorsOf(def: FormDefinition): { value: string; label: string }[] {
  return [
    { value: 'general', label: 'The form in general' },
    ...def.purposes.map((p) => ({ value: `purpose:${p.id}`, label: `Purpose ${p.id}` })),
    ...def.fields.map((f) => ({
      value: `field:${f.key}`,
      label: `Field ${f.key} (${pick(f.label, def.languages[0] ?? 'fr')})`,
    })),
    ...SECTION_IDS.map((s) => ({ value: `notice:${s}`, label: `Notice section “${s}”` })),
  ];
}

/** The builder path an anchor points at, so a marketer can jump from a comment to the input. */
export function anchorPath(def: FormDefinition, anchor: string): string | undefined {
  const [kind, id] = anchor.split(':');
  if (kind === 'purpose') {
    const i = def.purposes.findIndex((p) => p.id === id);
    return i >= 0 ? `purposes[${i}]` : undefined;
  }
  if (kind === 'field') {
    const i = def.fields.findIndex((f) => f.key === id);
    return i >= 0 ? `fields[${i}]` : undefined;
  }
  return undefined;
}
