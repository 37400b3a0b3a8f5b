import 'server-only';
import { migrate, openStore, type Store } from './connect';

export type { Store } from './connect';
export type * from './schema';

let current: Promise<Store> | undefined;

/** The application's store, opened and migrated once per process (DATABASE_URL, else SQLite under CONFORME_DATA_DIR or data/). */
export function getStore(): Promise<Store> {
  current ??= (async () => {
    const store = openStore({
      databaseUrl: process.env.DATABASE_URL,
      dataDir: process.env.CONFORME_DATA_DIR,
    });
    await migrate(store);
    return store;
  })().catch((error: unknown) => {
    current = undefined;
    throw error;
  });
  return current;
}
