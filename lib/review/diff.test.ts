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
  it('handles empty sides', () => {
    assert.deepEqual(diffLines([], ['x']), [{ kind: 'added', text: 'x' }]);
    assert.deepEqual(diffLines(['x'], []), [{ kind: 'removed', text: 'x' }]);
  });
});
