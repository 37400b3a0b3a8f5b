import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { migrate, openStore, type StoreConfig } from '../db/connect';
import type { ChainCheck, SealReport } from '../proof/ledger';
import { loadSigningKey, sealConfig, SigningKeyError } from '../proof/signing-key';
import { submissionRepository } from '../submissions/repository';
import { ledgerIdOf } from '../submissions/seal';

/** Which checkpoint each chain was checked against, for people. */
export function describeSeal(seal: SealReport): string[] {
  return [
    `Checked against the checkpoint file ${seal.file} (signing key ${seal.key}): ${seal.checked} checkpoint${seal.checked === 1 ? '' : 's'} of this database${seal.otherKeys ? `, ${seal.otherKeys} signed by another key skipped` : ''}.`,
    ...seal.checkpoints.map(({ chainId, checkpoint: c }) =>
      c
        ? `  ${chainId}: last checkpoint #${c.seq} of ${c.time} (line ${c.line})`
        : `  ${chainId}: no checkpoint yet`,
    ),
    ...(seal.adopted.length
      ? [`Heads written before signing, signed now after this check: ${seal.adopted.join(', ')}.`]
      : []),
  ];
}

function describe(check: ChainCheck): string {
  if (!check.ok)
    return [
      `Proof ledger broken at ${check.firstBad.chainId ? `record #${check.firstBad.seq} of chain ${check.firstBad.chainId}` : 'a submission'}${check.firstBad.id ? ` (${check.firstBad.id})` : ''}: ${check.firstBad.reason}.`,
      ...(check.seal ? [`Checkpoint file: ${check.seal.file}.`] : []),
    ].join('\n');
  return [
    `Proof ledger intact: ${check.count} record${check.count === 1 ? '' : 's'} in ${check.chains.length} chain${check.chains.length === 1 ? '' : 's'}.`,
    ...check.chains.map((c) => `  ${c.chainId}: ${c.seq} records, head ${c.hash}`),
    ...(check.seal ? describeSeal(check.seal) : []),
  ].join('\n');
}

/**
 * Opens the store the app uses (DATABASE_URL, else data/conforme.db) and checks the proof ledger against
 * the app's signing key and checkpoint file (CONFORME_SIGNING_KEY[_FILE], CONFORME_CHECKPOINT_FILE), which
 * it never creates: a missing key is an error.
 */
export async function verifyStore(
  config: StoreConfig,
  onProgress?: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: 0 | 1 | 2; message: string }> {
  const sqlite = !config.databaseUrl?.startsWith('postgres');
  if (sqlite && !existsSync(resolve(config.dataDir ?? 'data', 'conforme.db')))
    return {
      code: 2,
      message: `No database at ${resolve(config.dataDir ?? 'data', 'conforme.db')}: pass --data-dir or --database-url.`,
    };
  const seals = sealConfig(env);
  let key;
  try {
    key = loadSigningKey(seals, { create: false });
  } catch (error) {
    if (error instanceof SigningKeyError) return { code: 2, message: error.message };
    throw error;
  }
  const store = openStore(config);
  try {
    await migrate(store);
    let reported = Date.now();
    const check = await submissionRepository(store).verify({
      seal: { key, ledger: await ledgerIdOf(store), checkpointFile: seals.checkpointFile },
      onProgress: (done, total) => {
        // Long runs say where they are, on stderr, at most once a second.
        if (onProgress && Date.now() - reported >= 1000) {
          reported = Date.now();
          onProgress(`Checked ${done} of ${total} records…`);
        }
      },
    });
    return { code: check.ok ? 0 : 1, message: describe(check) };
  } finally {
    await store.close();
  }
}
