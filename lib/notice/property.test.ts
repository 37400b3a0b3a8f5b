import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  collectsConsumerPhone,
  formDefinitionSchema,
  isInEea,
  PHONE_CONSENT_FROM,
  type FormDefinition,
  type FormDefinitionInput,
} from '../form';
import { buildNotice } from './build';
import { conceptsOf, type Concept } from './model';
import { renderHtml } from './render';

const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0);
const both = fc.record({ fr: text, en: text });
const basis = fc.oneof(
  fc.constant({ type: 'consent' as const }),
  fc.constant({ type: 'contract' as const }),
  fc.record({ type: fc.constant('legitimate_interest' as const), interest: both }),
  fc.constant({ type: 'legal_obligation' as const }),
);
const recipient = fc.record({
  kind: fc.constantFrom('internal' as const, 'processor' as const, 'partner' as const),
  name: both,
  country: fc.constantFrom('FR', 'DE', 'US', 'IN'),
  transfer: fc.option(
    fc.record({ safeguard: fc.constantFrom('adequacy' as const, 'scc' as const, 'bcr' as const) }),
    { nil: undefined },
  ),
});

const definition: fc.Arbitrary<FormDefinitionInput> = fc
  .record({
    ids: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 5 }),
    fieldTypes: fc.array(
      fc.constantFrom('email' as const, 'phone' as const, 'company' as const, 'text' as const),
      { minLength: 1, maxLength: 6 },
    ),
    date: fc.date({
      min: new Date('2025-01-01'),
      max: new Date('2027-12-31'),
      noInvalidDate: true,
    }),
    email: fc.option(fc.constant('privacy@example.com'), { nil: undefined }),
    dpo: fc.boolean(),
    seeds: fc.array(
      fc.record({
        basis,
        marketing: fc.boolean(),
        channel: fc.constantFrom(
          'email' as const,
          'sms' as const,
          'phone' as const,
          'post' as const,
          'none' as const,
        ),
        audience: fc.constantFrom('consumers' as const, 'professionals' as const),
        recipients: fc.array(recipient, { maxLength: 3 }),
        required: fc.boolean(),
        use: fc.nat(),
      }),
      { minLength: 5, maxLength: 6 },
    ),
  })
  .map(({ ids, fieldTypes, date, email, dpo, seeds }) => ({
    title: 'Generated form',
    context: 'lead' as const,
    languages: ['fr' as const, 'en' as const],
    effectiveDate: date.toISOString().slice(0, 10),
    submitLabel: { fr: 'Envoyer', en: 'Send' },
    controller: {
      name: 'Acme SAS',
      address: '1 rue X, Paris',
      rightsContact: { email },
      dpo: dpo ? { email: 'dpo@example.com' } : undefined,
    },
    fields: fieldTypes.map((type, i) => ({
      type,
      key: `f${i}`,
      label: { fr: `Champ ${i}`, en: `Field ${i}` },
      required: seeds[i % seeds.length]?.required ?? false,
      purposes: ids.filter((_, j) => (j + i) % 2 === 0),
    })),
    purposes: ids.map((id, i) => {
      const s = seeds[i % seeds.length] ?? seeds[0];
      if (!s) throw new Error('no seed');
      return {
        id,
        label: { fr: `Finalité ${id}`, en: `Purpose ${id}` },
        description: { fr: `faire ${id}`, en: `do ${id}` },
        basis: s.basis,
        marketing: s.marketing,
        channel: s.channel,
        audience: s.audience,
        retention: { duration: { value: 3, unit: 'years' as const }, from: 'collection' as const },
        recipients: s.recipients,
      };
    }),
    acknowledgements: [],
  }));

function required(def: FormDefinition, layer: 'short' | 'full'): Concept[] {
  const bases = new Set(def.purposes.map((p) => p.basis.type));
  const need: Concept[] = [
    'purposes',
    'legal-basis',
    'retention',
    'access',
    'rectification',
    'erasure',
    'restriction',
    'post-mortem',
    'complaint-cnil',
    'mandatory-fields',
  ];
  if (bases.has('consent')) need.push('withdrawal');
  if (bases.has('consent') || bases.has('contract')) need.push('portability');
  if (bases.has('legitimate_interest')) need.push('objection');
  if (def.purposes.some((p) => p.marketing)) need.push('objection-marketing');
  if (def.purposes.some((p) => p.recipients.length)) need.push('recipients');
  if (def.controller.rightsContact?.email) need.push('rights-contact');
  if (def.purposes.some((p) => p.recipients.some((r) => !isInEea(r.country))))
    need.push('transfers');
  if (collectsConsumerPhone(def) && def.effectiveDate < PHONE_CONSENT_FROM) need.push('bloctel');
  if (layer === 'short') need.push('full-notice-link');
  if (layer === 'full') {
    need.push('controller-identity', 'automated-decisions');
    if (def.controller.dpo) need.push('dpo');
    if (bases.has('legitimate_interest')) need.push('legitimate-interest');
    if (def.purposes.some((p) => p.recipients.some((r) => r.kind === 'partner')))
      need.push('partners');
  }
  return need;
}

describe('notice properties', () => {
  it('every valid definition yields notices with every item its bases and channels require', () => {
    fc.assert(
      fc.property(definition, (input) => {
        const def = formDefinitionSchema.parse(input);
        for (const lang of def.languages)
          for (const layer of ['short', 'full'] as const) {
            const notice = buildNotice(def, { lang, layer });
            const concepts = conceptsOf(notice);
            const missing = required(def, layer).filter((c) => !concepts.has(c));
            assert.deepEqual(missing, [], `${lang}/${layer} misses ${missing.join(', ')}`);
            if (collectsConsumerPhone(def))
              assert.ok(concepts.has('bloctel') !== def.effectiveDate >= PHONE_CONSENT_FROM);
            assert.ok(
              !/<(?!\/?(p|ul|li|a|h1|h2|section|article|div|strong)[\s>])/.test(renderHtml(notice)),
              'only our own tags',
            );
          }
      }),
      { numRuns: 200 },
    );
  });
});
