import type { Lang } from '../form';
import { en } from './en';
import { fr } from './fr';
import type { VisitorMessages } from './shape';

export type { VisitorMessages } from './shape';

/** The visitor-facing catalogue of each language a form can be published in. */
export const MESSAGES: Record<Lang, VisitorMessages> = { fr, en };

export const messagesFor = (lang: Lang): VisitorMessages => MESSAGES[lang];

/**
 * The short form of a submission's receipt a visitor reads ("3F2A-91BC", its first eight characters): never the
 * raw identifier. The submissions page lists receipts, each starting with it.
 */
export function referenceOf(receipt: string): string {
  const short = receipt
    .replace(/[^0-9a-z]/gi, '')
    .slice(0, 8)
    .toUpperCase();
  return short.length > 4 ? `${short.slice(0, 4)}-${short.slice(4)}` : short;
}

/** A catalogue text with its `{name}` placeholders filled in; a placeholder without a value stays as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
