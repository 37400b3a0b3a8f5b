import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffLines } from './diff';

describe('line diff', () => {
  it('keeps common lines and marks what was added and removed', () => {
    assert.deepEqual(diffLines(['a', 'b', 'c'], ['a', 'c', 'd']), [
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });

  it('handles empty sides and identical texts', () => {
    assert.deepEqual(diffLines([], []), []);
    assert.deepEqual(diffLines([], ['x']), [{ kind: 'added', text: 'x' }]);
    assert.deepEqual(diffLines(['x'], []), [{ kind: 'removed', text: 'x' }]);
    assert.deepEqual(diffLines(['x', 'y'], ['x', 'y']), [
      { kind: 'same', text: 'x' },
      { kind: 'same', text: 'y' },
    ]);
  });

  it('keeps repeated and blank lines apart', () => {
    assert.deepEqual(
      diffLines(['a', '', 'a', ''], ['a', '', 'b', '', 'a', '']).map((l) => `${l.kind}:${l.text}`),
      ['same:a', 'same:', 'added:b', 'added:', 'same:a', 'same:'],
    );
  });

  it('marks the words that changed in a line that replaces another', () => {
    assert.deepEqual(
      diffLines(
        ['Kept for 3 years after the last contact.'],
        ['Kept for 2 years after the last contact.'],
      ),
      [
        {
          kind: 'removed',
          text: 'Kept for 3 years after the last contact.',
          words: [
            { text: 'Kept for ', changed: false },
            { text: '3', changed: true },
            { text: ' years after the last contact.', changed: false },
          ],
        },
        {
          kind: 'added',
          text: 'Kept for 2 years after the last contact.',
          words: [
            { text: 'Kept for ', changed: false },
            { text: '2', changed: true },
            { text: ' years after the last contact.', changed: false },
          ],
        },
      ],
    );
  });

  it('pairs replaced lines in order and leaves the extra ones whole', () => {
    const lines = diffLines(['intro', 'old one', 'end'], ['intro', 'new one', 'brand new', 'end']);
    assert.deepEqual(
      lines.map((l) => [l.kind, l.text, l.words?.filter((w) => w.changed).map((w) => w.text)]),
      [
        ['same', 'intro', undefined],
        ['removed', 'old one', ['old']],
        ['added', 'new one', ['new']],
        ['added', 'brand new', undefined],
        ['same', 'end', undefined],
      ],
    );
  });

  it('does not cut a line into words when nothing but spaces is shared', () => {
    assert.deepEqual(diffLines(['alpha beta'], ['gamma delta']), [
      { kind: 'removed', text: 'alpha beta' },
      { kind: 'added', text: 'gamma delta' },
    ]);
  });
});
