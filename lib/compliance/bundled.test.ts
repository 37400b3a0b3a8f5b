import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REFERENCES } from '../form/references';
import { CONSENT_LABELS as LABELS } from '../testing/consent-labels';
import { reference } from '../testing/fixtures';
import { detectBundle } from './bundled';
import { lint } from './lint';

describe('bundled consent labels', () => {
  it('has a table of at least 40 labels in both languages, compliant and not', () => {
    assert.ok(LABELS.length >= 40);
    for (const expected of [null, 'warning', 'blocking'])
      assert.ok(LABELS.filter((r) => r[1] === expected).length >= 8, String(expected));
  });

  for (const [label, expected, triggers] of LABELS)
    it(`${expected ?? 'no finding'}: ${label}`, () => {
      const bundle = detectBundle(label);
      assert.equal(bundle?.severity ?? null, expected, bundle?.message);
      for (const word of triggers ?? []) assert.ok(bundle?.message.includes(`“${word}”`), word);
    });

  it('reports the trigger words on the label, with its path', () => {
    const def = reference('newsletter', (d) => {
      const p = d.purposes[0];
      if (p) p.label.en = 'Enter the contest and get our newsletter.';
    });
    const finding = lint(def).find((f) => f.ruleId === 'R-ONE-PURPOSE-PER-BOX');
    assert.ok(finding);
    assert.equal(finding.severity, 'blocking');
    assert.equal(finding.path, 'purposes[0].label.en');
    assert.match(finding.message, /“newsletter”.*“contest”/);
  });

  for (const ref of REFERENCES)
    it(`finds no bundled consent in the "${ref.id}" reference`, () => {
      assert.deepEqual(
        lint(reference(ref.id)).filter((f) => f.ruleId === 'R-ONE-PURPOSE-PER-BOX'),
        [],
      );
    });
});
