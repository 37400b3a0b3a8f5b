import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nth, reference } from '../testing/fixtures';
import { inputName, purposeOfBoxName, visitorInputs, type VisitorInput } from '.';

const row = (i: VisitorInput) => [i.kind, i.name, i.required, i.purposes];

describe('visitorInputs', () => {
  const table: [string, VisitorInput[], ReturnType<typeof row>[]][] = [
    [
      'contest: fields, one consent box per consent purpose, the rules to accept',
      visitorInputs(reference('contest-partners'), 'fr'),
      [
        ['field', 'field.email', true, ['contest', 'newsletter', 'partners']],
        ['field', 'field.first_name', true, ['contest']],
        ['field', 'field.last_name', true, ['contest']],
        ['field', 'field.postal_code', false, ['contest']],
        ['consent', 'consent.newsletter', false, ['newsletter']],
        ['consent', 'consent.partners', false, ['partners']],
        ['acknowledgement', 'ack.rules', true, []],
      ],
    ],
    [
      'white paper: an objection box for legitimate-interest marketing, none for the contract',
      visitorInputs(reference('b2b-whitepaper'), 'en'),
      [
        ['field', 'field.email', true, ['whitepaper', 'prospecting']],
        ['field', 'field.first_name', false, ['prospecting']],
        ['field', 'field.last_name', false, ['prospecting']],
        ['field', 'field.company', true, ['whitepaper', 'prospecting']],
        ['field', 'field.job_title', false, ['prospecting']],
        ['objection', 'objection.prospecting', false, ['prospecting']],
      ],
    ],
    [
      'no objection box without an objection label',
      visitorInputs(
        reference('b2b-whitepaper', (d) => {
          for (const p of d.purposes) p.objectionLabel = undefined;
        }),
        'en',
      ).filter((i) => i.kind !== 'field'),
      [],
    ],
    [
      'boxes in purpose order, consents and objections interleaved',
      visitorInputs(
        reference('customer-account', (d) => {
          const li = nth(
            d.purposes.filter((p) => p.id === 'customer_news'),
            0,
          );
          const later = {
            ...structuredClone(li),
            id: 'later',
            basis: { type: 'consent' as const },
          };
          d.purposes = [li, ...d.purposes.filter((p) => p !== li), later];
        }),
        'fr',
      ).filter((i) => i.kind !== 'field'),
      [
        ['objection', 'objection.customer_news', false, ['customer_news']],
        ['consent', 'consent.later', false, ['later']],
        ['acknowledgement', 'ack.terms', true, []],
      ],
    ],
  ];
  for (const [what, inputs, expected] of table)
    it(what, () => {
      assert.deepEqual(inputs.map(row), expected);
    });

  it('gives each input its label in the visitor language, as written, and what each renderer needs', () => {
    const def = reference('outside-eea', (d) => {
      const first = d.fields[0];
      if (first) first.label = { fr: 'Courriel <pro> & "perso"', en: 'Email <work>' };
    });
    const [email] = visitorInputs(def, 'fr');
    assert.deepEqual(email, {
      kind: 'field',
      name: 'field.email',
      key: 'email',
      label: 'Courriel <pro> & "perso"',
      required: true,
      purposes: ['demo', 'newsletter'],
      type: 'email',
      control: 'input',
      inputType: 'email',
      autocomplete: 'email',
      maxLength: 500,
      options: [],
    });
    const select = visitorInputs(def, 'en').find((i) => i.kind === 'field' && i.type === 'select');
    assert.ok(select?.kind === 'field');
    assert.equal(select.control, 'select');
    assert.ok(select.options.length > 0 && select.options.every((o) => o.label && o.value));
    const news = visitorInputs(def, 'en').find((i) => i.kind === 'consent');
    assert.ok(news?.kind === 'consent');
    assert.deepEqual([news.basis, news.channel], ['consent', 'email']);
  });

  it('names inputs one way and reads the purpose back from a box name', () => {
    assert.equal(inputName('acknowledgement', 'rules'), 'ack.rules');
    assert.equal(purposeOfBoxName(inputName('consent', 'resale')), 'resale');
    assert.equal(purposeOfBoxName(inputName('objection', 'prospecting')), 'prospecting');
    assert.equal(purposeOfBoxName(inputName('field', 'email')), undefined);
  });
});
