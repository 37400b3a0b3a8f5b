import type { Lang } from './localized';
import type { FormDefinition } from './schema';

type Titled = Pick<FormDefinition, 'publicTitle' | 'controller'>;

/** The public title the author wrote in `lang`, if any. Never the internal `title`, which visitors do not see. */
export function writtenPublicTitle(def: Titled, lang: Lang): string | undefined {
  return def.publicTitle?.[lang]?.trim() || undefined;
}

const GENERIC: Record<Lang, { alone: string; of: (controller: string) => string }> = {
  fr: { alone: 'Formulaire', of: (controller) => `Formulaire — ${controller}` },
  en: { alone: 'Form', of: (controller) => `Form — ${controller}` },
};

/**
 * What a visitor reads as the form's name in `lang` (the hosted page's heading, the browser tab): the public
 * title in that language; else a generic "Formulaire"/"Form" with the controller's name, so an English page
 * never shows a French title nor the marketer's internal name.
 */
export function publicTitleOf(def: Titled, lang: Lang): string {
  const written = writtenPublicTitle(def, lang);
  if (written) return written;
  const controller = def.controller.name.trim();
  return controller ? GENERIC[lang].of(controller) : GENERIC[lang].alone;
}
