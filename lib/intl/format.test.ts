import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCount, formatDateTime, formatList } from './format';

test('formatDateTime shows the date, the time and the UTC zone in each language', () => {
  assert.equal(formatDateTime('2026-11-25T14:05:09.123Z', 'en'), '25 Nov 2026, 14:05 UTC');
  assert.match(formatDateTime('2026-11-25T14:05:09.123Z', 'fr'), /^25 nov\. 2026,? 14:05 UTC$/);
  assert.equal(formatDateTime(null), '');
  assert.equal(formatDateTime('not a date'), 'not a date');
});

test('formatList joins with the language’s conjunction, without an Oxford comma in English', () => {
  assert.equal(formatList(['a', 'b', 'c'], 'en'), 'a, b and c');
  assert.equal(formatList(['a', 'b', 'c'], 'fr'), 'a, b et c');
  assert.equal(formatList(['a', 'b'], 'en', 'disjunction'), 'a or b');
  assert.equal(formatList(['a', 'b'], 'fr', 'disjunction'), 'a ou b');
  assert.equal(formatList(['a'], 'fr'), 'a');
  assert.equal(formatList([], 'en'), '');
});

test('formatCount groups thousands the way each language writes them', () => {
  assert.equal(formatCount(4076), '4,076');
  assert.equal(formatCount(4076, 'fr').replace(/\s/g, ' '), '4 076');
});
