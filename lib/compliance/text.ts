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

type Matcher = { re: RegExp; seen: Map<string, boolean> };
const matchers = new WeakMap<readonly RegExp[], Matcher>();

/**
 * Whether any pattern matches the normalized text. Each list is compiled once into a single alternation, and
 * answers are remembered per text: the builder re-lints on every keystroke, when nearly every text is unchanged.
 */
export function matches(text: string, patterns: readonly RegExp[]): boolean {
  let m = matchers.get(patterns);
  if (!m) {
    m = { re: new RegExp(patterns.map((p) => `(?:${p.source})`).join('|')), seen: new Map() };
    matchers.set(patterns, m);
  }
  const known = m.seen.get(text);
  if (known !== undefined) return known;
  if (m.seen.size > 5000) m.seen.clear();
  const result = m.re.test(normalize(text));
  m.seen.set(text, result);
  return result;
}

/** Every language's text of a localized value, with the path of each. */
export function entries(
  value: Localized | undefined,
  path: string,
): { text: string; path: string }[] {
  const out: { text: string; path: string }[] = [];
  if (!value) return out;
  for (const lang of LANGS) {
    const text = value[lang];
    if (text) out.push({ text, path: `${path}.${lang}` });
  }
  return out;
}

export const firstMatch = (values: { text: string; path: string }[], patterns: readonly RegExp[]) =>
  values.find((v) => matches(v.text, patterns));

/**
 * The words of `text` (as the author wrote them, accents included, whole words) that the patterns match, once
 * each: what a finding quotes to say what triggered it.
 */
export function findWords(text: string, patterns: readonly RegExp[]): string[] {
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const char of text) {
    for (const out of normalize(char)) {
      folded += out;
      origin.push(at);
    }
    at += char.length;
  }
  const found = new Set<string>();
  for (const pattern of patterns) {
    const m = new RegExp(pattern.source, 'g');
    for (const hit of folded.matchAll(m)) {
      if (!hit[0]) continue;
      const start = origin[hit.index] ?? 0;
      const last = origin[hit.index + hit[0].length - 1] ?? start;
      let end = last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
      // A pattern may match the start of a word ("personnalis"): quote the whole word.
      while (end < text.length && /\p{L}/u.test(text.charAt(end))) end++;
      found.add(text.slice(start, end).trim());
    }
  }
  return [...found];
}
