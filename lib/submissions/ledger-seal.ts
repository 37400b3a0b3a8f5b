import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { checkpointHolds, parseCheckpoint, type SignedCheckpoint } from '../proof/checkpoint';
import { readCheckpoints } from '../proof/checkpoint-file';
import type { BadRecord, CheckpointRef } from '../proof/ledger';
import type { Seal } from './seal';

/** Records read back per query when checking checkpoints against the chains. */
const CHECK_BATCH = 500;

export type HeadRow = { seq: number; hash: string; signature: string | null };

/**
 * Whether a chain's stored head is the head the app signed. A head moved by hand (a record appended, the
 * chain cut) keeps a signature over other values, and a new signature needs the key, which the database
 * does not hold. Returns the problem, 'unsigned' for a head written before signing, or null.
 */
export function checkHead(
  seal: Seal,
  chainId: string,
  head: HeadRow,
  lastId: (seq: number) => string,
): BadRecord | 'unsigned' | null {
  if (head.signature === null) return 'unsigned';
  const signed = parseCheckpoint(head.signature);
  const bad = (seq: number, reason: string): BadRecord => ({
    chainId,
    seq,
    id: lastId(seq),
    reason,
  });
  if (
    !signed ||
    !checkpointHolds(seal.key, signed) ||
    signed.ledger !== seal.ledger ||
    signed.chain_id !== chainId
  )
    return bad(
      head.seq,
      "the chain's head signature is not the ledger key's (the head was rewritten outside the app)",
    );
  if (signed.seq < head.seq)
    return bad(
      signed.seq + 1,
      `this record comes after the last signed head (#${signed.seq}): it was appended without the signing key`,
    );
  if (signed.seq > head.seq)
    return bad(
      head.seq,
      `the chain ends at #${head.seq} but its signed head is #${signed.seq} (records were cut from the end)`,
    );
  if (signed.head_hash !== head.hash)
    return bad(
      head.seq,
      'the last record differs from the signed head (the chain was rewritten and re-hashed)',
    );
  return null;
}

/** Chain names every database has; any other chain id is a workspace's UUID, unique to one ledger. */
const SHARED_CHAIN_NAMES = new Set(['default', 'legacy']);

/**
 * Whether the checkpoint file holds a checkpoint of this chain signed with this key: then its head was signed
 * once, and a head without signature had it removed. A workspace's chain counts under any ledger id (the
 * id is kept in the database, where whoever removed the signature could also have changed it).
 */
export async function everCheckpointed(seal: Seal, chainId: string): Promise<boolean> {
  for await (const { checkpoint } of readCheckpoints(seal.checkpointFile))
    if (
      checkpoint?.chain_id === chainId &&
      (checkpoint.ledger === seal.ledger || !SHARED_CHAIN_NAMES.has(chainId)) &&
      checkpointHolds(seal.key, checkpoint)
    )
      return true;
  return false;
}

export type CheckpointScan = {
  /** The first checkpoint the chains contradict, named by record. */
  bad: BadRecord | null;
  latest: Map<string, CheckpointRef>;
  checked: number;
  otherKeys: number;
};

/**
 * Reads the checkpoint file as a stream and checks every checkpoint of this database against the chains as
 * stored now: the record at each checkpointed place must still exist (else the chain was cut) and still have
 * the checkpointed hash (else it was rewritten and re-hashed). Memory: one batch, plus the latest per chain.
 */
export async function scanCheckpoints(
  db: Kysely<Database>,
  seal: Seal,
  chains: ReadonlySet<string> | null,
): Promise<CheckpointScan> {
  const scan: CheckpointScan = { bad: null, latest: new Map(), checked: 0, otherKeys: 0 };
  let batch: { cp: SignedCheckpoint; line: number }[] = [];
  const goodUpTo = new Map<string, number>();
  const flush = async () => {
    const byChain = new Map<string, number[]>();
    for (const { cp } of batch)
      byChain.set(cp.chain_id, [...(byChain.get(cp.chain_id) ?? []), cp.seq]);
    const stored = new Map<string, { id: string; hash: string }>();
    for (const [chainId, seqs] of byChain)
      for (const r of await db
        .selectFrom('consent_records')
        .select(['chain_seq', 'id', 'hash'])
        .where('chain_id', '=', chainId)
        .where('chain_seq', 'in', seqs)
        .execute())
        stored.set(`${chainId}#${r.chain_seq}`, r);
    for (const { cp, line } of batch) {
      const at = `checkpoint of ${cp.time} (line ${line} of ${seal.checkpointFile})`;
      const record =
        cp.seq === 0 ? { id: '', hash: cp.head_hash } : stored.get(`${cp.chain_id}#${cp.seq}`);
      const since = goodUpTo.get(cp.chain_id) ?? 0;
      if (!record)
        scan.bad = {
          chainId: cp.chain_id,
          seq: cp.seq,
          id: '',
          reason: `this record is gone, yet the ${at} signed the chain up to it (records were cut from the end)`,
        };
      else if (record.hash !== cp.head_hash)
        scan.bad = {
          chainId: cp.chain_id,
          seq: cp.seq,
          id: record.id,
          reason: `its hash differs from the ${at}: the chain was rewritten and re-hashed after #${since}, at or before this record`,
        };
      if (scan.bad) return;
      goodUpTo.set(cp.chain_id, Math.max(since, cp.seq));
      scan.checked += 1;
    }
    batch = [];
  };
  for await (const { line, checkpoint: cp } of readCheckpoints(seal.checkpointFile)) {
    if (!cp)
      return {
        ...scan,
        bad: {
          chainId: '',
          seq: 0,
          id: '',
          reason: `line ${line} of ${seal.checkpointFile} is not a checkpoint (the file was edited)`,
        },
      };
    if (cp.ledger !== seal.ledger || (chains && !chains.has(cp.chain_id))) continue;
    if (cp.key !== seal.key.id) {
      scan.otherKeys += 1;
      continue;
    }
    if (!checkpointHolds(seal.key, cp))
      return {
        ...scan,
        bad: {
          chainId: cp.chain_id,
          seq: cp.seq,
          id: '',
          reason: `line ${line} of ${seal.checkpointFile} has a signature that does not hold (the file was edited)`,
        },
      };
    const latest = scan.latest.get(cp.chain_id);
    if (!latest || cp.seq >= latest.seq)
      scan.latest.set(cp.chain_id, { seq: cp.seq, time: cp.time, line });
    batch.push({ cp, line });
    if (batch.length >= CHECK_BATCH) await flush();
    if (scan.bad) return scan;
  }
  await flush();
  return scan;
}
