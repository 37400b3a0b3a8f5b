import { z } from 'zod';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const langSchema = z.enum(LANGS, { error: 'Use "fr" or "en".' });
/** Each language as the app's (English) interface names it. */
export const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'French', en: 'English' };

/** Text a visitor reads, one entry per language the form is published in. */
export const localizedSchema = z.strictObject({
  fr: z.string().trim().max(2000).optional(),
  en: z.string().trim().max(2000).optional(),
});
export type Localized = z.infer<typeof localizedSchema>;

/** The text for `lang`, or '' when the author has not written it (the linter reports that). */
export function pick(text: Localized | undefined, lang: Lang): string {
  return text?.[lang] ?? '';
}

/** Whether any language has text. */
export function hasText(text: Localized | undefined): boolean {
  return Boolean(text?.fr?.trim() || text?.en?.trim());
}
