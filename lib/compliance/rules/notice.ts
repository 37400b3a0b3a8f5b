import { hasAdequacyDecision, isInEea, pick, usesBasis } from '../../form';
import { conceptsOf, type Concept } from '../../notice/model';
import { CONSENT_SENTENCE, SENSITIVE, VAGUE_RETENTION } from '../keywords';
import { entries, firstMatch, matches } from '../text';
import type { Hit, LintContext, Rule } from '../types';

const at = (i: number, rest = '') => `purposes[${i}]${rest}`;
const missingConcepts = ({ def, notice }: LintContext, concepts: Concept[]) =>
  def.languages.flatMap((lang) =>
    concepts.filter((c) => !conceptsOf(notice(lang)).has(c)).map((c) => `${c} (${lang})`),
  );

export const noticeRules: Rule[] = [
  {
    id: 'R-AT-COLLECTION',
    title: 'A short notice at the form links to the full notice',
    severity: 'blocking',
    source: 'GDPR art. 12(1), 13(1); WP29 WP260 rev.01',
    message: 'The form must show a short first layer and link to the full notice.',
    fix: 'Conforme renders the short mention under every form; keep it in your page.',
    enforcedBy: 'platform',
  },
  {
    id: 'R-BASIS-PER-PURPOSE',
    title: 'Each purpose has exactly one legal basis',
    severity: 'blocking',
    source: 'GDPR art. 6, 13(1)(c)',
    message: 'The form collects data but declares no purpose, so no legal basis.',
    fix: 'Add at least one purpose with its legal basis.',
    check: ({ def }) => [
      ...(def.fields.length && !def.purposes.length ? [{ path: 'purposes' }] : []),
      // A consent sentence kept as the name of a purpose whose basis is no longer consent (the builder's
      // template, left behind when the basis changed): the notice would name the purpose as a consent.
      ...def.purposes.flatMap((p, i) =>
        p.basis.type === 'consent'
          ? []
          : entries(p.label, at(i, '.label'))
              .filter(({ text }) => matches(text, CONSENT_SENTENCE))
              .map(({ path }) => ({
                path,
                message:
                  'This purpose does not rely on consent, yet its short name reads as a consent sentence (“I agree…”): name the purpose instead, such as “Handling your quote request”.',
              })),
      ),
    ],
  },
  {
    id: 'R-LI-DESCRIBED',
    title: 'A legitimate interest is stated',
    severity: 'blocking',
    source: 'GDPR art. 13(1)(d)',
    message: 'This purpose relies on legitimate interest without stating the interest pursued.',
    fix: 'Describe the interest in a sentence, such as "promoting our products to our customers".',
    check: ({ def }) =>
      def.purposes.flatMap((p, i) =>
        p.basis.type === 'legitimate_interest'
          ? def.languages
              .filter(
                (l) =>
                  !pick(p.basis.type === 'legitimate_interest' ? p.basis.interest : undefined, l),
              )
              .map((l) => ({ path: at(i, `.basis.interest.${l}`) }))
          : [],
      ),
  },
  {
    id: 'R-RECIPIENTS',
    title: 'Recipients are listed',
    severity: 'blocking',
    source: 'GDPR art. 13(1)(e)',
    message: 'This purpose lists no recipient.',
    fix: 'Add at least the internal department that uses the data, and every processor.',
    check: ({ def }) =>
      def.purposes.flatMap((p, i) => [
        ...(p.recipients.length ? [] : [{ path: at(i, '.recipients') }]),
        ...p.recipients.flatMap((r, j) =>
          def.languages
            .filter((l) => !pick(r.name, l))
            .map((l) => ({
              path: at(i, `.recipients[${j}].name.${l}`),
              message: 'Name this recipient.',
            })),
        ),
      ]),
  },
  {
    id: 'R-RETENTION',
    title: 'Each purpose has a concrete retention period',
    severity: 'blocking',
    source: 'GDPR art. 13(2)(a); CNIL référentiel on commercial activities (délibération 2021-131)',
    message: 'This purpose gives no retention period or criteria.',
    lesser: {
      severity: 'warning',
      when: 'criteria such as “as long as necessary”, or more than 3 years for prospects',
    },
    fix: 'Give a duration and its starting point, such as 3 years from the last contact.',
    check: ({ def }) =>
      def.purposes.flatMap((p, i): Hit[] => {
        const r = p.retention;
        if (!r) return [{ path: at(i, '.retention') }];
        const criteria = entries(r.criteria, at(i, '.retention.criteria'));
        const value = r.duration?.value;
        if (value === undefined && !criteria.length)
          return [
            { path: at(i, r.duration ? '.retention.duration.value' : '.retention.duration') },
          ];
        const hits: Hit[] = [];
        if (value !== undefined && !r.from && !criteria.length)
          hits.push({
            path: at(i, '.retention.from'),
            message: 'Say from when the retention period runs (collection, last contact…).',
          });
        const vague = firstMatch(criteria, VAGUE_RETENTION);
        if (vague)
          hits.push({
            path: vague.path,
            severity: 'warning',
            message: '"As long as necessary" is not a period: give a duration or precise criteria.',
          });
        const months =
          r.duration && value !== undefined
            ? value * { days: 1 / 30, months: 1, years: 12 }[r.duration.unit]
            : 0;
        if (p.marketing && r.from !== 'end_of_contract' && months > 36)
          hits.push({
            path: at(i, '.retention.duration'),
            severity: 'warning',
            message:
              'The CNIL recommends keeping prospects’ data at most 3 years from collection or last contact.',
          });
        return hits;
      }),
  },
  {
    id: 'R-RIGHTS-MATCH-BASIS',
    title: 'The rights listed follow the legal bases',
    severity: 'blocking',
    source: 'GDPR art. 13(2)(b)-(d)',
    message: 'The notice does not list every right that the legal bases give.',
    fix: 'Regenerate the notice: Conforme derives the rights from the bases.',
    check: (ctx) => {
      const need: Concept[] = ['access', 'rectification', 'erasure', 'restriction'];
      if (usesBasis(ctx.def, 'consent', 'contract')) need.push('portability');
      if (usesBasis(ctx.def, 'consent')) need.push('withdrawal');
      if (usesBasis(ctx.def, 'legitimate_interest')) need.push('objection');
      const missing = missingConcepts(ctx, need);
      return missing.length
        ? [{ path: 'purposes', message: `The notice omits: ${missing.join(', ')}.` }]
        : [];
    },
  },
  {
    id: 'R-DPO',
    title: 'The DPO’s contact is given',
    severity: 'blocking',
    source: 'GDPR art. 13(1)(b), 37',
    message: 'A DPO is declared without a way to contact them.',
    fix: 'Give the DPO’s email, web page or postal address.',
    check: ({ def }) => {
      const dpo = def.controller.dpo;
      return dpo && !dpo.email && !dpo.url && !dpo.address ? [{ path: 'controller.dpo' }] : [];
    },
  },
  {
    id: 'R-TRANSFER',
    title: 'Transfers outside the EEA name their safeguard',
    severity: 'blocking',
    source: 'GDPR art. 13(1)(f), 44-49',
    message: 'A recipient outside the EEA has no stated safeguard.',
    lesser: { severity: 'warning', when: 'the notice does not say how to obtain a copy' },
    fix: 'Choose the adequacy decision, standard contractual clauses or binding corporate rules, and say how to get a copy.',
    check: ({ def }) =>
      def.purposes.flatMap((p, i) =>
        p.recipients.flatMap((r, j): Hit[] => {
          if (isInEea(r.country)) return [];
          const path = at(i, `.recipients[${j}].transfer`);
          if (!r.transfer) return [{ path }];
          const hits: Hit[] = [];
          if (r.transfer.safeguard === 'adequacy' && !hasAdequacyDecision(r.country))
            hits.push({
              path: `${path}.safeguard`,
              message: `The European Commission has no adequacy decision for ${r.country} in Conforme’s list: check it, or use standard contractual clauses.`,
            });
          if (r.transfer.safeguard !== 'adequacy' && !r.transfer.copy)
            hits.push({
              path: `${path}.copy`,
              severity: 'warning',
              message:
                'Say how visitors can obtain a copy of the safeguard (otherwise the notice points to your rights contact).',
            });
          return hits;
        }),
      ),
  },
  {
    id: 'R-MANDATORY-MARKED',
    title: 'Mandatory fields are marked and the consequence stated',
    severity: 'warning',
    source: 'GDPR art. 13(2)(e)',
    message:
      'This mandatory field serves no purpose, so the notice cannot say what happens if it is left empty.',
    fix: 'Attach the field to the purpose that needs it, or make it optional.',
    check: ({ def }) =>
      def.fields.flatMap((f, i) =>
        f.required && !f.purposes.length
          ? [
              {
                path: `fields[${i}].purposes`,
                message: `The mandatory field “${f.key}” serves no purpose, so the notice cannot say what happens if it is left empty.`,
              },
            ]
          : [],
      ),
  },
  {
    id: 'R-POSTMORTEM',
    title: 'Post-mortem directives are mentioned',
    severity: 'warning',
    source: 'Loi Informatique et Libertés art. 85',
    message:
      'The notice does not mention the right to set directives about one’s data after death.',
    fix: 'Regenerate the notice: Conforme adds the mention.',
    check: (ctx) => (missingConcepts(ctx, ['post-mortem']).length ? [{ path: 'controller' }] : []),
  },
  {
    id: 'R-SENSITIVE',
    title: 'No special-category or criminal data on a marketing form',
    severity: 'blocking',
    source: 'GDPR art. 9, 10',
    message:
      'This field seems to collect special-category data (health, religion, opinions, union membership, sex life, ethnic origin, biometric or genetic data) or criminal data.',
    fix: 'Remove the field: a lead form has no need for it.',
    check: ({ def }) =>
      def.fields.flatMap((f, i) => {
        const texts = [
          { text: f.key.replace(/[_-]/g, ' '), path: `fields[${i}].key` },
          ...entries(f.label, `fields[${i}].label`),
        ];
        if (f.type === 'select')
          f.options.forEach((o, j) =>
            texts.push(...entries(o.label, `fields[${i}].options[${j}].label`)),
          );
        const hit = firstMatch(texts, SENSITIVE);
        return hit ? [{ path: hit.path }] : [];
      }),
  },
  {
    id: 'R-MINIMISATION',
    title: 'Every field serves a purpose',
    severity: 'warning',
    source: 'GDPR art. 5(1)(c)',
    message: 'No purpose uses this field.',
    fix: 'Attach it to the purpose that needs it, or remove it.',
    check: ({ def }) =>
      def.fields.flatMap((f, i) =>
        !f.purposes.length && !f.required
          ? [{ path: `fields[${i}].purposes`, message: `No purpose uses the field “${f.key}”.` }]
          : [],
      ),
  },
  {
    id: 'R-MINORS',
    title: 'Children under 15 need a parent’s consent too',
    severity: 'warning',
    source: 'GDPR art. 8; Loi Informatique et Libertés art. 45',
    message: 'Visitors under 15 may fill this form and a purpose relies on consent.',
    fix: 'Collect the consent of a holder of parental authority as well, or restrict the form to visitors aged 15 or more.',
    check: ({ def }) =>
      def.minorsPossible && usesBasis(def, 'consent') ? [{ path: 'minorsPossible' }] : [],
  },
  {
    id: 'R-CONTROLLER',
    title: 'The controller and a contact for rights are identified',
    severity: 'blocking',
    source: 'GDPR art. 13(1)(a)',
    message: 'The controller’s identity or a contact for exercising rights is missing.',
    fix: 'Give the legal name, postal address and an email or web page for exercising rights.',
    check: ({ def }) => {
      const c = def.controller;
      const hits: Hit[] = [];
      if (!c.name)
        hits.push({ path: 'controller.name', message: 'Give the controller’s legal name.' });
      if (!c.address)
        hits.push({ path: 'controller.address', message: 'Give the controller’s postal address.' });
      if (!c.rightsContact?.email && !c.rightsContact?.url)
        hits.push({
          path: 'controller.rightsContact',
          message: 'Give an email or a web page where visitors exercise their rights.',
        });
      return hits;
    },
  },
  {
    id: 'R-PROOF-RECORD',
    title: 'Every submission produces a consent record',
    severity: 'blocking',
    source: 'GDPR art. 7(1); EDPB Guidelines 05/2020 §§104-106; CNIL délibération 2020-092',
    message:
      'Each submission must be recorded with the notice version shown and every consent given or refused.',
    fix: 'Collect through Conforme’s export or hosted page: each submission is recorded with its proof.',
    enforcedBy: 'platform',
  },
];
