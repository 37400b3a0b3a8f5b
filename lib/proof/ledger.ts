import { canonicalJson, sha256 } from './canonical';

/** The hash before the first record. */
export const GENESIS = '0'.repeat(64);

/** A record's hash covers the previous record's hash and its own content. */
export const chainHash = (prevHash: string, content: string) => sha256(`${prevHash}\n${content}`);

export type LedgerRow = {
  seq: number;
  id: string;
  content: string;
  prev_hash: string;
  hash: string;
};
export type ChainCheck =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; firstBad: { seq: number; id: string; reason: string } };

/** Checks records in sequence order: each links to the previous hash and its hash matches its content. */
export function verifyChain(rows: Iterable<LedgerRow>): ChainCheck {
  let prev = GENESIS;
  let count = 0;
  for (const row of rows) {
    count += 1;
    if (row.prev_hash !== prev)
      return {
        ok: false,
        count,
        firstBad: {
          seq: row.seq,
          id: row.id,
          reason:
            'does not link to the previous record (a record was removed, inserted or reordered)',
        },
      };
    if (chainHash(prev, row.content) !== row.hash)
      return {
        ok: false,
        count,
        firstBad: {
          seq: row.seq,
          id: row.id,
          reason: 'its content no longer matches its hash (the record was altered)',
        },
      };
    prev = row.hash;
  }
  return { ok: true, count, head: prev };
}

export { canonicalJson };
