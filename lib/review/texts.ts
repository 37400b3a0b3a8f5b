import { diffWordsWithSpace } from 'diff';
import type { FormDefinition, Lang } from '../form';
import type { DiffPart } from './diff';

/** One text a visitor reads on the form, in one language: a label, a purpose's description… */
export type FormText = { key: string; what: string; lang: Lang; text: string };
/** A text that changed: the old and new wording, each cut into words marked when they differ. */
export type TextChange = {
  key: string;
  what: string;
  lang: Lang;
  before: DiffPart[];
  after: DiffPart[];
};

/** Every text of `def` a visitor reads or a consent hangs on, per language, keyed by what it belongs to. */
export function formTexts(def: FormDefinition): FormText[] {
  const out: FormText[] = [];
  const add = (key: string, what: string, value: Partial<Record<Lang, string>> | undefined) => {
    for (const lang of def.languages) {
      const text = value?.[lang];
      if (text !== undefined) out.push({ key: `${key}:${lang}`, what, lang, text });
    }
  };
  for (const f of def.fields) add(`field:${f.key}:label`, `Label of field ${f.key}`, f.label);
  for (const p of def.purposes) {
    add(`purpose:${p.id}:label`, `Consent label of purpose ${p.id}`, p.label);
    add(`purpose:${p.id}:description`, `Description of purpose ${p.id}`, p.description);
    add(`purpose:${p.id}:objection`, `Objection label of purpose ${p.id}`, p.objectionLabel);
  }
  for (const a of def.acknowledgements)
    add(`ack:${a.id}:label`, `Label of acknowledgement ${a.id}`, a.label);
  add('submit:label', 'Submit button', def.submitLabel);
  return out;
}

/** The texts that differ between two definitions: changed, removed (empty after) or added (empty before). */
export function textChanges(before: FormDefinition, after: FormDefinition): TextChange[] {
  const old = new Map(formTexts(before).map((t) => [t.key, t]));
  const now = new Map(formTexts(after).map((t) => [t.key, t]));
  const keys = [...new Set([...old.keys(), ...now.keys()])];
  return keys.flatMap((key) => {
    const a = old.get(key);
    const b = now.get(key);
    const meta = b ?? a;
    if (!meta || a?.text === b?.text) return [];
    const changes = diffWordsWithSpace(a?.text ?? '', b?.text ?? '');
    return [
      {
        key,
        what: meta.what,
        lang: meta.lang,
        before: changes.filter((c) => !c.added).map((c) => ({ text: c.value, changed: c.removed })),
        after: changes.filter((c) => !c.removed).map((c) => ({ text: c.value, changed: c.added })),
      },
    ];
  });
}
