import type { Kysely } from 'kysely';
import type { Store } from '../db/connect';
import type { Database } from '../db/schema';
import { appendCheckpoints } from '../proof/checkpoint-file';
import {
  chainVerifier,
  LEGACY_CHAIN,
  type BadRecord,
  type ChainCheck,
  type ChainHead,
  type SealReport,
} from '../proof/ledger';
import { chainOf } from './ledger-check';
import { consentRowsOf, crossCheck } from './ledger-cross';
import { checkHead, everCheckpointed, scanCheckpoints, type HeadRow } from './ledger-seal';
import { sealOf, signHead, type Seal } from './seal';

export type VerifyOptions = {
  /** Only this workspace's chain and the legacy chain (the in-app check); every chain by default. */
  workspace?: { id: string | null };
  /** Records read per query. */
  batch?: number;
  /** Called after each batch with the records checked so far and the total to check. */
  onProgress?: (done: number, total: number) => void;
  /** The key and checkpoint file to check against (default: the store's, see ./seal). */
  seal?: Seal;
};

async function chainsToCheck(db: Kysely<Database>, only?: string): Promise<string[]> {
  if (only) return [LEGACY_CHAIN, only];
  const [records, heads] = await Promise.all([
    db.selectFrom('consent_records').select('chain_id').distinct().execute(),
    db.selectFrom('chain_heads').select('chain_id').execute(),
  ]);
  return [...new Set([...records, ...heads].map((r) => r.chain_id))].sort();
}

const readHead = (db: Kysely<Database>, chainId: string): Promise<HeadRow | undefined> =>
  db
    .selectFrom('chain_heads')
    .select(['seq', 'hash', 'signature'])
    .where('chain_id', '=', chainId)
    .executeTakeFirst();

function recordsOf(
  db: Kysely<Database>,
  chainId: string,
  after: number,
  upTo: number | null,
  batch: number,
) {
  return db
    .selectFrom('consent_records as r')
    .leftJoin('submissions as s', 's.id', 'r.submission_id')
    .leftJoin('forms as f', 'f.id', 'r.form_id')
    .select([
      'r.chain_id',
      'r.chain_seq as seq',
      'r.id',
      'r.kind',
      'r.created_at',
      'r.content',
      'r.prev_hash',
      'r.hash',
      'r.submission_id',
      'r.form_id',
      's.id as s_id',
      's.form_id as s_form',
      's.version as s_version',
      's.created_at as s_created',
      's.lang as s_lang',
      's.consents as s_consents',
      's.provenance as s_provenance',
      's.campaign as s_campaign',
      's.ip as s_ip',
      's.user_agent as s_user_agent',
      'f.id as f_id',
    ])
    .where('r.chain_id', '=', chainId)
    .where('r.chain_seq', '>', after)
    .$if(upTo !== null, (q) => q.where('r.chain_seq', '<=', upTo ?? 0))
    .orderBy('r.chain_seq')
    .limit(batch)
    .execute();
}

/**
 * Walks each chain in order, `batch` records at a time (constant memory at any size): every link and hash,
 * each record against its own columns, its submission row and its consent rows; the chain's end against its
 * head, and the head against its signature. Then every checkpoint of the file against the chains (a chain
 * cut or rewritten since), and the submissions that lost their record. Names the first problem. When all
 * holds, signs the heads written before signing and appends a checkpoint of every chain.
 */
export async function verifyLedger(
  store: Store,
  { workspace, batch = 1000, onProgress, seal: given }: VerifyOptions = {},
): Promise<ChainCheck> {
  const { db } = store;
  const seal = given ?? (await sealOf(store));
  const only = workspace && chainOf(workspace.id);
  const scope = only ? new Set([LEGACY_CHAIN, only]) : null;
  const report: SealReport = {
    file: seal.checkpointFile,
    key: seal.key.id,
    checkpoints: [],
    checked: 0,
    otherKeys: 0,
    adopted: [],
  };
  let count = 0;
  const fail = (firstBad: BadRecord): ChainCheck => ({ ok: false, count, firstBad, seal: report });

  const scan = await scanCheckpoints(db, seal, scope);
  report.checked = scan.checked;
  report.otherKeys = scan.otherKeys;
  const chains = [...new Set([...(await chainsToCheck(db, only)), ...scan.latest.keys()])].sort();
  const { n } = await db
    .selectFrom('consent_records')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('chain_id', 'in', chains)
    .executeTakeFirstOrThrow();
  const total = Number(n);
  const heads: ChainHead[] = [];
  const unsigned: ChainHead[] = [];
  for (const chainId of chains) {
    const verifier = chainVerifier(chainId);
    // Only the records up to the head read now: records appended meanwhile are the next check's.
    const head = await readHead(db, chainId);
    const ids = new Map<number, string>();
    let after = 0;
    for (;;) {
      const rows = await recordsOf(db, chainId, after, head ? head.seq : null, batch);
      const consentRows = await consentRowsOf(
        db,
        rows.flatMap((r) => (r.s_id === null ? [] : [r.s_id])),
      );
      for (const row of rows) {
        count += 1;
        const bad = verifier.push(row);
        if (bad) return fail(bad);
        const reason = crossCheck(row, consentRows);
        if (reason) return fail({ chainId, seq: row.seq, id: row.id, reason });
      }
      const last = rows[rows.length - 1];
      if (last) ids.set(last.seq, last.id);
      onProgress?.(count, total);
      if (!last || rows.length < batch) break;
      after = last.seq;
    }
    const end = verifier.end(head ?? null);
    if (end) return fail(end);
    const beyond = head
      ? await db
          .selectFrom('consent_records')
          .select(['chain_seq', 'id'])
          .where('chain_id', '=', chainId)
          .where('chain_seq', '>', head.seq)
          .orderBy('chain_seq')
          .limit(1)
          .executeTakeFirst()
      : undefined;
    const now = beyond && (await readHead(db, chainId));
    if (beyond && now?.seq === head?.seq)
      return fail({
        chainId,
        seq: beyond.chain_seq,
        id: beyond.id,
        reason: `this record comes after the chain's head (#${head?.seq ?? 0}): it was appended outside the app`,
      });
    const checkpoint = scan.latest.get(chainId) ?? null;
    if (checkpoint && checkpoint.seq > verifier.head.seq)
      return fail({
        chainId,
        seq: verifier.head.seq + 1,
        id: '',
        reason: `the chain ends at #${verifier.head.seq} but the checkpoint of ${checkpoint.time} (line ${checkpoint.line} of ${seal.checkpointFile}) signed it up to #${checkpoint.seq} (records were cut from the end)`,
      });
    const signature = head
      ? checkHead(seal, chainId, head, (seq) => ids.get(seq) ?? '')
      : 'unsigned';
    if (signature === 'unsigned') {
      // A head written before signing is trusted once, on first check, only if no checkpoint ever covered it.
      if (checkpoint ?? (await everCheckpointed(seal, chainId)))
        return fail({
          chainId,
          seq: verifier.head.seq,
          id: ids.get(verifier.head.seq) ?? '',
          reason: `the chain's head is not signed although the chain was checkpointed (its signature was removed)`,
        });
      if (verifier.head.seq > 0) unsigned.push(verifier.head);
    } else if (signature) return fail(signature);
    report.checkpoints.push({ chainId, checkpoint });
    if (verifier.head.seq > 0) heads.push(verifier.head);
  }
  if (scan.bad) return fail(scan.bad);
  const orphan = await orphanSubmission(db, workspace);
  if (orphan)
    return fail({
      chainId: '',
      seq: 0,
      id: orphan.id,
      reason: 'this submission has no consent record (its record was removed)',
    });
  try {
    await sealChains(db, seal, heads, unsigned);
    report.adopted = unsigned.map((h) => h.chainId);
  } catch (error) {
    // The check held; only its seal could not be written (a read-only copy, a store busy writing): the
    // next check signs and checkpoints again.
    console.warn(
      `conforme: the ledger verifies, but its heads were not sealed now: ${String(error)}`,
    );
  }
  return { ok: true, count, chains: heads, seal: report };
}

/** After a check that held: signs the heads written before signing, and checkpoints every chain. */
async function sealChains(
  db: Kysely<Database>,
  seal: Seal,
  heads: ChainHead[],
  unsigned: ChainHead[],
) {
  const time = new Date().toISOString();
  for (const head of unsigned)
    await db
      .updateTable('chain_heads')
      .set({ signature: JSON.stringify(signHead(seal, head, time)) })
      .where('chain_id', '=', head.chainId)
      .where('seq', '=', head.seq)
      .where('signature', 'is', null)
      .execute();
  await appendCheckpoints(
    seal.checkpointFile,
    heads.map((h) => signHead(seal, h, time)),
  );
}

function orphanSubmission(db: Kysely<Database>, workspace: VerifyOptions['workspace']) {
  return db
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
}
