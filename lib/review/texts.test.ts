import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reference } from '../testing/fixtures';
import { anchorPath, ANCHOR, describeAnchor } from './anchors';
import { sideBySide } from './diff';
import { textChanges } from './texts';

describe('label and notice diffs for legal review', () => {
  it('shows a changed consent label as its old and new wording, word by word, per language', () => {
    const before = reference('newsletter');
    const after = structuredClone(before);
    const purpose = after.purposes[0];
    assert.ok(purpose);
    purpose.label = { ...purpose.label, fr: 'Je veux recevoir la newsletter hebdomadaire' };
    const [change, ...more] = textChanges(before, after);
    assert.equal(more.length, 0);
    assert.ok(change);
    assert.equal(change.key, `purpose:${purpose.id}:label:fr`);
    assert.equal(change.what, `Consent label of purpose ${purpose.id}`);
    assert.equal(change.before.map((p) => p.text).join(''), before.purposes[0]?.label.fr);
    assert.equal(change.after.map((p) => p.text).join(''), purpose.label.fr);
    assert.ok(change.after.some((p) => p.changed && p.text.includes('hebdomadaire')));
  });

  it('puts each removed notice line beside the line that replaced it, old on the left', () => {
    const rows = sideBySide(
      ['Title', 'Kept 3 years.', 'Same'],
      ['Title', 'Kept 5 years.', 'Same', 'New'],
    );
    assert.deepEqual(
      rows.map((r) => [r.before?.text, r.after?.text]),
      [
        ['Kept 3 years.', 'Kept 5 years.'],
        [undefined, 'New'],
      ],
    );
    assert.deepEqual(
      rows[0]?.before?.words?.filter((w) => w.changed).map((w) => w.text),
      ['3'],
    );
  });

  it('anchors a comment on a label or a notice line, quoting it, and leads the builder to its input', () => {
    const def = reference('newsletter');
    const id = def.purposes[0]?.id ?? '';
    const label = `text:purpose:${id}:label:fr`;
    for (const ok of ['general', label, 'line:en:12', 'notice:rights', `field:email`])
      assert.match(ok, ANCHOR);
    for (const bad of ['line:de:1', 'text:purpose:x:label', 'purpose:', '<script>'])
      assert.doesNotMatch(bad, ANCHOR);
    assert.deepEqual(describeAnchor(def, {}, label), {
      what: `Consent label of purpose ${id} (fr)`,
      quote: def.purposes[0]?.label.fr,
    });
    assert.deepEqual(describeAnchor(def, { fr: 'A\nB line' }, 'line:fr:1'), {
      what: 'Notice line (fr)',
      quote: 'B line',
    });
    assert.equal(anchorPath(def, label), 'purposes[0]');
  });
});
