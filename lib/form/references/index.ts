import { parseDefinition } from '../parse';
import b2bWhitepaper from './b2b-whitepaper.json';
import contactQuote from './contact-quote.json';
import contestPartners from './contest-partners.json';
import customerAccount from './customer-account.json';
import newsletter from './newsletter.json';
import outsideEea from './outside-eea.json';
import type { FormDefinition } from '../schema';

/** The reference definitions shipped with Conforme, described for the "new form" page. */
export const REFERENCES = [
  { id: 'newsletter', name: 'Newsletter', summary: 'An email newsletter sign-up with a single consent box.' },
  { id: 'contact-quote', name: 'Quote request with a phone number', summary: 'A consumer quote request, with separate email and telephone marketing consents.' },
  { id: 'b2b-whitepaper', name: 'B2B white-paper download', summary: 'A download for professionals, prospected on legitimate interest with an objection box.' },
  { id: 'contest-partners', name: 'Contest with partner sharing', summary: 'A free contest with the rules to accept, an optional newsletter and a separate box for partners.' },
  { id: 'customer-account', name: 'Customer account (existing-customer exception)', summary: 'Account creation during a sale, with the soft opt-in and an objection box.' },
  { id: 'outside-eea', name: 'Demo request with a processor outside the EEA', summary: 'A B2B demo request whose CRM and scheduling tools are in the United States.' },
] as const;
export type ReferenceId = (typeof REFERENCES)[number]['id'];

const SOURCES: Record<ReferenceId, unknown> = {
  newsletter,
  'contact-quote': contactQuote,
  'b2b-whitepaper': b2bWhitepaper,
  'contest-partners': contestPartners,
  'customer-account': customerAccount,
  'outside-eea': outsideEea,
};

/** Validates one reference definition (they ship as JSON beside this file, for the CLI and for review). */
export function loadReference(id: ReferenceId): FormDefinition {
  const parsed = parseDefinition(structuredClone(SOURCES[id]));
  if (!parsed.ok) throw new Error(`Reference ${id} is invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return parsed.data;
}
