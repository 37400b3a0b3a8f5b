import { LANGS, LANGUAGE_NAMES, type FormDefinition, type Lang } from '../form';
import { buildNotice, type Notice } from '../notice';
import { RULES } from './rules';
import type { Finding, LintContext, Rule, Severity } from './types';

export type LintOptions = {
  date?: string;
  rules?: readonly Rule[];
  /** Full notices already built for this definition and date (the builder's preview), to avoid building them twice. */
  notices?: Partial<Record<Lang, Notice>>;
};

export const appliesOn = (rule: Rule, date: string) =>
  (!rule.appliesFrom || date >= rule.appliesFrom) &&
  (!rule.appliesUntil || date < rule.appliesUntil);

const ORDER: Record<Severity, number> = { blocking: 0, warning: 1, info: 2 };

/** A finding about one language's text (path ending in ".fr") says which: the same rule may hit both. */
function inLanguage(message: string, path: string): string {
  const lang = LANGS.find((l) => path.endsWith(`.${l}`));
  return lang ? `${message} (${LANGUAGE_NAMES[lang]} text)` : message;
}

/** Checks a definition against every rule in force on `date` (default: its effective date). Pure. */
export function lint(def: FormDefinition, options: LintOptions = {}): Finding[] {
  const date = options.date ?? def.effectiveDate;
  const notices = new Map<Lang, Notice>();
  for (const lang of LANGS) {
    const given = options.notices?.[lang];
    if (given) notices.set(lang, given);
  }
  const ctx: LintContext = {
    def,
    date,
    notice: (lang) => {
      const cached = notices.get(lang) ?? buildNotice(def, { lang, layer: 'full', date });
      notices.set(lang, cached);
      return cached;
    },
  };
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    if (!rule.check || !appliesOn(rule, date)) continue;
    for (const hit of rule.check(ctx))
      findings.push({
        ruleId: rule.id,
        title: rule.title,
        severity:
          hit.severity && hit.severity === rule.lesser?.severity ? hit.severity : rule.severity,
        message: inLanguage(hit.message ?? rule.message, hit.path),
        fix: rule.fix,
        source: rule.source,
        path: hit.path,
      });
  }
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

export const isBlocked = (findings: readonly Finding[]) =>
  findings.some((f) => f.severity === 'blocking');

export function summarize(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { blocking: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
