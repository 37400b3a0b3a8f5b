import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { migrate, openStore, type StoreConfig } from '../db/connect';
import { submissionRepository } from '../submissions/repository';

/** Opens the store the app uses (DATABASE_URL, else data/conforme.db) and checks the proof ledger. */
export async function verifyStore(
  config: StoreConfig,
): Promise<{ code: 0 | 1 | 2; message: string }> {
  const sqlite = !config.databaseUrl?.startsWith('postgres');
  if (sqlite && !existsSync(resolve(config.dataDir ?? 'data', 'conforme.db')))
    return {
      code: 2,
      message: `No database at ${resolve(config.dataDir ?? 'data', 'conforme.db')}: pass --data-dir or --database-url.`,
    };
  const store = openStore(config);
  try {
    await migrate(store);
    const check = await submissionRepository(store).verify();
    return check.ok
      ? {
          code: 0,
          message: `Proof ledger intact: ${check.count} record${check.count === 1 ? '' : 's'}, head ${check.head}.`,
        }
      : {
          code: 1,
          message: `Proof ledger broken at record #${check.firstBad.seq} (${check.firstBad.id}): ${check.firstBad.reason}.`,
        };
  } finally {
    await store.close();
  }
}
