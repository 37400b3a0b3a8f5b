import type { FormDefinition, Lang } from '../form';
import type { Notice } from '../notice';

export type Severity = 'blocking' | 'warning' | 'info';

/** What a check reports: where, and optionally a more precise message or a different severity. */
export type Hit = { path: string; message?: string; severity?: Severity };

export type LintContext = {
  def: FormDefinition;
  /** The date whose law applies (YYYY-MM-DD). */
  date: string;
  /** The full notice the app generates for this definition, per language (built once, on demand). */
  notice: (lang: Lang) => Notice;
};

export type Rule = {
  id: string;
  title: string;
  severity: Severity;
  /** The legal source, as a legal team would cite it. */
  source: string;
  /** First day the rule applies (inclusive), and the day it stops applying (exclusive). */
  appliesFrom?: string;
  appliesUntil?: string;
  message: string;
  fix: string;
  /**
   * The cases this rule reports at a lesser severity than its own, in a few words (the guidance shows them). A
   * hit may lower its severity only to this one: an undeclared lower severity is reported at the rule's own.
   */
  lesser?: { severity: Severity; when: string };
  /**
   * Where the rule is guaranteed by construction instead of checked: 'schema' (the definition cannot express
   * a violation) or 'platform' (the submission pipeline always does it). Such rules may still check the output.
   */
  enforcedBy?: 'schema' | 'platform';
  check?: (ctx: LintContext) => Hit[];
};

export type Finding = {
  ruleId: string;
  title: string;
  severity: Severity;
  message: string;
  fix: string;
  source: string;
  /** Path into the definition, such as "purposes[1].basis.interest". */
  path: string;
};
