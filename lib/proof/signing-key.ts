import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { keyIdOf, type SigningKey } from './checkpoint';

/**
 * Where the ledger's signing key and checkpoint file live by default: the running user's configuration
 * folder (`$XDG_CONFIG_HOME/conforme`, else `~/.config/conforme`), outside the app's `data/` folder and the
 * database. Whoever can rewrite the database, or copies or restores the data folder, gets neither; the key
 * survives `rm -rf data`; and it is found by both the server and `conforme verify` run by the same user.
 */
export function sealFolder(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'conforme');
}

export type SealConfig = {
  /** CONFORME_SIGNING_KEY: an Ed25519 private key, PKCS#8 PEM or its DER in base64. */
  key?: string;
  /** CONFORME_SIGNING_KEY_FILE, else ledger-signing-key.pem in the seal folder. */
  keyFile: string;
  /** CONFORME_CHECKPOINT_FILE, else checkpoints.jsonl in the seal folder. */
  checkpointFile: string;
};

export function sealConfig(env: NodeJS.ProcessEnv = process.env): SealConfig {
  const folder = sealFolder(env);
  return {
    key: env.CONFORME_SIGNING_KEY || undefined,
    keyFile: resolve(env.CONFORME_SIGNING_KEY_FILE || join(folder, 'ledger-signing-key.pem')),
    checkpointFile: resolve(env.CONFORME_CHECKPOINT_FILE || join(folder, 'checkpoints.jsonl')),
  };
}

export class SigningKeyError extends Error {}

function fromText(text: string, where: string): SigningKey {
  const trimmed = text.trim();
  let privateKey;
  try {
    privateKey = trimmed.startsWith('-----')
      ? createPrivateKey(trimmed)
      : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    throw new SigningKeyError(`${where} is not a PKCS#8 private key (PEM, or DER in base64).`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new SigningKeyError(
      `${where} must be an Ed25519 key (got ${privateKey.asymmetricKeyType ?? 'another type'}).`,
    );
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, id: keyIdOf(publicKey) };
}

const errorCode = (error: unknown) =>
  error instanceof Error && 'code' in error ? String(error.code) : '';

/**
 * The ledger's signing key: CONFORME_SIGNING_KEY, else the key file. With `create`, a missing key file is
 * generated (owner-only permissions) and `warn` is told once, loudly, to back it up: without it no new
 * signature can be checked against the old ones. Without `create` (the CLI), a missing key is an error.
 */
export function loadSigningKey(
  config: SealConfig,
  { create, warn }: { create: boolean; warn?: (text: string) => void },
): SigningKey {
  if (config.key) return fromText(config.key, 'CONFORME_SIGNING_KEY');
  try {
    return fromText(readFileSync(config.keyFile, 'utf8'), config.keyFile);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    if (!create)
      throw new SigningKeyError(
        `No ledger signing key at ${config.keyFile}: set CONFORME_SIGNING_KEY or CONFORME_SIGNING_KEY_FILE to the key the app signs with.`,
      );
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  mkdirSync(dirname(config.keyFile), { recursive: true, mode: 0o700 });
  try {
    // 'wx': never overwrite a key another process has just written; read theirs instead.
    writeFileSync(config.keyFile, pem, { flag: 'wx', mode: 0o600 });
    chmodSync(config.keyFile, 0o600);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    return fromText(readFileSync(config.keyFile, 'utf8'), config.keyFile);
  }
  warn?.(
    `conforme: WARNING: generated the proof ledger's signing key at ${config.keyFile}. BACK IT UP now, apart from the database: every chain head and checkpoint is signed with it, and without it they can no longer be checked. Set CONFORME_SIGNING_KEY or CONFORME_SIGNING_KEY_FILE to use another key.`,
  );
  return fromText(pem, config.keyFile);
}
