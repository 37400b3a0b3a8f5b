import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { can, refusalFor, ROLES, type Permission } from './roles';

describe('roles', () => {
  const table: [Permission, string[]][] = [
    ['forms:write', ['admin', 'marketer']],
    ['forms:publish', ['admin', 'marketer']],
    ['review:decide', ['admin', 'legal']],
    ['review:submit', ['admin', 'marketer']],
    ['proofs:read', ['admin', 'marketer', 'legal']],
    ['leads:read', ['admin', 'marketer']],
    ['members:manage', ['admin']],
    ['forms:read', ['admin', 'marketer', 'legal', 'viewer']],
  ];
  for (const [permission, allowed] of table)
    it(`${permission} belongs to ${allowed.join(', ')} only`, () => {
      assert.deepEqual(
        ROLES.filter((r) => can(r, permission)),
        allowed,
      );
    });
  it('says why a role is refused, and nothing when it is allowed', () => {
    assert.equal(
      refusalFor('legal', 'forms:write'),
      'You are not allowed to edit forms: your role is legal reviewer (403).',
    );
    assert.equal(refusalFor('marketer', 'forms:write'), undefined);
  });
});
