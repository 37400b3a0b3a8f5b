import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, mock } from 'node:test';
import { migrate, openStore } from '../db/connect';
import { writingSealOf } from './seal';
import { SigningKeyMismatchError, storageFailure } from './storage-errors';

/** Runs `body` with CONFORME_SIGNING_KEY_FILE set to `keyFile`, as an app server started so would. */
async function withKeyFile<T>(keyFile: string, body: () => Promise<T>): Promise<T> {
  const before = process.env.CONFORME_SIGNING_KEY_FILE;
  process.env.CONFORME_SIGNING_KEY_FILE = keyFile;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env.CONFORME_SIGNING_KEY_FILE;
    else process.env.CONFORME_SIGNING_KEY_FILE = before;
  }
}

describe('the ledger seal', () => {
  it('refuses to sign with a key other than the one the ledger was first signed with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conforme-seal-test-'));
    const warn = mock.method(console, 'warn', () => undefined);
    // Two app servers on one database, each with a key file of its own (each generated one at start).
    const first = openStore({ dataDir: dir });
    const second = openStore({ dataDir: dir });
    try {
      await migrate(first);
      const seal = await withKeyFile(join(dir, 'a.pem'), () => writingSealOf(first));
      const error = await withKeyFile(join(dir, 'b.pem'), () => writingSealOf(second)).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(error instanceof SigningKeyMismatchError, 'the second key was accepted');
      assert.match(error.message, new RegExp(`signed with \\(${seal.key.id}\\)`));
      // The submission path answers 503 and logs the cause, rather than fail with a 500.
      assert.equal(storageFailure(error)?.cause, 'signing key differs from the ledger key');
      // The same key as the first server's is accepted.
      const same = openStore({ dataDir: dir });
      try {
        const again = await withKeyFile(join(dir, 'a.pem'), () => writingSealOf(same));
        assert.equal(again.key.id, seal.key.id);
      } finally {
        await same.close();
      }
    } finally {
      warn.mock.restore();
      await first.close();
      await second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
