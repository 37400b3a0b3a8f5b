import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formState, type FormStanding } from './form-state';

const form = (o: Partial<FormStanding>): FormStanding => ({
  reviewStatus: 'draft',
  draftHash: 'd2',
  reviewedHash: null,
  publishedHash: null,
  ...o,
});

describe('formState', () => {
  const table: [string, Partial<FormStanding>, string][] = [
    ['a new form', {}, 'Draft'],
    ['submitted', { reviewStatus: 'in_review', reviewedHash: 'd2' }, 'In review'],
    [
      'submitted, then edited',
      { reviewStatus: 'in_review', reviewedHash: 'd1' },
      'In review (edited since submission)',
    ],
    [
      'changes requested, being fixed',
      { reviewStatus: 'changes_requested', reviewedHash: 'd1' },
      'Changes requested',
    ],
    ['approved', { reviewStatus: 'approved', reviewedHash: 'd2' }, 'Approved'],
    [
      'approved, then edited',
      { reviewStatus: 'approved', reviewedHash: 'd1' },
      'Draft, edited since approval',
    ],
    [
      'published as approved',
      { reviewStatus: 'approved', reviewedHash: 'd2', publishedHash: 'd2' },
      'Published',
    ],
    [
      'published, then edited',
      { reviewStatus: 'approved', reviewedHash: 'd1', publishedHash: 'd1' },
      'Published, edited since publication',
    ],
    [
      'published, edits in review',
      { reviewStatus: 'in_review', reviewedHash: 'd2', publishedHash: 'd1' },
      'Published, edited since publication: in review',
    ],
    [
      'published, edits approved',
      { reviewStatus: 'approved', reviewedHash: 'd2', publishedHash: 'd1' },
      'Published, edited since publication: approved, not yet published',
    ],
    ['published without review (approval not required)', { publishedHash: 'd2' }, 'Published'],
  ];
  for (const [name, standing, expected] of table)
    it(`${name}: ${expected}`, () => assert.equal(formState(form(standing)), expected));
});
