import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson } from './canonical';
import { chainHash, GENESIS, verifyChain, type LedgerRow } from './ledger';

function chain(contents: unknown[]): LedgerRow[] {
  let prev = GENESIS;
  return contents.map((c, i) => {
    const content = canonicalJson(c);
    const hash = chainHash(prev, content);
    const row = { seq: i + 1, id: `r${i + 1}`, content, prev_hash: prev, hash };
    prev = hash;
    return row;
  });
}

describe('proof ledger', () => {
  it('canonical JSON does not depend on key order', () => {
    assert.equal(
      canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }),
      canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }),
    );
  });

  it('accepts an intact chain', () => {
    const result = verifyChain(chain([{ a: 1 }, { a: 2 }, { a: 3 }]));
    assert.equal(result.ok, true);
    assert.equal(result.count, 3);
  });

  it('names the first altered record', () => {
    const rows = chain([{ a: 1 }, { a: 2 }, { a: 3 }]);
    const second = rows[1];
    assert.ok(second);
    rows[1] = { ...second, content: canonicalJson({ a: 20 }) };
    assert.deepEqual(verifyChain(rows), {
      ok: false,
      count: 2,
      firstBad: {
        seq: 2,
        id: 'r2',
        reason: 'its content no longer matches its hash (the record was altered)',
      },
    });
  });

  it('names the record after a removed one', () => {
    const rows = chain([{ a: 1 }, { a: 2 }, { a: 3 }]);
    const result = verifyChain(rows.filter((r) => r.id !== 'r2'));
    assert.deepEqual(result, {
      ok: false,
      count: 2,
      firstBad: {
        seq: 3,
        id: 'r3',
        reason:
          'does not link to the previous record (a record was removed, inserted or reordered)',
      },
    });
  });
});
