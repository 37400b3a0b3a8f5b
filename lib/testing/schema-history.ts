import { parseDefinition, type SchemaHistory } from '../form';
import { reference } from './fixtures';

/**
 * A schema change replayed: in this history today's shape is version 2, and version 1 had one `language`
 * and purpose labels as plain strings in that language. Old definitions must still read as today's shape.
 */
export const REPLAYED_HISTORY: SchemaHistory = {
  current: 2,
  migrations: {
    1: ({ language, purposes, ...rest }) => {
      const lang = String(language);
      return {
        ...rest,
        languages: [lang],
        purposes: (purposes as Record<string, unknown>[]).map((p) => ({
          ...p,
          label: { [lang]: p.label },
        })),
      };
    },
  },
  parse: parseDefinition,
};

/** The newsletter reference as version 1 of REPLAYED_HISTORY stored it. */
export function newsletterInVersion1Shape(): Record<string, unknown> {
  const { languages: _languages, purposes, ...rest } = reference('newsletter');
  return {
    ...rest,
    language: 'fr',
    purposes: purposes.map((p) => ({ ...p, label: p.label.fr })),
  };
}
