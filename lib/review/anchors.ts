import { LANGS, pick, type FormDefinition, type Lang } from '../form';
import { SECTION_IDS } from '../notice';
import { formTexts } from './texts';

export type AnchorOption = { value: string; label: string };
export type AnchorGroup = { label: string; options: AnchorOption[] };

/**
 * What a comment can be about: the form in general, a purpose or field, a notice section, one label or
 * text of the form in one language (`text:purpose:newsletter:label:fr`), or one line of a notice as
 * rendered (`line:fr:12`, the index in the full notice's text).
 */
export const ANCHOR =
  /^(general|(purpose|field|notice):[a-z][a-z0-9_-]{0,39}|text:(field|purpose|ack):[a-z][a-z0-9_-]{0,39}:(label|description|objection):(fr|en)|text:submit:label:(fr|en)|line:(fr|en):\d{1,4})$/;

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);

/** The lines of a rendered notice a comment can point at (blank lines cannot). */
export const noticeLines = (text: string) =>
  text.split('\n').flatMap((line, i) => (line.trim() ? [{ index: i, text: line.trim() }] : []));

export function anchorGroups(
  def: FormDefinition,
  notices: Partial<Record<Lang, string>>,
): AnchorGroup[] {
  return [
    {
      label: 'The form',
      options: [
        { value: 'general', label: 'The form in general' },
        ...def.purposes.map((p) => ({ value: `purpose:${p.id}`, label: `Purpose ${p.id}` })),
        ...def.fields.map((f) => ({
          value: `field:${f.key}`,
          label: `Field ${f.key} (${pick(f.label, def.languages[0] ?? 'fr')})`,
        })),
        ...SECTION_IDS.map((s) => ({ value: `notice:${s}`, label: `Notice section “${s}”` })),
      ],
    },
    {
      label: 'A label or text',
      options: formTexts(def).map((t) => ({
        value: `text:${t.key}`,
        label: `${t.what} (${t.lang}): ${short(t.text)}`,
      })),
    },
    ...def.languages.map((lang) => ({
      label: `A line of the notice (${lang})`,
      options: noticeLines(notices[lang] ?? '').map((l) => ({
        value: `line:${lang}:${String(l.index)}`,
        label: short(l.text),
      })),
    })),
  ];
}

/** What a comment's anchor names, in words, with the text it quotes when it points at a label or line. */
export function describeAnchor(
  def: FormDefinition,
  notices: Partial<Record<Lang, string>>,
  anchor: string,
): { what: string; quote?: string } {
  if (anchor === 'general') return { what: 'The form in general' };
  const [kind = '', ...rest] = anchor.split(':');
  if (kind === 'text') {
    const text = formTexts(def).find((t) => t.key === rest.join(':'));
    return text ? { what: `${text.what} (${text.lang})`, quote: text.text } : { what: anchor };
  }
  if (kind === 'line') {
    const lang = LANGS.find((l) => l === rest[0]);
    const line = lang ? notices[lang]?.split('\n')[Number(rest[1])] : undefined;
    return { what: `Notice line (${rest[0] ?? ''})`, quote: line?.trim() };
  }
  if (kind === 'notice') return { what: `Notice section “${rest[0] ?? ''}”` };
  return { what: `${kind === 'purpose' ? 'Purpose' : 'Field'} ${rest[0] ?? ''}` };
}

/** The builder path an anchor points at, so a marketer can jump from a comment to the input. */
export function anchorPath(def: FormDefinition, anchor: string): string | undefined {
  const parts = anchor.split(':');
  const [kind, id] = parts[0] === 'text' ? parts.slice(1) : parts;
  if (kind === 'purpose') {
    const i = def.purposes.findIndex((p) => p.id === id);
    return i >= 0 ? `purposes[${String(i)}]` : undefined;
  }
  if (kind === 'field') {
    const i = def.fields.findIndex((f) => f.key === id);
    return i >= 0 ? `fields[${String(i)}]` : undefined;
  }
  return undefined;
}
