import {
  hasText,
  isPhoneCanvassing,
  marketingPurposes,
  phoneFields,
  purposesOfField,
} from '../../form';
import { conceptsOf } from '../../notice/model';
import type { Hit, Rule } from '../types';

const ELECTRONIC = new Set(['email', 'sms']);
const at = (i: number, rest = '') => `purposes[${i}]${rest}`;

export const marketingRules: Rule[] = [
  {
    id: 'R-B2C-OPTIN',
    title: 'Electronic marketing to consumers needs prior consent',
    severity: 'blocking',
    source: 'CPCE art. L34-5',
    message: 'Marketing to consumers by email or SMS relies on a basis other than consent.',
    fix: 'Set the legal basis to consent: the purpose then gets its own unticked box.',
    check: ({ def }) =>
      def.purposes.flatMap((p, i) =>
        p.marketing &&
        p.audience === 'consumers' &&
        ELECTRONIC.has(p.channel) &&
        p.basis.type !== 'consent' &&
        !p.existingCustomerException
          ? [{ path: at(i, '.basis') }]
          : [],
      ),
  },
  {
    id: 'R-SOFT-OPTIN',
    title: 'The existing-customer exception needs a sale and an objection offered at collection',
    severity: 'blocking',
    source: 'CPCE art. L34-5 §4; CNIL; CJEU C-654/23 Inteligo Media (13 Nov 2025)',
    message: 'The existing-customer exception is claimed where it cannot apply.',
    fix: 'Use consent on lead forms; on a customer form, market only similar products of your own and offer an unticked objection box.',
    check: ({ def }) =>
      def.purposes.flatMap((p, i): Hit[] => {
        if (!p.existingCustomerException) return [];
        if (def.context !== 'customer')
          return [
            {
              path: at(i, '.existingCustomerException'),
              message:
                'A lead form is not a sale or a service: the existing-customer exception is not available here; ask for consent.',
            },
          ];
        const hits: Hit[] = [];
        if (p.basis.type !== 'legitimate_interest')
          hits.push({
            path: at(i, '.basis'),
            message:
              'The existing-customer exception relies on legitimate interest, not on another basis.',
          });
        if (!hasText(p.objectionLabel))
          hits.push({
            path: at(i, '.objectionLabel'),
            message:
              'Offer a free and simple way to object at collection: add the objection box label.',
          });
        if (!p.marketing || p.channel === 'none')
          hits.push({
            path: at(i, '.channel'),
            message: 'The exception covers electronic marketing only: set the channel.',
          });
        return hits;
      }),
  },
  {
    id: 'R-B2B',
    title: 'B2B prospecting on legitimate interest: inform, allow objection, relate to the job',
    severity: 'warning',
    source: 'CNIL guidance on B2B prospecting; CPCE art. L34-5',
    message:
      'Professionals prospected on legitimate interest must be able to object at collection, free of charge.',
    fix: 'Add the objection box label (unticked) and keep messages related to the person’s job.',
    check: ({ def }) =>
      def.purposes.flatMap((p, i) =>
        p.marketing &&
        p.audience === 'professionals' &&
        p.basis.type === 'legitimate_interest' &&
        !hasText(p.objectionLabel)
          ? [{ path: at(i, '.objectionLabel') }]
          : [],
      ),
  },
  {
    id: 'R-ART21',
    title: 'The right to object to direct marketing is stated separately',
    severity: 'blocking',
    source: 'GDPR art. 21(2)-(4), recital 70',
    message: 'Visitors cannot exercise their right to object to direct marketing free of charge.',
    lesser: { severity: 'warning', when: 'every marketing purpose relies on consent' },
    fix: 'Give a contact email or page for exercising rights; Conforme states the right separately in the notice.',
    check: ({ def, notice }) => {
      const marketing = marketingPurposes(def);
      if (!marketing.length) return [];
      const severity = marketing.some((p) => p.basis.type === 'legitimate_interest')
        ? 'blocking'
        : 'warning';
      const c = def.controller.rightsContact;
      if (!c?.email && !c?.url) return [{ path: 'controller.rightsContact', severity }];
      return def.languages.some((lang) => !conceptsOf(notice(lang)).has('objection-marketing'))
        ? [
            {
              path: 'purposes',
              severity,
              message: 'The generated notice does not state the right to object separately.',
            },
          ]
        : [];
    },
  },
];

export const telephoneRules: Rule[] = [
  {
    id: 'R-BLOCTEL',
    title: 'Consumers giving a phone number are told about Bloctel',
    severity: 'blocking',
    source: 'Code de la consommation, former art. L223-1 and L223-2',
    appliesUntil: '2026-08-11',
    message:
      'A consumer’s phone number is collected but the notice does not mention the Bloctel opposition list.',
    fix: 'Conforme adds the Bloctel mention for forms dated before 11 August 2026; regenerate the notice.',
    check: ({ def, notice }) =>
      phoneFields(def).length &&
      def.languages.some(
        (lang) =>
          notice(lang).sections.some((s) => s.id === 'telephone') &&
          !conceptsOf(notice(lang)).has('bloctel'),
      )
        ? [{ path: 'effectiveDate' }]
        : [],
  },
  {
    id: 'R-PHONE-OPTIN',
    title: 'Telephone canvassing of consumers needs prior consent',
    severity: 'blocking',
    source: 'Loi n° 2025-594 du 30 juin 2025; Code de la consommation, new art. L223-1 and L223-2',
    appliesFrom: '2026-08-11',
    message: 'Telephone canvassing of consumers needs its own prior, unticked consent.',
    fix: 'Add a consent purpose with the phone channel (its own box) and attach the phone field to it.',
    check: ({ def }) => {
      const hits: Hit[] = [];
      def.purposes.forEach((p, i) => {
        if (!isPhoneCanvassing(p)) return;
        // The sector ban (energy renovation, home adaptation) is R-PHONE-BANNED-SECTOR, at every date it applies.
        if (p.audience === 'consumers' && p.basis.type !== 'consent')
          hits.push({ path: at(i, '.basis') });
      });
      phoneFields(def).forEach((field) => {
        const fi = def.fields.indexOf(field);
        const users = purposesOfField(def, field);
        const consumer = (users.length ? users : def.purposes).some(
          (p) => p.audience === 'consumers',
        );
        if (!consumer) return;
        const misuse = users.find(
          (p) => p.marketing && p.channel !== 'phone' && !isPhoneCanvassing(p),
        );
        if (misuse)
          hits.push({
            path: `fields[${fi}].purposes`,
            message: `The phone number is attached to the marketing purpose "${misuse.id}": telephone canvassing needs its own consent purpose on the phone channel.`,
          });
        if (!users.length && def.purposes.some((p) => p.marketing))
          hits.push({
            path: `fields[${fi}].purposes`,
            message:
              'A phone number is collected on a marketing form without saying why: attach it to a telephone consent purpose, or to the purpose that needs it.',
          });
      });
      return hits;
    },
  },
];
