import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { nth } from '../testing/fixtures';
import { canonicalJson } from './canonical';
import {
  chainVerifier,
  GENESIS,
  LEGACY_CHAIN,
  legacyHash,
  recordHash,
  verifyChain,
  type LedgerRow,
} from './ledger';

function chain(contents: unknown[], chainId = 'ws-1'): LedgerRow[] {
  let prev = GENESIS;
  return contents.map((c, i) => {
    const base = {
      chain_id: chainId,
      seq: i + 1,
      id: `${chainId}-r${i + 1}`,
      kind: 'submission',
      created_at: `2026-11-0${i + 1}T10:00:00.000Z`,
      content: canonicalJson(c),
      prev_hash: prev,
    };
    const row = { ...base, hash: recordHash(base) };
    prev = row.hash;
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
        chainId: 'ws-1',
        seq: 2,
        id: 'ws-1-r2',
        reason: 'its content no longer matches its hash (the record was altered)',
      },
    });
  });

  it('names the record after a removed one', () => {
    const rows = chain([{ a: 1 }, { a: 2 }, { a: 3 }]);
    const result = verifyChain(rows.filter((r) => r.id !== 'ws-1-r2'));
    assert.deepEqual(result, {
      ok: false,
      count: 2,
      firstBad: {
        chainId: 'ws-1',
        seq: 3,
        id: 'ws-1-r3',
        reason: 'comes after #1 with a gap (records were removed)',
      },
    });
  });

  it('hashes the canonical JSON of chain, position, link, kind, date and content', () => {
    const [row] = chain([{ b: 'é', a: [1, 2.5] }]);
    assert.ok(row);
    const { id: _id, hash, ...hashed } = row;
    assert.equal(
      hash,
      createHash('sha256')
        .update(canonicalJson({ ...hashed, content: JSON.parse(hashed.content) }))
        .digest('hex'),
    );
  });

  it('refuses a record moved to another chain, position, kind or date', () => {
    const rows = chain([{ a: 1 }, { a: 2 }]);
    const second = nth(rows, 1);
    for (const moved of [
      { ...second, kind: 'consent.withdrawn' },
      { ...second, created_at: '2020-01-01T00:00:00.000Z' },
    ])
      assert.equal(verifyChain([nth(rows, 0), moved]).ok, false, JSON.stringify(moved));
    const relabelled = chain([{ a: 1 }], 'ws-2').map((r) => ({ ...r, chain_id: 'ws-1' }));
    assert.equal(verifyChain(relabelled).ok, false);
    const repeated = verifyChain([nth(rows, 0), nth(rows, 0)]);
    assert.match(repeated.ok ? '' : repeated.firstBad.reason, /repeats a position/);
  });

  it('keeps each chain apart and verifies the legacy chain with its own hash', () => {
    let prev = GENESIS;
    const legacy = [{ a: 1 }, { a: 2 }].map((c, i) => {
      const content = canonicalJson(c);
      const row = {
        chain_id: LEGACY_CHAIN,
        seq: i + 1,
        id: `l${i + 1}`,
        kind: 'submission',
        created_at: '2026-01-01T00:00:00.000Z',
        content,
        prev_hash: prev,
        hash: legacyHash(prev, content),
      };
      prev = row.hash;
      return row;
    });
    const result = verifyChain([
      ...legacy,
      ...chain([{ a: 3 }], 'ws-1'),
      ...chain([{ a: 4 }], 'ws-2'),
    ]);
    assert.ok(result.ok);
    assert.deepEqual(
      result.chains.map((c) => [c.chainId, c.seq]),
      [
        [LEGACY_CHAIN, 2],
        ['ws-1', 1],
        ['ws-2', 1],
      ],
    );
  });

  it('catches records cut from the end of a chain against its stored head', () => {
    const rows = chain([{ a: 1 }, { a: 2 }, { a: 3 }]);
    const v = chainVerifier('ws-1');
    for (const r of rows.slice(0, 2)) assert.equal(v.push(r), null);
    const last = nth(rows, 2);
    const bad = v.end({ seq: 3, hash: last.hash });
    assert.match(bad?.reason ?? '', /ends at #2 but its head is #3/);
    assert.equal(v.push(last), null);
    assert.equal(v.end({ seq: 3, hash: last.hash }), null);
  });
});
