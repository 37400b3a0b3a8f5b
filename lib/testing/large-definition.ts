import { FIELD_TYPES, formDefinitionSchema, type FormDefinition } from '../form';

/** A synthetic definition of `fieldCount` fields and `purposeCount` purposes, valid and lint-clean-ish, for benchmarks. */
export function largeDefinition(fieldCount: number, purposeCount: number): FormDefinition {
  const bases = ['consent', 'contract', 'legitimate_interest', 'legal_obligation'] as const;
  const purposes = Array.from({ length: purposeCount }, (_, i) => {
    const type = bases[i % bases.length] ?? 'consent';
    return {
      id: `p${i}`,
      label: {
        fr: `J'accepte de recevoir par email les offres n°${i} d'Acme.`,
        en: `I agree to receive Acme's offers #${i} by email.`,
      },
      description: { fr: `vous envoyer les offres n°${i}`, en: `send you offers #${i}` },
      basis:
        type === 'legitimate_interest'
          ? { type, interest: { fr: 'prospecter nos clients', en: 'prospecting our customers' } }
          : { type },
      marketing: type === 'consent',
      channel: 'email' as const,
      audience: 'professionals' as const,
      retention: { duration: { value: 3, unit: 'years' as const }, from: 'last_contact' as const },
      recipients: [
        {
          kind: 'internal' as const,
          name: { fr: 'service marketing', en: 'marketing' },
          country: 'FR',
        },
        {
          kind: 'processor' as const,
          name: { fr: `Routeur ${i}`, en: `Router ${i}` },
          country: i % 3 ? 'FR' : 'US',
          transfer: { safeguard: 'scc' as const, copy: 'privacy@acme.example' },
        },
      ],
      objectionLabel:
        type === 'legitimate_interest' ? { fr: 'Je refuse', en: 'I object' } : undefined,
    };
  });
  const types = FIELD_TYPES.filter((t) => t !== 'select');
  const fields = Array.from({ length: fieldCount }, (_, i) => ({
    type: types[i % types.length] ?? 'text',
    key: `f${i}`,
    label: { fr: `Champ ${i}`, en: `Field ${i}` },
    required: i % 5 === 0,
    purposes: [`p${i % purposeCount}`],
  }));
  return formDefinitionSchema.parse({
    title: 'Large form',
    context: 'lead',
    languages: ['fr', 'en'],
    effectiveDate: '2026-09-01',
    submitLabel: { fr: 'Envoyer', en: 'Send' },
    controller: {
      name: 'Acme SAS',
      address: '1 rue de Paris, 75001 Paris',
      rightsContact: { email: 'privacy@acme.example' },
      dpo: { email: 'dpo@acme.example' },
    },
    fields,
    purposes,
    acknowledgements: [],
  });
}
