import { consentRules } from './consent';
import { marketingRules, telephoneRules } from './marketing';
import { languageRule } from './language';
import { noticeRules } from './notice';
import { phoneSectorRule } from './phone-sector';
import type { Rule } from '../types';

/** Every rule of shared/LEGAL.md §1, in the order the guidance lists them. */
export const RULES: readonly Rule[] = [
  ...consentRules,
  ...marketingRules,
  ...telephoneRules,
  phoneSectorRule,
  ...noticeRules,
  languageRule,
];
