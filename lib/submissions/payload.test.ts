import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ENVELOPE, visitorInputs } from '../form';
import { fieldErrorsOf } from '../result';
import { reference } from '../testing/fixtures';
import { envelopeSchemaFor, submissionSchemaFor } from './payload';

const contest = reference('contest-partners');
const schema = submissionSchemaFor(contest, 'fr');
const valid = {
  cf_version: '1',
  cf_lang: 'fr',
  'field.email': 'ana@example.com',
  'field.first_name': 'Ana',
  'field.last_name': 'Durand',
  'ack.rules': 'yes',
};
const errors = (input: Record<string, string>) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('the submission schema of a definition', () => {
  it('takes exactly the envelope and the visitor inputs', () => {
    assert.deepEqual(
      Object.keys(schema.shape).sort(),
      [...Object.values(ENVELOPE), ...visitorInputs(contest, 'fr').map((i) => i.name)].sort(),
    );
  });

  const table: [string, Record<string, string>, Record<string, string>][] = [
    ['accepts a valid submission, boxes unticked', valid, {}],
    [
      'accepts ticked consents',
      { ...valid, 'consent.newsletter': 'yes', 'consent.partners': 'yes' },
      {},
    ],
    [
      'refuses a forged purpose',
      { ...valid, 'consent.resale': 'yes' },
      { 'consent.resale': 'Ce champ ne fait pas partie du formulaire.' },
    ],
    [
      'refuses an objection to a consent purpose (only consent boxes are shown for it)',
      { ...valid, 'objection.newsletter': 'yes' },
      { 'objection.newsletter': 'Ce champ ne fait pas partie du formulaire.' },
    ],
    [
      'refuses a box that sends anything but "yes"',
      { ...valid, 'consent.newsletter': 'on' },
      { 'consent.newsletter': 'Une case cochée envoie « yes ».' },
    ],
    [
      'refuses a missing acknowledgement',
      { ...valid, 'ack.rules': '' },
      { 'ack.rules': 'Cochez cette case pour continuer.' },
    ],
    [
      'refuses a missing required field and a bad email',
      { ...valid, 'field.first_name': ' ', 'field.email': 'ana' },
      {
        'field.first_name': 'Ce champ est obligatoire.',
        'field.email': 'Saisissez une adresse email valide, par exemple nom@exemple.fr.',
      },
    ],
  ];
  for (const [what, input, expected] of table)
    it(what, () => {
      assert.deepEqual(errors(input), expected);
    });

  it('words the envelope problems in the language asked for', () => {
    const parsed = envelopeSchemaFor('en').safeParse({ cf_version: '', cf_lang: 'de' });
    assert.ok(!parsed.success);
    assert.deepEqual(fieldErrorsOf(parsed.error), {
      cf_version: 'The form version is missing: reload the page.',
      cf_lang: 'Unknown language.',
    });
  });
});
