import { appendFileSync } from 'node:fs';
import type { Store } from '../db/connect';
import { firstStored, storedSecret } from '../db/settings';
import { signCheckpoint, type SignedCheckpoint, type SigningKey } from '../proof/checkpoint';
import { appendCheckpoints } from '../proof/checkpoint-file';
import { loadSigningKey, sealConfig } from '../proof/signing-key';
import { SigningKeyMismatchError } from './storage-errors';

/** What signs a store's chain heads and where its checkpoints go (../shared/LEDGER.md). */
export type Seal = { key: SigningKey; ledger: string; checkpointFile: string };

/** A checkpoint is appended at most this long after its chain advanced… */
export const CHECKPOINT_EVERY_MS = 60_000;
/** …or once this many records were appended since the last one, whichever comes first. */
export const CHECKPOINT_EVERY_RECORDS = 10_000;

const seals = new WeakMap<object, Promise<Seal>>();

/**
 * The store's seal: the signing key (CONFORME_SIGNING_KEY, else the key file, generated on first start with
 * a warning to back it up), the checkpoint file, and the ledger id that names this database in that file.
 */
export function sealOf(store: Pick<Store, 'db'>): Promise<Seal> {
  let seal = seals.get(store.db);
  if (!seal) {
    seal = (async () => {
      const config = sealConfig();
      const key = loadSigningKey(config, { create: true, warn: (text) => console.warn(text) });
      const ledger = await storedSecret(store, 'ledger_id');
      return { key, ledger, checkpointFile: config.checkpointFile };
    })();
    seals.set(store.db, seal);
    seal.catch(() => seals.delete(store.db));
  }
  return seal;
}

const agreed = new WeakMap<object, Promise<Seal>>();

/**
 * The seal the writer signs with: the store's, once its key is known to be the database's. The first key to
 * sign a database's ledger is recorded in it; every app server must sign with that one.
 */
export function writingSealOf(store: Pick<Store, 'db'>): Promise<Seal> {
  let seal = agreed.get(store.db);
  if (!seal) {
    seal = (async () => {
      const own = await sealOf(store);
      const expected = await firstStored(store, 'ledger_key_id', own.key.id);
      if (expected !== own.key.id)
        throw new SigningKeyMismatchError(
          `this app server's signing key (${own.key.id}) is not the key this database's ledger is signed with (${expected}): give every app server the same CONFORME_SIGNING_KEY or key file`,
        );
      return own;
    })();
    agreed.set(store.db, seal);
    seal.catch(() => agreed.delete(store.db));
  }
  return seal;
}

/** Uses this key and file for the store (the CLI's key, read without creating one; tests' temporary files). */
export function useSeal(store: Pick<Store, 'db'>, seal: Seal | Promise<Seal>): void {
  agreed.delete(store.db);
  seals.set(store.db, Promise.resolve(seal));
}

/** The ledger id this store's checkpoints are written under. */
export const ledgerIdOf = (store: Pick<Store, 'db'>) => storedSecret(store, 'ledger_id');

export const signHead = (
  seal: Seal,
  head: { chainId: string; seq: number; hash: string },
  time = new Date().toISOString(),
): SignedCheckpoint =>
  signCheckpoint(seal.key, {
    ledger: seal.ledger,
    chain_id: head.chainId,
    seq: head.seq,
    head_hash: head.hash,
    count: head.seq,
    time,
  });

/**
 * Batches the signed heads of committed groups into the checkpoint file: one append per chain at most every
 * CHECKPOINT_EVERY_MS or CHECKPOINT_EVERY_RECORDS, off the submission path (nobody awaits it). What is still
 * pending when the process exits is written synchronously then.
 */
function checkpointer(file: string) {
  const pending = new Map<string, SignedCheckpoint>();
  let records = 0;
  let timer: NodeJS.Timeout | null = null;
  const take = () => {
    const lines = [...pending.values()];
    pending.clear();
    records = 0;
    if (timer) clearTimeout(timer);
    timer = null;
    return lines;
  };
  const flush = () =>
    appendCheckpoints(file, take()).catch((error: unknown) => {
      console.error(`conforme: checkpoint not written to ${file}: ${String(error)}`);
    });
  return {
    /** At exit: what is pending, written synchronously. */
    exit() {
      const lines = take();
      if (lines.length) appendFileSync(file, lines.map((c) => `${JSON.stringify(c)}\n`).join(''));
    },
    offer(heads: readonly SignedCheckpoint[], appended: number) {
      for (const head of heads) pending.set(`${head.ledger}\n${head.chain_id}`, head);
      records += appended;
      if (records >= CHECKPOINT_EVERY_RECORDS) void flush();
      else if (!timer && pending.size)
        (timer = setTimeout(() => void flush(), CHECKPOINT_EVERY_MS)).unref();
    },
    flush,
  };
}

const checkpointers = new Map<string, ReturnType<typeof checkpointer>>();

/** The process's checkpointer for a file, shared by every store that writes to it. */
export function checkpointerFor(file: string) {
  let c = checkpointers.get(file);
  if (!c) {
    if (!checkpointers.size)
      process.once('exit', () => {
        for (const each of checkpointers.values()) each.exit();
      });
    checkpointers.set(file, (c = checkpointer(file)));
  }
  return c;
}
