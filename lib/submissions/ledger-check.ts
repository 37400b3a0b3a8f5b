import type { Transaction } from 'kysely';
import type { Store } from '../db/connect';
import type { Database } from '../db/schema';
import { GENESIS } from '../proof/ledger';

/**
 * The head of a chain, locked for this transaction: two workspaces never wait on each other, and two app
 * servers appending to one chain take turns (PostgreSQL row lock; SQLite has one writer anyway).
 */
export async function lockHead(
  tx: Transaction<Database>,
  dialect: Store['dialect'],
  chainId: string,
): Promise<{ seq: number; hash: string; signature: string | null }> {
  const read = () =>
    tx
      .selectFrom('chain_heads')
      .select(['seq', 'hash', 'signature'])
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
