import { randomBytes } from 'node:crypto';
import type { Store } from './connect';

/** The secrets kept in the settings table; the names are those existing databases already hold. */
export type SecretName = 'auth_secret' | 'subject_key' | 'ledger_id';

/**
 * A random secret (32 bytes, hex) kept in the settings table, created on first use; `fromEnv`, when set, wins.
 * Two first calls at once agree: the insert keeps whichever value landed first and both read that one back.
 */
export async function storedSecret(
  store: Pick<Store, 'db'>,
  name: SecretName,
  fromEnv?: string,
): Promise<string> {
  if (fromEnv) return fromEnv;
  const read = () =>
    store.db.selectFrom('settings').select('value').where('key', '=', name).executeTakeFirst();
  const existing = await read();
  if (existing) return existing.value;
  await store.db
    .insertInto('settings')
    .values({ key: name, value: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const kept = await read();
  if (!kept) throw new Error(`The ${name} setting could not be stored.`);
  return kept.value;
}

/**
 * A value kept in the settings table by the first process to store one; later calls get that first value
 * back (compare it with theirs). For facts all app servers must share, such as the ledger's key id.
 */
export async function firstStored(
  store: Pick<Store, 'db'>,
  name: 'ledger_key_id',
  value: string,
): Promise<string> {
  const read = () =>
    store.db.selectFrom('settings').select('value').where('key', '=', name).executeTakeFirst();
  // Read first: a reader (a check of the ledger on a busy or read-only store) writes nothing once it is set.
  const existing = await read();
  if (existing) return existing.value;
  await store.db
    .insertInto('settings')
    .values({ key: name, value })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const kept = await read();
  if (!kept) throw new Error(`The ${name} setting could not be stored.`);
  return kept.value;
}
