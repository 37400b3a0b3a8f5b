import { randomBytes } from 'node:crypto';
import type { Store } from '../db/connect';

/** A secret kept in the settings table, created on first use (or taken from the environment when given). */
export async function storedSecret(store: Store, key: string, fromEnv?: string): Promise<string> {
  if (fromEnv) return fromEnv;
  const existing = await store.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  if (existing) return existing.value;
  await store.db.insertInto('settings').values({ key, value: randomBytes(32).toString('hex') }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return (await store.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirstOrThrow()).value;
}
