import type { Rule } from '../types';

/** Consumers in France are informed in French; a notice in English only does not reach its audience. */
export const languageRule: Rule = {
  id: 'R-NOTICE-LANGUAGE',
  title: 'Consumers in France are informed in French',
  severity: 'warning',
  source:
    'Loi n° 94-665 du 4 août 1994 relative à l’emploi de la langue française, art. 2; GDPR art. 12(1)',
  message:
    'This form addresses consumers but has no French version: consumers in France must be informed in French, in clear and plain language for its audience.',
  fix: 'Add French to the form’s languages and write the labels and the notice in French (English may stay as a second language).',
  check: ({ def }) =>
    !def.languages.includes('fr') &&
    (def.purposes.length === 0 || def.purposes.some((p) => p.audience === 'consumers'))
      ? [{ path: 'languages' }]
      : [],
};
