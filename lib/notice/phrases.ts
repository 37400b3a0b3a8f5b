import type { Channel, LegalBasis, Retention } from '../form';
import type { Inline, SectionId } from './model';

export type Safeguard = 'adequacy' | 'scc' | 'bcr';
export type RecipientKind = 'internal' | 'processor' | 'partner';

/** Everything a notice says, in one language. Arguments are already-picked strings in that language. */
export type Phrases = {
  headings: Record<SectionId, string>;
  /** `form`: the public title, else the controller's name, else nothing. */
  title: (form: string | undefined) => string;
  shortTitle: string;
  date: (iso: string) => string;
  country: (code: string) => string;
  list: (items: string[]) => string;
  or: string;
  orList: (items: string[]) => string;
  quote: (s: string) => string;

  /** `form`: the public title in this language; without one the sentence says "this form". */
  controllerIs: (name: string, address: string, form: string | undefined) => string;
  dpo: string;
  euRepresentative: string;
  notProvided: string;

  collectedBy: (controller: string) => string;
  purposeBasis: (description: string, basis: string) => string;
  basis: (basis: LegalBasis, interest: string) => string;
  basisShort: (basis: LegalBasis['type']) => string;
  consentFree: string;
  noPurpose: string;

  recipientsIntro: string;
  recipientKind: Record<RecipientKind, string>;
  recipientGroup: (kind: string, names: string[]) => string;
  recipientsShort: (groups: string[]) => string;
  noRecipients: string;

  partners: (names: string[]) => string;
  partnersList: string;
  partnersWithdraw: string;

  transfersIntro: string;
  transfer: (name: string, country: string, safeguard: Safeguard, reference: string) => string;
  transferCopy: (how: string) => string;
  transferShort: (names: string[]) => string;

  retentionItem: (description: string, period: string) => string;
  retentionIntro: string;
  duration: (value: number, unit: 'days' | 'months' | 'years') => string;
  retentionFrom: Record<NonNullable<Retention['from']>, string>;
  retentionMissing: string;
  retentionStartMissing: string;
  retentionProof: string;

  mandatory: (fields: string[], consequences: string[]) => string;
  noneMandatory: string;

  rights: string;
  portability: string;
  withdrawal: string;
  objectionLegitimate: string;
  postMortem: string;
  rightsMore: string;

  objectionMarketing: string;
  objectAtCollection: string;
  channelMeans: Record<Exclude<Channel, 'none'>, string>;
  orWriting: string;

  bloctel: string;
  phonePriorConsent: string;
  phoneNoCanvassing: string;
  phoneLaw: string;

  noAutomated: string;
  profiling: (logic: string, consequences: string) => string;

  exercise: string;
  exercisePost: (address: string) => string;
  identity: string;
  complaint: string;
  complaintLink: Inline;
  complaintFull: string;
  more: string;
  moreLink: string;
  version: (date: string) => string;
};
