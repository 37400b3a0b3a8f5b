import { LANGS, type Localized } from '../form';

/** Lower case, without accents or typographic apostrophes, for keyword matching. */
const normalized = new Map<string, string>();

export function normalize(text: string): string {
  const cached = normalized.get(text);
  if (cached !== undefined) return cached;
  if (normalized.size > 5000) normalized.clear();
  const result = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
  normalized.set(text, result);
  return result;
}

const combined = new WeakMap<readonly RegExp[], RegExp>();

/** Whether any pattern matches the normalized text; each list is compiled once into a single alternation. */
export function matches(text: string, patterns: readonly RegExp[]): boolean {
  let re = combined.get(patterns);
  if (!re) {
    re = new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
    combined.set(patterns, re);
  }
  return re.test(normalize(text));
}

/** Every language's text of a localized value, with the path of each. */
export function entries(value: Localized | undefined, path: string): { text: string; path: string }[] {
  const out: { text: string; path: string }[] = [];
  if (!value) return out;
  for (const lang of LANGS) {
    const text = value[lang];
    if (text) out.push({ text, path: `${path}.${lang}` });
  }
  return out;
}

export const firstMatch = (values: { text: string; path: string }[], patterns: readonly RegExp[]) => values.find((v) => matches(v.text, patterns));
