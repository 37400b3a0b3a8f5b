/** The languages of lib/form (kept structural: intl sits below every domain folder). */
type Lang = 'fr' | 'en';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

const dateTimes = new Map<Lang, Intl.DateTimeFormat>();
/**
 * A stored UTC timestamp as people read it, with its time zone shown: "25 Nov 2026, 14:05 UTC" /
 * "25 nov. 2026, 14:05 UTC". The app stores and shows UTC, so every member reads the same time.
 */
export function formatDateTime(iso: string | null | undefined, lang: Lang = 'en'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateTimes.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    });
    dateTimes.set(lang, format);
  }
  return format.format(date);
}

const lists = new Map<string, Intl.ListFormat>();
/** "a, b and c" / "a, b et c" (`conjunction`), or with "or" / "ou" (`disjunction`). */
export function formatList(
  items: readonly string[],
  lang: Lang,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const key = `${lang}:${type}`;
  let format = lists.get(key);
  if (!format) {
    format = new Intl.ListFormat(LOCALES[lang], { style: 'long', type });
    lists.set(key, format);
  }
  return format.format(items);
}

const counts = new Map<Lang, Intl.NumberFormat>();
/** A count as people read it: "4,076" / "4 076". */
export function formatCount(n: number, lang: Lang = 'en'): string {
  let format = counts.get(lang);
  if (!format) counts.set(lang, (format = new Intl.NumberFormat(LOCALES[lang])));
  return format.format(n);
}
