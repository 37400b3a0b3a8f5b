import type { Lang } from '../form';
import { en } from './en';
import { fr } from './fr';
import type { VisitorMessages } from './shape';

export type { VisitorMessages } from './shape';

/** The visitor-facing catalogue of each language a form can be published in. */
export const MESSAGES: Record<Lang, VisitorMessages> = { fr, en };

export const messagesFor = (lang: Lang): VisitorMessages => MESSAGES[lang];

/** A catalogue text with its `{name}` placeholders filled in; a placeholder without a value stays as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
