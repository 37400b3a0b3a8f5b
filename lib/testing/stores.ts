import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { migrate, openStore, type Store } from '../db/connect';
import { useSeal } from '../submissions/seal';
import { testSeal } from './seal';

export type StoreFactory = {
  name: string;
  open: () => Promise<Store & { dispose: () => Promise<void> }>;
};

/**
 * SQLite always; PostgreSQL too when TEST_DATABASE_URL is set, each test in a schema of its own. Each store
 * signs its ledger with a key and checkpoint file of its own (never the user's, see lib/submissions/seal).
 */
export function storeFactories(): StoreFactory[] {
  const factories: StoreFactory[] = [
    {
      name: 'SQLite',
      open: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'conforme-db-'));
        const store = openStore({ dataDir: dir });
        await migrate(store);
        useSeal(store, testSeal());
        return {
          ...store,
          dispose: async () => {
            await store.close();
            rmSync(dir, { recursive: true, force: true });
          },
        };
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url)
    factories.push({
      name: 'PostgreSQL',
      open: async () => {
        const schema = `conforme_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
        const admin = openStore({ databaseUrl: url });
        await sql`create schema ${sql.id(schema)}`.execute(admin.db);
        const store = openStore({ databaseUrl: url, pgSchema: schema });
        await migrate(store);
        useSeal(store, testSeal());
        return {
          ...store,
          dispose: async () => {
            await store.close();
            await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
            await admin.close();
          },
        };
      },
    });
  else
    console.log(
      '# PostgreSQL storage suite skipped: TEST_DATABASE_URL is not set (.ci/run sets it to the local PostgreSQL).',
    );
  return factories;
}

/**
 * A second pool on the same PostgreSQL schema as `store`, standing for a second app server; none on SQLite
 * (one process per file).
 */
export async function secondServerPool(store: Store): Promise<Store | undefined> {
  const url = process.env.TEST_DATABASE_URL;
  if (store.dialect !== 'postgres' || !url) return undefined;
  const { s: pgSchema } = await store.db
    .selectNoFrom((eb) => eb.fn<string>('current_schema').as('s'))
    .executeTakeFirstOrThrow();
  return openStore({ databaseUrl: url, pgSchema });
}
