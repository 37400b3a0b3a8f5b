import type { Lang } from '../form';

/** A run of text inside a block: plain, emphasised, or a link. Strings are raw; renderers escape them. */
export type Inline = string | { strong: string } | { text: string; href: string };
export type Block = { kind: 'p'; parts: Inline[] } | { kind: 'list'; items: Inline[][] };

export const SECTION_IDS = [
  'controller',
  'purposes',
  'recipients',
  'partners',
  'transfers',
  'retention',
  'mandatory',
  'rights',
  'objection',
  'telephone',
  'automated',
  'contact',
  'complaint',
  'more',
  'version',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** What a section says, in legal terms: tests and the linter check concepts, never wording. */
export type Concept =
  | 'controller-identity'
  | 'dpo'
  | 'eu-representative'
  | 'purposes'
  | 'legal-basis'
  | 'legitimate-interest'
  | 'recipients'
  | 'partners'
  | 'transfers'
  | 'retention'
  | 'mandatory-fields'
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'portability'
  | 'withdrawal'
  | 'objection'
  | 'objection-marketing'
  | 'post-mortem'
  | 'bloctel'
  | 'phone-prior-consent'
  | 'phone-no-canvassing'
  | 'automated-decisions'
  | 'rights-contact'
  | 'complaint-cnil'
  | 'full-notice-link';

export type Section = { id: SectionId; heading: string; blocks: Block[]; concepts: Concept[] };
export type Layer = 'short' | 'full';

export type Notice = {
  lang: Lang;
  layer: Layer;
  title: string;
  effectiveDate: string;
  sections: Section[];
};

const conceptCache = new WeakMap<Notice, Set<Concept>>();

/** The concepts a notice states (computed once per notice object). */
export function conceptsOf(notice: Notice): Set<Concept> {
  let concepts = conceptCache.get(notice);
  if (!concepts) {
    concepts = new Set(notice.sections.flatMap((s) => s.concepts));
    conceptCache.set(notice, concepts);
  }
  return concepts;
}

export const p = (...parts: Inline[]): Block => ({ kind: 'p', parts });
export const list = (items: Inline[][]): Block => ({ kind: 'list', items });
