import { randomBytes } from 'node:crypto';
import type { Store } from './connect';

/** The secrets kept in the settings table; the names are those existing databases already hold. */
export type SecretName = 'auth_secret' | 'subject_key' | 'ledger_id';

/**
 * The setting's value; when there is none yet, `make()`'s is stored. Read first, so that a reader (a check of
 * the ledger on a busy or read-only store) writes nothing once it is set. Two first calls at once agree: the
 * insert keeps whichever value landed first and both read that one back.
 */
async function keptOrStored(
  store: Pick<Store, 'db'>,
  name: SecretName | 'ledger_key_id',
  make: () => string,
): Promise<string> {
  const read = () =>
    store.db.selectFrom('settings').select('value').where('key', '=', name).executeTakeFirst();
  const existing = await read();
  if (existing) return existing.value;
  await store.db
    .insertInto('settings')
    .values({ key: name, value: make() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const kept = await read();
  if (!kept) throw new Error(`The ${name} setting could not be stored.`);
  return kept.value;
}

/** A random secret (32 bytes, hex) kept in the settings table, created on first use; `fromEnv`, when set, wins. */
export async function storedSecret(
  store: Pick<Store, 'db'>,
  name: SecretName,
  fromEnv?: string,
): Promise<string> {
  return fromEnv || keptOrStored(store, name, () => randomBytes(32).toString('hex'));
}

/**
 * A value kept by the first process to store one; later calls get that first value back (to compare with
 * theirs). For facts every app server must share, such as the ledger's signing key id.
 */
export const firstStored = (store: Pick<Store, 'db'>, name: 'ledger_key_id', value: string) =>
  keptOrStored(store, name, () => value);
