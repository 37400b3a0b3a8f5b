import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FormDefinition } from '../form';
import type { ReferenceId } from '../form/references';
import { buildNotice, type Concept, type Notice } from '../notice';
import { nth, reference } from '../testing/fixtures';
import { lint } from './lint';
import { RULES } from './rules';
import type { Hit, LintContext, Rule } from './types';

type Case = {
  rule: string;
  /** A reference on which the rule is relevant and satisfied. */
  base: ReferenceId;
  date?: string;
  mutate?: (def: FormDefinition) => void;
  /** Removes a concept from the generated notice, for rules that check the generator's output. */
  drop?: Concept;
  expect?: RegExp;
};

const both = (fr: string, en: string) => ({ fr, en });
const purpose = (def: FormDefinition, i = 0) => nth(def.purposes, i);

const CASES: Case[] = [
  {
    rule: 'R-ONE-PURPOSE-PER-BOX',
    base: 'newsletter',
    mutate: (d) =>
      (purpose(d).label.fr =
        "J'accepte de recevoir par email la newsletter de Maison Lumière et de ses partenaires."),
  },
  {
    rule: 'R-ONE-PURPOSE-PER-BOX',
    base: 'newsletter',
    mutate: (d) =>
      (purpose(d).label.en = "I agree to receive Maison Lumière's news by email and by SMS."),
  },
  {
    rule: 'R-NOT-BUNDLED',
    base: 'contest-partners',
    mutate: (d) =>
      (nth(d.acknowledgements, 0).label.fr = "J'accepte le règlement du jeu et la newsletter."),
  },
  {
    rule: 'R-NOT-CONDITIONAL',
    base: 'contact-quote',
    mutate: (d) => (nth(d.fields, 3).purposes = ['phone_offers']),
  },
  {
    rule: 'R-AFFIRMATIVE-ACT',
    base: 'newsletter',
    mutate: (d) =>
      (d.intro = both(
        'En soumettant ce formulaire, vous acceptez de recevoir nos offres.',
        'Newsletter',
      )),
  },
  {
    rule: 'R-AFFIRMATIVE-ACT',
    base: 'newsletter',
    mutate: (d) =>
      (d.intro = both('Newsletter', 'By clicking Subscribe you agree to receive our offers.')),
  },
  {
    rule: 'R-NO-DARK-PATTERN',
    base: 'newsletter',
    mutate: (d) => {
      purpose(d).label.fr = `${purpose(d).label.fr ?? ''} (recommandé !!)`;
    },
  },
  {
    rule: 'R-INFORMED-LABEL',
    base: 'newsletter',
    mutate: (d) => (purpose(d).label.fr = "J'accepte de recevoir des nouvelles."),
    expect: /controller, the channel/,
  },
  { rule: 'R-WITHDRAWAL', base: 'newsletter', mutate: (d) => (d.controller.rightsContact = {}) },
  { rule: 'R-WITHDRAWAL', base: 'newsletter', drop: 'withdrawal' },
  {
    rule: 'R-PARTNERS',
    base: 'contest-partners',
    mutate: (d) =>
      (purpose(d, 2).basis = { type: 'legitimate_interest', interest: both('x', 'x') }),
    expect: /requires consent/,
  },
  {
    rule: 'R-PARTNERS',
    base: 'contest-partners',
    mutate: (d) => purpose(d, 1).recipients.push(nth(purpose(d, 2).recipients, 0)),
    expect: /own box/,
  },
  {
    rule: 'R-NO-INCENTIVE',
    base: 'newsletter',
    mutate: (d) => {
      purpose(d).label.fr = `${purpose(d).label.fr ?? ''} Et profitez de 10 % de réduction.`;
    },
  },
  {
    rule: 'R-B2C-OPTIN',
    base: 'newsletter',
    mutate: (d) =>
      (purpose(d).basis = { type: 'legitimate_interest', interest: both('fidéliser', 'loyalty') }),
  },
  {
    rule: 'R-SOFT-OPTIN',
    base: 'customer-account',
    mutate: (d) => (d.context = 'lead'),
    expect: /not available here/,
  },
  {
    rule: 'R-SOFT-OPTIN',
    base: 'customer-account',
    mutate: (d) => delete purpose(d, 1).objectionLabel,
    expect: /objection box/,
  },
  { rule: 'R-B2B', base: 'b2b-whitepaper', mutate: (d) => delete purpose(d, 1).objectionLabel },
  { rule: 'R-ART21', base: 'b2b-whitepaper', mutate: (d) => (d.controller.rightsContact = {}) },
  { rule: 'R-ART21', base: 'newsletter', drop: 'objection-marketing' },
  { rule: 'R-BLOCTEL', base: 'contact-quote', date: '2026-05-01', drop: 'bloctel' },
  {
    rule: 'R-PHONE-OPTIN',
    base: 'contact-quote',
    mutate: (d) =>
      (purpose(d, 2).basis = { type: 'legitimate_interest', interest: both('x', 'x') }),
  },
  {
    rule: 'R-PHONE-BANNED-SECTOR',
    base: 'contact-quote',
    mutate: (d) => (purpose(d, 2).description = { fr: 'vous proposer une rénovation énergétique' }),
    expect: /names energy renovation \(“rénovation énergétique”\)/,
  },
  {
    rule: 'R-PHONE-BANNED-SECTOR',
    base: 'contact-quote',
    date: '2026-05-01',
    mutate: (d) => (d.sector = 'home_adaptation'),
    expect: /adapting homes to age or disability \(as stated/,
  },
  {
    rule: 'R-PHONE-OPTIN',
    base: 'newsletter',
    mutate: (d) =>
      d.fields.push({
        type: 'phone',
        key: 'phone',
        label: both('Téléphone', 'Phone'),
        required: false,
        purposes: [],
      }),
    expect: /without saying why/,
  },
  {
    rule: 'R-BASIS-PER-PURPOSE',
    base: 'newsletter',
    mutate: (d) => {
      d.purposes = [];
      for (const f of d.fields) f.purposes = [];
    },
  },
  {
    rule: 'R-LI-DESCRIBED',
    base: 'b2b-whitepaper',
    mutate: (d) => (purpose(d, 1).basis = { type: 'legitimate_interest', interest: {} }),
  },
  { rule: 'R-RECIPIENTS', base: 'newsletter', mutate: (d) => (purpose(d).recipients = []) },
  {
    rule: 'R-RETENTION',
    base: 'newsletter',
    mutate: (d) => (purpose(d).retention = { from: 'collection' }),
  },
  { rule: 'R-RETENTION', base: 'newsletter', mutate: (d) => delete purpose(d).retention },
  {
    rule: 'R-RETENTION',
    base: 'newsletter',
    mutate: (d) => (purpose(d).retention = { duration: { value: 2, unit: 'years' } }),
    expect: /from when/,
  },
  {
    rule: 'R-RETENTION',
    base: 'newsletter',
    mutate: (d) =>
      (purpose(d).retention = {
        from: 'collection',
        criteria: both('aussi longtemps que nécessaire', 'as long as necessary'),
      }),
    expect: /not a period/,
  },
  {
    rule: 'R-RETENTION',
    base: 'newsletter',
    mutate: (d) =>
      (purpose(d).retention = { from: 'collection', duration: { value: 5, unit: 'years' } }),
    expect: /at most 3 years/,
  },
  { rule: 'R-RIGHTS-MATCH-BASIS', base: 'newsletter', drop: 'portability' },
  { rule: 'R-DPO', base: 'outside-eea', mutate: (d) => (d.controller.dpo = { name: 'DPO' }) },
  {
    rule: 'R-TRANSFER',
    base: 'outside-eea',
    mutate: (d) => delete nth(purpose(d).recipients, 1).transfer,
  },
  {
    rule: 'R-TRANSFER',
    base: 'outside-eea',
    mutate: (d) => (nth(purpose(d).recipients, 1).country = 'IN'),
    expect: /no adequacy decision/,
  },
  {
    rule: 'R-MANDATORY-MARKED',
    base: 'newsletter',
    mutate: (d) => Object.assign(nth(d.fields, 1), { required: true, purposes: [] }),
  },
  { rule: 'R-POSTMORTEM', base: 'newsletter', drop: 'post-mortem' },
  {
    rule: 'R-SENSITIVE',
    base: 'newsletter',
    mutate: (d) =>
      d.fields.push({
        type: 'text',
        key: 'notes',
        label: both('Votre état de santé', 'Your health condition'),
        required: false,
        purposes: ['newsletter'],
      }),
  },
  {
    rule: 'R-SENSITIVE',
    base: 'outside-eea',
    mutate: (d) => {
      const size = nth(d.fields, 3);
      if (size.type === 'select')
        size.options.push({
          value: 'x',
          label: both('Membre d’un syndicat', 'Trade union member'),
        });
    },
  },
  { rule: 'R-MINIMISATION', base: 'newsletter', mutate: (d) => (nth(d.fields, 1).purposes = []) },
  { rule: 'R-MINORS', base: 'newsletter', mutate: (d) => (d.minorsPossible = true) },
  { rule: 'R-CONTROLLER', base: 'newsletter', mutate: (d) => (d.controller.name = '') },
  {
    rule: 'R-NOTICE-LANGUAGE',
    base: 'newsletter',
    mutate: (d) => (d.languages = ['en']),
    expect: /informed in French/,
  },
];

function ruleById(id: string): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

function run(rule: Rule, def: FormDefinition, date: string, drop?: Concept): Hit[] {
  const notice = (lang: 'fr' | 'en'): Notice => {
    const n = buildNotice(def, { lang, layer: 'full', date });
    return drop
      ? {
          ...n,
          sections: n.sections.map((s) => ({
            ...s,
            concepts: s.concepts.filter((c) => c !== drop),
          })),
        }
      : n;
  };
  const ctx: LintContext = { def, date, notice };
  return rule.check?.(ctx) ?? [];
}

describe('compliance rules', () => {
  for (const c of CASES) {
    const rule = ruleById(c.rule);
    const what = c.drop
      ? `the notice loses "${c.drop}"`
      : `the definition changes (${c.expect ?? 'any finding'})`;
    it(`${c.rule} fires when ${what}`, () => {
      const def = reference(c.base, c.mutate);
      const hits = run(rule, def, c.date ?? def.effectiveDate, c.drop);
      assert.ok(hits.length > 0, `${c.rule} should fire`);
      if (c.expect)
        assert.ok(
          hits.some((h) => c.expect?.test(h.message ?? rule.message)),
          `message matches ${c.expect}`,
        );
    });
    it(`${c.rule} is silent on the compliant "${c.base}" reference`, () => {
      const def = reference(c.base);
      assert.deepEqual(run(rule, def, c.date ?? def.effectiveDate), []);
    });
  }

  it('covers every rule that has a check', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    assert.deepEqual(
      RULES.filter((r) => r.check && !covered.has(r.id)).map((r) => r.id),
      [],
    );
  });

  it('encodes every rule of LEGAL.md §1, each with a legal source', () => {
    const ids =
      'UNCHECKED ONE-PURPOSE-PER-BOX NOT-BUNDLED NOT-CONDITIONAL AFFIRMATIVE-ACT NO-DARK-PATTERN INFORMED-LABEL WITHDRAWAL PARTNERS NO-INCENTIVE B2C-OPTIN SOFT-OPTIN B2B ART21 BLOCTEL PHONE-OPTIN AT-COLLECTION BASIS-PER-PURPOSE LI-DESCRIBED RECIPIENTS RETENTION RIGHTS-MATCH-BASIS DPO TRANSFER MANDATORY-MARKED POSTMORTEM SENSITIVE MINIMISATION MINORS CONTROLLER PROOF-RECORD';
    // Beyond LEGAL.md §1's table: the sector ban of R-PHONE-OPTIN at every date it applies, and the notice's language.
    const beyond = ['R-PHONE-BANNED-SECTOR', 'R-NOTICE-LANGUAGE'];
    assert.deepEqual(
      RULES.map((r) => r.id).sort(),
      ids
        .split(' ')
        .map((id) => `R-${id}`)
        .concat(beyond)
        .sort(),
    );
    for (const rule of RULES)
      assert.ok(rule.source.length > 5 && (rule.check ?? rule.enforcedBy), rule.id);
  });
});

describe('lint', () => {
  it('applies Bloctel before 11 August 2026 and prior consent from that date', () => {
    const def = reference(
      'contact-quote',
      (d) => (purpose(d, 2).basis = { type: 'legitimate_interest', interest: both('x', 'x') }),
    );
    assert.ok(lint(def, { date: '2026-08-11' }).some((f) => f.ruleId === 'R-PHONE-OPTIN'));
    assert.ok(!lint(def, { date: '2026-08-10' }).some((f) => f.ruleId === 'R-PHONE-OPTIN'));
  });

  it('reports findings with their source, fix and path, blocking first', () => {
    const def = reference('newsletter', (d) => {
      nth(d.fields, 1).purposes = [];
      purpose(d).recipients = [];
    });
    const findings = lint(def);
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity, f.path]),
      [
        ['R-RECIPIENTS', 'blocking', 'purposes[0].recipients'],
        ['R-MINIMISATION', 'warning', 'fields[1].purposes'],
      ],
    );
    assert.match(nth(findings, 0).source, /art\. 13\(1\)\(e\)/);
    assert.ok(nth(findings, 0).fix.length > 10);
  });
});

describe('language of the notice', () => {
  const englishOnly = (base: ReferenceId) => reference(base, (d) => (d.languages = ['en']));
  it('warns on an English-only form for consumers, citing loi n° 94-665 and GDPR art. 12', () => {
    const findings = lint(englishOnly('contact-quote')).filter(
      (f) => f.ruleId === 'R-NOTICE-LANGUAGE',
    );
    assert.deepEqual(
      findings.map((f) => [f.severity, f.path]),
      [['warning', 'languages']],
    );
    assert.match(nth(findings, 0).source, /94-665.*GDPR art\. 12/);
  });
  it('is silent when French is one of the languages, or when only professionals are addressed', () => {
    const frOnly = reference('newsletter', (d) => (d.languages = ['fr']));
    const b2b = reference('b2b-whitepaper', (d) => {
      d.languages = ['en'];
      for (const p of d.purposes) p.audience = 'professionals';
    });
    for (const def of [reference('newsletter'), frOnly, b2b])
      assert.ok(!lint(def).some((f) => f.ruleId === 'R-NOTICE-LANGUAGE'));
  });
});
