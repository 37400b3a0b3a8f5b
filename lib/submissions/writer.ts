import { sql, type Transaction } from 'kysely';
import type { Store } from '../db/connect';
import type { Database } from '../db/schema';
import { canonicalJson } from '../proof/canonical';
import { recordHash } from '../proof/ledger';
import type { SignedCheckpoint } from '../proof/checkpoint';
import { lockHead } from './ledger-check';
import { checkHead, everCheckpointed, type HeadRow } from './ledger-seal';
import { LedgerHeadError } from './storage-errors';
import type { ConsentRecordContent, Provenance } from './record';
import { checkpointerFor, signHead, writingSealOf, type Seal } from './seal';

export type NewSubmission = {
  id: string;
  formId: string;
  version: number;
  createdAt: string;
  lang: string;
  fields: Record<string, string>;
  provenance: Provenance;
  consents: Record<string, boolean>;
  idempotencyKey: string | null;
  ip: string | null;
  userAgent: string | null;
  record: ConsentRecordContent;
  /** The ledger chain the record is appended to: its workspace's (chainOf). */
  chainId: string;
};

/** At most this many submissions share one commit. */
export const MAX_GROUP = 64;

type Head = { seq: number; hash: string };

/** Where a stored record sits in the ledger: what the visitor's receipt carries. */
export type RecordReceipt = { chainId: string; seq: number; hash: string };

/**
 * The heads of the chains one transaction appends to. Each chain's head is read (and, on PostgreSQL, locked)
 * the first time the transaction appends to it, then followed in memory, and written back once before the
 * commit, signed: two statements and one Ed25519 signature per chain and group instead of per submission.
 */
function chainHeads(
  tx: Transaction<Database>,
  dialect: Store['dialect'],
  seal: Seal,
  written: Map<string, string>,
) {
  const heads = new Map<string, Head>();
  /** A head exactly as this process last wrote it (values and signature): its signature needs no check. */
  const ours = (chainId: string, head: HeadRow) =>
    written.get(chainId) === `${String(head.seq)}|${head.hash}|${head.signature ?? ''}`;
  return {
    /**
     * Locks the group's chains, in one order for every process (two servers locking [A, B] and [B, A] would
     * deadlock), and checks that each head is the one the app signed: a head moved outside the app is never
     * extended, since signing over it would launder what was appended by hand.
     */
    async lock(chainIds: Iterable<string>) {
      for (const chainId of [...new Set(chainIds)].sort()) {
        if (heads.has(chainId)) continue;
        const head = await lockHead(tx, dialect, chainId);
        const check = ours(chainId, head) ? null : checkHead(seal, chainId, head, () => '');
        const tampered =
          check === 'unsigned'
            ? head.seq > 0 && (await everCheckpointed(seal, chainId))
            : check !== null;
        if (tampered)
          throw new LedgerHeadError(
            `the head of chain ${chainId} (#${String(head.seq)}) is not the one the app signed: run conforme verify`,
          );
        heads.set(chainId, { seq: head.seq, hash: head.hash });
      }
    },
    get(chainId: string): Head {
      const head = heads.get(chainId);
      if (!head) throw new Error(`Chain ${chainId} was not locked for this group`);
      return head;
    },
    /** A record is appended: called only once its submission's rows are all written. */
    advance(chainId: string, head: Head) {
      heads.set(chainId, head);
    },
    /** Writes each advanced head with its signature; returns the signed heads for the checkpoint file. */
    async write(): Promise<SignedCheckpoint[]> {
      const signed: SignedCheckpoint[] = [];
      for (const [chainId, head] of heads) {
        const checkpoint = signHead(seal, { chainId, ...head });
        const signature = JSON.stringify(checkpoint);
        signed.push(checkpoint);
        await tx
          .updateTable('chain_heads')
          .set({ ...head, signature })
          .where('chain_id', '=', chainId)
          .execute();
        // Remembered even if the transaction then rolls back: a row can only match it exactly if this
        // process's write of it committed (nobody else can produce the same signature without the key).
        written.set(chainId, `${String(head.seq)}|${head.hash}|${signature}`);
      }
      return signed;
    },
  };
}

/** One submission's rows: the lead, its consent boxes, and its record appended to its chain. */
async function writeOne(
  tx: Transaction<Database>,
  heads: ReturnType<typeof chainHeads>,
  s: NewSubmission,
): Promise<Head> {
  await tx
    .insertInto('submissions')
    .values({
      id: s.id,
      form_id: s.formId,
      version: s.version,
      created_at: s.createdAt,
      lang: s.lang,
      fields: JSON.stringify(s.fields),
      provenance: JSON.stringify(s.provenance),
      consents: JSON.stringify(s.consents),
      campaign: s.provenance.utm.utm_campaign ?? null,
      idempotency_key: s.idempotencyKey,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .execute();
  const boxes = Object.entries(s.consents);
  if (boxes.length)
    await tx
      .insertInto('submission_consents')
      .values(
        boxes.map(([purpose, given]) => ({
          submission_id: s.id,
          form_id: s.formId,
          purpose,
          given: given ? 1 : 0,
        })),
      )
      .execute();
  const head = heads.get(s.chainId);
  const record = {
    chain_id: s.chainId,
    seq: head.seq + 1,
    kind: 'submission',
    created_at: s.createdAt,
    content: canonicalJson(s.record),
    prev_hash: head.hash,
  };
  const hash = recordHash(record);
  await tx
    .insertInto('consent_records')
    .values({
      id: s.record.recordId,
      submission_id: s.id,
      form_id: s.formId,
      created_at: s.createdAt,
      content: record.content,
      prev_hash: record.prev_hash,
      hash,
      chain_id: s.chainId,
      chain_seq: record.seq,
      kind: record.kind,
    })
    .execute();
  return { seq: record.seq, hash };
}

type Job = { submission: NewSubmission; done: (result: Head | Error) => void };

const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(`Storage failed: ${JSON.stringify(error)}`);

/**
 * Group commit. Submissions that arrive while a commit is under way wait for the next one and share it,
 * and every submission of the group is acknowledged only once the commit is durable (fsync'd). Should one
 * of them fail (a raced idempotency key…), the group is written again with each submission in its own
 * savepoint (all of its rows or none), so that it alone is refused. One fsync then serves many submissions, as in PostgreSQL's own group
 * commit, instead of one each: the disk's flush rate no longer caps submissions per second.
 */
function groupWriter(store: Store) {
  const queue: Job[] = [];
  /** The head of each chain as this process last wrote it (see chainHeads). */
  const lastWritten = new Map<string, string>();
  let running = false;

  /**
   * The usual case: every submission of the group written in one transaction, no savepoints. Resolves
   * false, with nothing stored, when one of them failed: the group is then written again one savepoint each.
   */
  async function commitAll(group: Job[], seal: Seal): Promise<boolean> {
    const failed = new Error('A submission of the group could not be written');
    const written = new Map<Job, Head>();
    let signed: SignedCheckpoint[];
    try {
      signed = await store.db.transaction().execute(async (tx) => {
        const heads = chainHeads(tx, store.dialect, seal, lastWritten);
        await heads.lock(group.map((job) => job.submission.chainId));
        for (const job of group) {
          const head = await writeOne(tx, heads, job.submission).catch(() => {
            throw failed;
          });
          heads.advance(job.submission.chainId, head);
          written.set(job, head);
        }
        return heads.write();
      });
    } catch (error) {
      if (error === failed) return false;
      throw error;
    }
    checkpointerFor(seal.checkpointFile).offer(signed, group.length);
    for (const [job, head] of written) job.done(head);
    return true;
  }

  /** Each submission in its own savepoint: a failed one (a raced idempotency key…) is undone alone. */
  async function commitEach(group: Job[], seal: Seal) {
    const results = new Map<Job, Head | Error>();
    const signed = await store.db.transaction().execute(async (tx) => {
      const heads = chainHeads(tx, store.dialect, seal, lastWritten);
      await heads.lock(group.map((job) => job.submission.chainId));
      for (const job of group) {
        await sql`savepoint submission`.execute(tx);
        try {
          const head = await writeOne(tx, heads, job.submission);
          heads.advance(job.submission.chainId, head);
          results.set(job, head);
        } catch (error) {
          results.set(job, asError(error));
          // A failure that ended the whole transaction (SQLite rolls back by itself when the disk is
          // full) leaves no savepoint to return to: the original error is the group's.
          await sql`rollback to savepoint submission`.execute(tx).catch(() => {
            throw error;
          });
        }
        await sql`release savepoint submission`.execute(tx);
      }
      return heads.write();
    });
    checkpointerFor(seal.checkpointFile).offer(signed, group.length);
    for (const job of group) job.done(results.get(job) ?? new Error('Not written'));
  }

  async function commit(group: Job[]) {
    try {
      const seal = await writingSealOf(store);
      if (!(await commitAll(group, seal))) await commitEach(group, seal);
    } catch (error) {
      // The commit itself failed (disk full, connection lost…): nothing of the group was stored.
      for (const job of group) job.done(asError(error));
    }
  }

  async function drain() {
    try {
      while (queue.length) await commit(queue.splice(0, MAX_GROUP));
    } finally {
      running = false;
    }
  }

  return {
    /** Resolves with the record's place once the submission is durably stored; rejects with why it was not. */
    write(submission: NewSubmission): Promise<RecordReceipt> {
      return new Promise((resolve, reject) => {
        queue.push({
          submission,
          done: (result) => {
            if (result instanceof Error) reject(result);
            else resolve({ chainId: submission.chainId, ...result });
          },
        });
        // Start on the next turn of the event loop, once every request read in this turn has queued: with
        // a synchronous driver (SQLite) a group would otherwise always hold just the first submission.
        if (!running) {
          running = true;
          setImmediate(() => void drain());
        }
      });
    },
  };
}

const writers = new WeakMap<object, ReturnType<typeof groupWriter>>();

/** The store's writer, one per process and store. */
export function writerFor(store: Store) {
  let writer = writers.get(store.db);
  if (!writer) writers.set(store.db, (writer = groupWriter(store)));
  return writer;
}
