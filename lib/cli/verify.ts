import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { migrate, openStore, type StoreConfig } from '../db/connect';
import { submissionRepository } from '../submissions/repository';

/** Opens the store the app uses (DATABASE_URL, else data/conforme.db) and checks the proof ledger. */
export async function verifyStore(
  config: StoreConfig,
  onProgress?: (line: string) => void,
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
    let reported = Date.now();
    const check = await submissionRepository(store).verify({
      onProgress: (done, total) => {
        // Long runs say where they are, on stderr, at most once a second.
        if (onProgress && Date.now() - reported >= 1000) {
          reported = Date.now();
          onProgress(`Checked ${done} of ${total} records…`);
        }
      },
    });
    if (!check.ok)
      return {
        code: 1,
        message: `Proof ledger broken at ${check.firstBad.chainId ? `record #${check.firstBad.seq} of chain ${check.firstBad.chainId}` : 'a submission'} (${check.firstBad.id}): ${check.firstBad.reason}.`,
      };
    const heads = check.chains.map((c) => `  ${c.chainId}: ${c.seq} records, head ${c.hash}`);
    return {
      code: 0,
      message: [
        `Proof ledger intact: ${check.count} record${check.count === 1 ? '' : 's'} in ${check.chains.length} chain${check.chains.length === 1 ? '' : 's'}.`,
        ...heads,
      ].join('\n'),
    };
  } finally {
    await store.close();
  }
}
