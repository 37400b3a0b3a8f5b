import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { migrate, openStore, type StoreConfig } from '../db/connect';
import { submissionRepository } from '../submissions/repository';

/** Opens the store the app uses (DATABASE_URL, else data/conforme.db) and checks the proof ledger. */
export async function verifyStore(config: StoreConfig): Promise<{ ok: boolean; message: string }> {
  const sqlite = !config.databaseUrl?.startsWith('postgres');
  if (sqlite && !existsSync(resolve(config.dataDir ?? 'data', 'conforme.db')))
    return { ok: false, message: `No database at ${resolve(config.dataDir ?? 'data', 'conforme.db')}: pass --data-dir or --database-url.` };
  const store = openStore(config);
  try {
    await migrate(store);
    const check = await submissionRepository(store).verify();
    return check.ok
      ? { ok: true, message: `Proof ledger intact: ${check.count} record${check.count === 1 ? '' : 's'}, head ${check.head}.` }
      : { ok: false, message: `Proof ledger broken at record #${check.firstBad.seq} (${check.firstBad.id}): ${check.firstBad.reason}.` };
  } finally {
    await store.close();
  }
}
