import { canonicalJson, sha256 } from './canonical';

/**
 * The proof ledger (../shared/LEDGER.md): one hash chain per workspace, so appending to one never waits on
 * another. Records written before chains were partitioned form the `legacy` chain, hashed as they were.
 */

/** The hash before the first record of every chain. */
export const GENESIS = '0'.repeat(64);

/** The chain every record written before per-workspace chains belongs to. */
export const LEGACY_CHAIN = 'legacy';

export type RecordKind = 'submission';

/** A record as stored: `content` is its canonical JSON (RFC 8785). */
export type LedgerRow = {
  chain_id: string;
  /** Position in its chain: 1, 2, 3… with no gap. */
  seq: number;
  id: string;
  kind: string;
  created_at: string;
  content: string;
  prev_hash: string;
  hash: string;
};

/** The legacy chain's hash: the previous hash and the content. */
export const legacyHash = (prevHash: string, content: string) => sha256(`${prevHash}\n${content}`);

/**
 * A record's hash: SHA-256 of the canonical JSON of {chain_id, seq, prev_hash, kind, created_at, content},
 * so a record cannot be moved to another chain, position, kind or date without breaking its hash.
 * `content` is already canonical, so the object is spliced as text; a test checks it equals canonicalJson.
 */
export function recordHash(r: Omit<LedgerRow, 'id' | 'hash'>): string {
  if (r.chain_id === LEGACY_CHAIN) return legacyHash(r.prev_hash, r.content);
  const s = JSON.stringify;
  return sha256(
    `{"chain_id":${s(r.chain_id)},"content":${r.content},"created_at":${s(r.created_at)},"kind":${s(r.kind)},"prev_hash":${s(r.prev_hash)},"seq":${r.seq}}`,
  );
}

export type ChainHead = { chainId: string; seq: number; hash: string };

export type BadRecord = { chainId: string; seq: number; id: string; reason: string };

/** The signed checkpoint a chain was checked against: its place in the checkpoint file. */
export type CheckpointRef = { seq: number; time: string; line: number };

/** What the store's check compared the chains with, beyond their own links. */
export type SealReport = {
  /** The checkpoint file read, and the id of the key that signs heads and checkpoints. */
  file: string;
  key: string;
  /** Per chain, the latest checkpoint it was checked against (null: none yet). */
  checkpoints: { chainId: string; checkpoint: CheckpointRef | null }[];
  /** Checkpoints of this database in the file, all checked. */
  checked: number;
  /** Lines signed by another key (a rotated key), skipped. */
  otherKeys: number;
  /** Chains whose head was not signed yet (written before signing, never checkpointed): signed now. */
  adopted: string[];
};

export type ChainCheck =
  | { ok: true; count: number; chains: ChainHead[]; seal?: SealReport }
  | { ok: false; count: number; firstBad: BadRecord; seal?: SealReport };

/**
 * Checks one chain fed in order, a record at a time, in constant memory: positions without gap, each
 * record linked to the previous hash, each hash matching the record. `end` compares the last record with
 * the chain's stored head, which catches records cut from the end.
 */
export function chainVerifier(chainId: string) {
  let seq = 0;
  let head = GENESIS;
  let lastId = '';
  const bad = (row: Pick<LedgerRow, 'seq' | 'id'>, reason: string): BadRecord => ({
    chainId,
    seq: row.seq,
    id: row.id,
    reason,
  });
  return {
    /** The first problem with this record, or null when it holds. */
    push(row: LedgerRow): BadRecord | null {
      if (row.chain_id !== chainId) return bad(row, `belongs to chain ${row.chain_id}`);
      if (row.seq !== seq + 1)
        return bad(
          row,
          row.seq > seq + 1
            ? `comes after #${seq} with a gap (records were removed)`
            : 'repeats a position in its chain (a record was inserted or reordered)',
        );
      if (row.prev_hash !== head)
        return bad(
          row,
          'does not link to the previous record (a record was removed, inserted or reordered)',
        );
      if (recordHash(row) !== row.hash)
        return bad(row, 'its content no longer matches its hash (the record was altered)');
      seq = row.seq;
      head = row.hash;
      lastId = row.id;
      return null;
    },
    /** Compares the chain's end with its stored head (null when the chain has none, like legacy). */
    end(stored: { seq: number; hash: string } | null): BadRecord | null {
      if (stored && (stored.seq !== seq || stored.hash !== head))
        return {
          chainId,
          seq,
          id: lastId,
          reason:
            stored.seq > seq
              ? `the chain ends at #${seq} but its head is #${stored.seq} (records were cut from the end)`
              : stored.seq < seq
                ? `the chain goes on past its head (#${stored.seq}) to #${seq} (records were appended outside the app)`
                : `the chain's head (#${stored.seq}) does not match its last record`,
        };
      return null;
    },
    get head(): ChainHead {
      return { chainId, seq, hash: head };
    },
  };
}

/** Checks whole chains held in memory (tests and small ledgers); the store walks its chains in batches. */
export function verifyChain(rows: Iterable<LedgerRow>): ChainCheck {
  const verifiers = new Map<string, ReturnType<typeof chainVerifier>>();
  let count = 0;
  for (const row of rows) {
    count += 1;
    let v = verifiers.get(row.chain_id);
    if (!v) verifiers.set(row.chain_id, (v = chainVerifier(row.chain_id)));
    const bad = v.push(row);
    if (bad) return { ok: false, count, firstBad: bad };
  }
  return { ok: true, count, chains: [...verifiers.values()].map((v) => v.head) };
}

export { canonicalJson };
