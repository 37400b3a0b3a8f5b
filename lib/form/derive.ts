import type { FormDefinition, Purpose, Recipient } from './schema';

/** Loi n° 2025-594: from this date telephone canvassing of consumers needs prior consent; Bloctel ends. */
export const PHONE_CONSENT_FROM = '2026-08-11';

// EU 27 + Iceland, Liechtenstein, Norway.
const EEA = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(
    ' ',
  ),
);
// Countries with an adequacy decision of the European Commission (US: only organisations certified under the Data Privacy Framework).
const ADEQUATE = new Set('AD AR CA CH FO GB GG IL IM JP JE KR NZ UY US'.split(' '));

export const isInEea = (country: string) => EEA.has(country);
export const hasAdequacyDecision = (country: string) => ADEQUATE.has(country);

export type TelephoneRegime = 'bloctel' | 'prior-consent';
export const telephoneRegime = (date: string): TelephoneRegime =>
  date < PHONE_CONSENT_FROM ? 'bloctel' : 'prior-consent';

export const consentPurposes = (def: FormDefinition) =>
  def.purposes.filter((p) => p.basis.type === 'consent');
export const marketingPurposes = (def: FormDefinition) => def.purposes.filter((p) => p.marketing);
export const usesBasis = (def: FormDefinition, ...types: Purpose['basis']['type'][]) =>
  def.purposes.some((p) => types.includes(p.basis.type));
export const isPhoneCanvassing = (p: Purpose) => p.marketing && p.channel === 'phone';

export const phoneFields = (def: FormDefinition) => def.fields.filter((f) => f.type === 'phone');

/** Purposes that use the given field (by the field's own list). */
export const purposesOfField = (def: FormDefinition, field: FormDefinition['fields'][number]) =>
  def.purposes.filter((p) => field.purposes.includes(p.id));

/** A consumer's telephone number is collected: the telephone-canvassing wording applies. */
export function collectsConsumerPhone(def: FormDefinition): boolean {
  return phoneFields(def).some((field) => {
    const users = purposesOfField(def, field);
    return (users.length ? users : def.purposes).some((p) => p.audience === 'consumers');
  });
}

export type RecipientUse = { recipient: Recipient; purposes: Purpose[] };

/** Every distinct recipient (by kind, name and country) with the purposes it receives data for. */
export function recipientsOf(def: FormDefinition): RecipientUse[] {
  const byKey = new Map<string, RecipientUse>();
  for (const purpose of def.purposes)
    for (const recipient of purpose.recipients) {
      const key = `${recipient.kind}|${recipient.country}|${recipient.name.fr ?? ''}|${recipient.name.en ?? ''}`;
      const use = byKey.get(key) ?? { recipient, purposes: [] };
      use.purposes.push(purpose);
      byKey.set(key, use);
    }
  return [...byKey.values()];
}

export const transfersOf = (def: FormDefinition) =>
  recipientsOf(def).filter((u) => !isInEea(u.recipient.country));
export const partnerPurposes = (def: FormDefinition) =>
  def.purposes.filter((p) => p.recipients.some((r) => r.kind === 'partner'));

export function requiredFields(def: FormDefinition) {
  return def.fields.filter((f) => f.required);
}
