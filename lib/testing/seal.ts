import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSigningKey } from '../proof/signing-key';
import type { Seal } from '../submissions/seal';

/** A signing key and checkpoint file of their own, in a temporary folder, for one test store. */
export function testSeal(ledger = 'test-ledger'): Seal {
  const dir = mkdtempSync(join(tmpdir(), 'conforme-seal-'));
  const checkpointFile = join(dir, 'checkpoints.jsonl');
  const key = loadSigningKey({ keyFile: join(dir, 'key.pem'), checkpointFile }, { create: true });
  return { key, ledger, checkpointFile };
}
