import type { Kysely, Transaction } from 'kysely';
import type { Store } from '../db/connect';
import type { Database } from '../db/schema';
import {
  chainVerifier,
  GENESIS,
  LEGACY_CHAIN,
  type BadRecord,
  type ChainCheck,
  type ChainHead,
} from '../proof/ledger';
import type { ConsentRecordContent } from './record';

/**
 * The head of a chain, locked for this transaction: two workspaces never wait on each other, and two app
 * servers appending to one chain take turns (PostgreSQL row lock; SQLite has one writer anyway).
 */
export async function lockHead(
  tx: Transaction<Database>,
  dialect: Store['dialect'],
  chainId: string,
): Promise<{ seq: number; hash: string }> {
  const read = () =>
    tx
      .selectFrom('chain_heads')
      .select(['seq', 'hash'])
      .where('chain_id', '=', chainId)
      .$if(dialect === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst();
  const head = await read();
  if (head) return head;
  await tx
    .insertInto('chain_heads')
    .values({ chain_id: chainId, seq: 0, hash: GENESIS })
    .onConflict((oc) => oc.column('chain_id').doNothing())
    .execute();
  const created = await read();
  if (!created) throw new Error(`The head of chain ${chainId} could not be created`);
  return created;
}

/** The chain a workspace's records go to (../shared/LEDGER.md); forms outside any workspace share one. */
export const chainOf = (workspaceId: string | null) => workspaceId ?? 'default';

export type VerifyOptions = {
  /** Only this workspace's chain and the legacy chain (the in-app check); every chain by default. */
  workspace?: { id: string | null };
  /** Records read per query. */
  batch?: number;
  /** Called after each batch with the records checked so far and the total to check. */
  onProgress?: (done: number, total: number) => void;
};

/** Whether the submissions table still says what its record says: ids, form, version, date, each box. */
function crossCheck(
  content: ConsentRecordContent,
  row: { s_id: string; s_form: string; s_version: number; s_created: string; s_consents: string },
): string | null {
  if (content.submissionId !== row.s_id) return 'names another submission';
  if (content.form.id !== row.s_form || content.form.version !== row.s_version)
    return 'its submission row names another form or version';
  if (content.createdAt !== row.s_created) return 'its submission row has another date';
  const boxes = JSON.parse(row.s_consents) as Record<string, boolean>;
  const recorded = Object.fromEntries(content.consents.map((b) => [b.id, b.ticked]));
  const ids = new Set([...Object.keys(boxes), ...Object.keys(recorded)]);
  for (const id of ids)
    if (boxes[id] !== recorded[id])
      return `its submission row says consent to "${id}" was ${boxes[id] ? 'given' : 'refused'}, the record says otherwise`;
  return null;
}

async function chainsToCheck(db: Kysely<Database>, only?: string): Promise<string[]> {
  if (only) return [LEGACY_CHAIN, only];
  const [records, heads] = await Promise.all([
    db.selectFrom('consent_records').select('chain_id').distinct().execute(),
    db.selectFrom('chain_heads').select('chain_id').execute(),
  ]);
  return [...new Set([...records, ...heads].map((r) => r.chain_id))].sort();
}

/**
 * Walks each chain in order, `batch` records at a time (constant memory at any size): every link, every
 * hash, the chain's end against its stored head, and each record against its submission row. Then looks
 * for submissions that lost their record. Names the first problem.
 */
export async function verifyLedger(
  { db }: Store,
  { workspace, batch = 1000, onProgress }: VerifyOptions = {},
): Promise<ChainCheck> {
  const chains = await chainsToCheck(db, workspace && chainOf(workspace.id));
  const { n } = await db
    .selectFrom('consent_records')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('chain_id', 'in', chains)
    .executeTakeFirstOrThrow();
  const total = Number(n);
  let count = 0;
  const heads: ChainHead[] = [];
  const fail = (firstBad: BadRecord): ChainCheck => ({ ok: false, count, firstBad });
  for (const chainId of chains) {
    const verifier = chainVerifier(chainId);
    let after = 0;
    for (;;) {
      const rows = await db
        .selectFrom('consent_records as r')
        .leftJoin('submissions as s', 's.id', 'r.submission_id')
        .select([
          'r.chain_id',
          'r.chain_seq as seq',
          'r.id',
          'r.kind',
          'r.created_at',
          'r.content',
          'r.prev_hash',
          'r.hash',
          's.id as s_id',
          's.form_id as s_form',
          's.version as s_version',
          's.created_at as s_created',
          's.consents as s_consents',
        ])
        .where('r.chain_id', '=', chainId)
        .where('r.chain_seq', '>', after)
        .orderBy('r.chain_seq')
        .limit(batch)
        .execute();
      for (const row of rows) {
        count += 1;
        const bad = verifier.push(row);
        if (bad) return fail(bad);
        // A form's deletion removes its submissions, never its proof: a record without a row is fine.
        if (row.s_id !== null && row.s_form !== null && row.s_version !== null) {
          const reason = crossCheck(JSON.parse(row.content) as ConsentRecordContent, {
            s_id: row.s_id,
            s_form: row.s_form,
            s_version: row.s_version,
            s_created: row.s_created ?? '',
            s_consents: row.s_consents ?? '{}',
          });
          if (reason) return fail({ chainId, seq: row.seq, id: row.id, reason });
        }
      }
      onProgress?.(count, total);
      const last = rows[rows.length - 1];
      if (!last || rows.length < batch) break;
      after = last.seq;
    }
    const head = await db
      .selectFrom('chain_heads')
      .select(['seq', 'hash'])
      .where('chain_id', '=', chainId)
      .executeTakeFirst();
    const end = verifier.end(head ?? null);
    if (end) return fail(end);
    if (verifier.head.seq > 0) heads.push(verifier.head);
  }
  const orphan = await db
    .selectFrom('submissions as s')
    .select(['s.id'])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('consent_records as r')
            .select('r.id')
            .whereRef('r.submission_id', '=', 's.id'),
        ),
      ),
    )
    .$if(workspace !== undefined, (q) =>
      q
        .innerJoin('forms as f', 'f.id', 's.form_id')
        .where('f.workspace_id', workspace?.id ? '=' : 'is', workspace?.id ?? null),
    )
    .limit(1)
    .executeTakeFirst();
  if (orphan)
    return fail({
      chainId: '',
      seq: 0,
      id: orphan.id,
      reason: 'this submission has no consent record (its record was removed)',
    });
  return { ok: true, count, chains: heads };
}
