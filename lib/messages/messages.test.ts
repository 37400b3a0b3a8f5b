import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGS } from '../form';
import { fill, MESSAGES } from '.';

/** Every text of a catalogue with its dotted key. */
function entries(value: unknown, at = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[at, value]];
  return Object.entries(value).flatMap(([key, v]) => entries(v, at ? `${at}.${key}` : key));
}
const placeholders = (text: unknown) =>
  typeof text === 'string' ? [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : [];

describe('the visitor message catalogues', () => {
  const reference = new Map(entries(MESSAGES.en));

  for (const lang of LANGS)
    it(`${lang}: every key of the other languages exists, as non-empty text`, () => {
      const own = new Map(entries(MESSAGES[lang]));
      for (const other of LANGS)
        for (const [key] of entries(MESSAGES[other]))
          assert.ok(own.has(key), `${lang} lacks ${key}`);
      for (const [key, text] of own)
        assert.ok(typeof text === 'string' && text.trim() !== '', `${lang}.${key} is empty`);
    });

  it('uses the same placeholders in every language', () => {
    for (const lang of LANGS)
      for (const [key, text] of entries(MESSAGES[lang]))
        assert.deepEqual(placeholders(text), placeholders(reference.get(key)), `${lang}.${key}`);
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    assert.equal(
      fill(MESSAGES.en.validation.forgedPurpose, { id: 'resale' }),
      'Unknown or forged purpose "resale".',
    );
    assert.equal(fill('{a} and {b}', { a: 1 }), '1 and {b}');
  });
});
