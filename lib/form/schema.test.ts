import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDefinition } from './parse';
import { REFERENCES, loadReference } from './references';
import { definitionJsonSchema } from './json-schema';

const newsletter = () => structuredClone(loadReference('newsletter'));

describe('form definition schema', () => {
  for (const ref of REFERENCES)
    it(`accepts the reference definition "${ref.id}"`, () => {
      assert.equal(parseDefinition(loadReference(ref.id)).ok, true);
    });

  it('has no way to pre-tick a consent box, and says why', () => {
    const def = newsletter();
    const input = { ...def, purposes: def.purposes.map((p) => ({ ...p, checked: true })) };
    const result = parseDefinition(input);
    assert.equal(result.ok, false);
    const [first] = result.problems;
    assert.ok(first);
    assert.equal(first.path, 'purposes[0].checked');
    assert.match(first.message, /R-UNCHECKED.*Planet49.*remove "checked"/);
  });

  it('has no way to make a consent box mandatory', () => {
    const def = newsletter();
    const result = parseDefinition({
      ...def,
      purposes: def.purposes.map((p) => ({ ...p, required: true })),
    });
    assert.equal(result.ok, false);
    assert.match(result.problems[0]?.message ?? '', /R-NOT-CONDITIONAL/);
  });

  it('names the path and what to do for duplicate keys, unknown purposes and missing translations', () => {
    const def = newsletter();
    const email = def.fields[0];
    assert.ok(email);
    const result = parseDefinition({
      ...def,
      fields: [...def.fields, { ...email, purposes: ['nope'] }],
      purposes: def.purposes.map((p) => ({ ...p, label: { fr: p.label.fr } })),
    });
    assert.equal(result.ok, false);
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    assert.match(byPath['fields[2].key'] ?? '', /"email" is used twice/);
    assert.match(byPath['fields[2].purposes[0]'] ?? '', /No purpose has the id "nope"/);
    assert.match(byPath['purposes[0].label.en'] ?? '', /Write the purpose label in English/);
  });

  it('rejects what is not an object with a plain message', () => {
    const result = parseDefinition([1, 2]);
    assert.deepEqual(result, {
      ok: false,
      problems: [{ path: '', message: 'Expected a JSON object here.' }],
    });
  });

  it('exports a JSON Schema describing the fields union and the four legal bases', () => {
    const schema = JSON.stringify(definitionJsonSchema());
    for (const word of [
      '"consent"',
      '"legitimate_interest"',
      '"legal_obligation"',
      '"contract"',
      '"select"',
      '"phone"',
    ])
      assert.ok(schema.includes(word), `schema mentions ${word}`);
    assert.ok(!schema.includes('"checked"'));
  });
});
