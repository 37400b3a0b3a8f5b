import { consentPurposes, pick } from '../../form';
import { CHANNEL_WORDS, DARK_PATTERN, IMPLIED_CONSENT, INCENTIVE, MARKETING } from '../keywords';
import { detectBundle } from '../bundled';
import { entries, firstMatch, matches, normalize } from '../text';
import { conceptsOf } from '../../notice/model';
import type { Hit, Rule } from '../types';

const PLANET49 = 'CJEU C-673/17 Planet49 (1 Oct 2019)';

export const consentRules: Rule[] = [
  {
    id: 'R-UNCHECKED',
    title: 'Consent boxes are never pre-ticked',
    severity: 'blocking',
    source: `GDPR art. 4(11), recital 32; ${PLANET49}`,
    message: 'A consent checkbox must be unticked until the visitor ticks it.',
    fix: 'Remove any "checked" or default value: Conforme renders every consent box unticked.',
    enforcedBy: 'schema',
  },
  {
    id: 'R-ONE-PURPOSE-PER-BOX',
    title: 'One checkbox per consent purpose',
    severity: 'blocking',
    source: 'GDPR recitals 32, 43; EDPB Guidelines 05/2020 §§42-45',
    message: 'This consent label seems to cover several purposes in one box.',
    lesser: { severity: 'warning', when: 'profiling, surveys or several channels in one box' },
    fix: 'Split it into one consent purpose per use (for example your own offers, and sharing with partners).',
    check: ({ def }) =>
      consentPurposes(def).flatMap((p) => {
        const i = def.purposes.indexOf(p);
        return entries(p.label, `purposes[${i}].label`).flatMap(({ text, path }): Hit[] => {
          const bundle = detectBundle(text);
          return bundle ? [{ path, ...bundle }] : [];
        });
      }),
  },
  {
    id: 'R-NOT-BUNDLED',
    title: 'Consent is separate from accepting terms',
    severity: 'blocking',
    source: 'GDPR art. 7(2)',
    message: 'An acknowledgement box (terms, rules, privacy policy) carries a marketing purpose.',
    fix: 'Keep the acknowledgement to the terms only and add the marketing use as its own consent purpose.',
    check: ({ def }) =>
      def.acknowledgements.flatMap((a, i) => {
        const hit = firstMatch(entries(a.label, `acknowledgements[${i}].label`), MARKETING);
        return hit ? [{ path: hit.path }] : [];
      }),
  },
  {
    id: 'R-NOT-CONDITIONAL',
    title: 'The form works with every consent refused',
    severity: 'blocking',
    source: 'GDPR art. 7(4), recital 43; EDPB Guidelines 05/2020 §3.1.2',
    message:
      'A mandatory field is used only by consent purposes, so the visitor cannot use the form without giving data for them.',
    fix: 'Make the field optional, or attach it to a purpose the form needs (such as handling the request).',
    check: ({ def }) => {
      const hasOther = def.purposes.some((p) => p.basis.type !== 'consent');
      if (!hasOther) return [];
      return def.fields.flatMap((f, i) => {
        const users = def.purposes.filter((p) => f.purposes.includes(p.id));
        return f.required && users.length > 0 && users.every((p) => p.basis.type === 'consent')
          ? [{ path: `fields[${i}].required` }]
          : [];
      });
    },
  },
  {
    id: 'R-AFFIRMATIVE-ACT',
    title: 'Submitting the form is not consent',
    severity: 'blocking',
    source: `${PLANET49}; GDPR art. 4(11)`,
    message: '"By submitting this form you accept…" does not collect valid consent.',
    fix: 'Remove the sentence; each consent purpose already has its own unticked box.',
    check: ({ def }) => {
      const texts = [
        ...entries(def.intro, 'intro'),
        ...entries(def.submitLabel, 'submitLabel'),
        ...def.acknowledgements.flatMap((a, i) => entries(a.label, `acknowledgements[${i}].label`)),
        ...def.purposes.flatMap((p, i) => entries(p.description, `purposes[${i}].description`)),
      ];
      const hit = firstMatch(texts, IMPLIED_CONSENT);
      return hit ? [{ path: hit.path }] : [];
    },
  },
  {
    id: 'R-NO-DARK-PATTERN',
    title: 'Accepting and refusing are equally easy',
    severity: 'warning',
    source: 'CNIL SAN-2023-025 (29 Dec 2023), SAN-2024-003 (31 Jan 2024)',
    message: 'The consent label pressures the visitor (emphasis, guilt or a recommendation).',
    fix: 'Describe the use neutrally; a box the visitor leaves unticked is the refusal.',
    check: ({ def }) =>
      consentPurposes(def).flatMap((p) => {
        const i = def.purposes.indexOf(p);
        const labels = entries(p.label, `purposes[${i}].label`);
        const hit =
          firstMatch(labels, DARK_PATTERN) ?? labels.find((l) => /[A-ZÀ-Ý]{6,}/.test(l.text));
        return hit ? [{ path: hit.path }] : [];
      }),
  },
  {
    id: 'R-INFORMED-LABEL',
    title: 'Each consent label names the controller, the purpose and the channel',
    severity: 'blocking',
    source: 'GDPR recital 42; EDPB Guidelines 05/2020 §3.3.1',
    message: 'The consent label does not say who will use the data, for what, or by which channel.',
    fix: 'Write it as: "I agree to receive [what] from [controller] by [channel]."',
    check: ({ def }) => {
      const hits: Hit[] = [];
      const brand =
        normalize(def.controller.name)
          .replace(/\b(sas|sarl|sa|sasu|eurl|snc|ltd|inc|gmbh|llc)\b\.?/g, '')
          .trim()
          .split(/\s+/)[0] ?? '';
      def.purposes.forEach((p, i) => {
        if (p.basis.type !== 'consent') return;
        for (const lang of def.languages) {
          const label = pick(p.label, lang);
          const path = `purposes[${i}].label.${lang}`;
          const missing: string[] = [];
          if (!brand || !normalize(label).includes(brand)) missing.push('the controller');
          if (p.channel !== 'none' && !matches(label, CHANNEL_WORDS[p.channel]))
            missing.push(`the channel (${p.channel})`);
          if (!pick(p.description, lang)) missing.push('the purpose (description)');
          if (missing.length)
            hits.push({ path, message: `The consent label does not name ${missing.join(', ')}.` });
        }
      });
      return hits;
    },
  },
  {
    id: 'R-WITHDRAWAL',
    title: 'Withdrawal is explained before consent',
    severity: 'blocking',
    source: 'GDPR art. 7(3), 13(2)(c)',
    message: 'Visitors are asked for consent but given no address or link to withdraw it.',
    fix: 'Give a contact email or page for exercising rights in the controller section.',
    check: ({ def, notice }) => {
      if (!consentPurposes(def).length) return [];
      const c = def.controller.rightsContact;
      if (!c?.email && !c?.url) return [{ path: 'controller.rightsContact' }];
      return def.languages.some((lang) => !conceptsOf(notice(lang)).has('withdrawal'))
        ? [
            {
              path: 'controller.rightsContact',
              message: 'The generated notice does not state the right to withdraw consent.',
            },
          ]
        : [];
    },
  },
  {
    id: 'R-PARTNERS',
    title: 'Sharing with partners has its own box and named partners',
    severity: 'blocking',
    source: 'CNIL guidance on transfers of B2C data to partners (2018); CNIL SAN-2023-015',
    lesser: { severity: 'warning', when: 'no link to the up-to-date list of partners' },
    message:
      'Data passed to partners for their own marketing needs its own consent box and identifiable partners.',
    fix: 'Put partner recipients in a consent purpose of their own, name each partner and link to the up-to-date list.',
    check: ({ def }) => {
      const hits: Hit[] = [];
      def.purposes.forEach((p, i) => {
        const partners = p.recipients.filter((r) => r.kind === 'partner');
        if (!partners.length) return;
        if (p.basis.type !== 'consent')
          hits.push({
            path: `purposes[${i}].basis`,
            message: 'Passing data to partners for their own marketing requires consent.',
          });
        if (p.recipients.some((r) => r.kind !== 'partner') && p.marketing)
          hits.push({
            path: `purposes[${i}].recipients`,
            message:
              'This purpose mixes your own marketing with partner sharing: give partner sharing its own box.',
          });
        if (!p.partnersUrl && partners.some((r) => def.languages.some((l) => !pick(r.name, l))))
          hits.push({
            path: `purposes[${i}].partnersUrl`,
            message: 'Name every partner or link to the up-to-date list of partners.',
          });
        if (!p.partnersUrl)
          hits.push({
            path: `purposes[${i}].partnersUrl`,
            message: 'Link to the up-to-date list of partners so visitors can check it later.',
            severity: 'warning',
          });
      });
      return hits;
    },
  },
  {
    id: 'R-NO-INCENTIVE',
    title: 'Consent is not bought',
    severity: 'warning',
    source: 'GDPR art. 7(4); EDPB Guidelines 05/2020',
    message: 'The consent label offers a reward for ticking it.',
    fix: 'Give the reward to every participant, whether or not they tick the box, and remove it from the label.',
    check: ({ def }) =>
      consentPurposes(def).flatMap((p) => {
        const hit = firstMatch(
          entries(p.label, `purposes[${def.purposes.indexOf(p)}].label`),
          INCENTIVE,
        );
        return hit ? [{ path: hit.path }] : [];
      }),
  },
];
