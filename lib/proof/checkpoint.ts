import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from './canonical';

/**
 * A signed statement of a chain's head (../shared/LEDGER.md): "in ledger L, chain C held `count` records
 * and ended at #seq with hash H at this time". Signed with Ed25519 by a key kept outside the database, so
 * whoever can rewrite the database cannot sign a rewritten, shortened or extended chain. The same shape is
 * kept beside each chain's head (the signed head) and appended to the checkpoint file.
 */
export type Checkpoint = {
  /** The database's ledger id (a random id kept in its settings), so one file can serve several databases. */
  ledger: string;
  chain_id: string;
  seq: number;
  head_hash: string;
  count: number;
  /** ISO-8601 UTC. */
  time: string;
};

export type SignedCheckpoint = Checkpoint & {
  /** Which key signed: the first 16 hex digits of the SHA-256 of its public key (DER). */
  key: string;
  /** Ed25519 signature of the canonical JSON of the Checkpoint fields, base64. */
  sig: string;
};

export const signedCheckpointSchema = z.strictObject({
  ledger: z.string().min(1).max(200),
  chain_id: z.string().min(1).max(200),
  seq: z.int().nonnegative(),
  head_hash: z.string().regex(/^[0-9a-f]{64}$/),
  count: z.int().nonnegative(),
  time: z.iso.datetime(),
  key: z.string().regex(/^[0-9a-f]{16}$/),
  sig: z.base64().max(200),
});

export type SigningKey = { privateKey: KeyObject; publicKey: KeyObject; id: string };

export const keyIdOf = (publicKey: KeyObject) =>
  createHash('sha256')
    .update(publicKey.export({ format: 'der', type: 'spki' }))
    .digest('hex')
    .slice(0, 16);

const message = (c: Checkpoint) =>
  Buffer.from(
    canonicalJson({
      ledger: c.ledger,
      chain_id: c.chain_id,
      seq: c.seq,
      head_hash: c.head_hash,
      count: c.count,
      time: c.time,
    }),
    'utf8',
  );

export function signCheckpoint(key: SigningKey, checkpoint: Checkpoint): SignedCheckpoint {
  return {
    ...checkpoint,
    key: key.id,
    sig: sign(null, message(checkpoint), key.privateKey).toString('base64'),
  };
}

/** Whether `signed` was signed by this key over exactly these fields (a public key is enough). */
export function checkpointHolds(
  key: Pick<SigningKey, 'publicKey' | 'id'>,
  signed: SignedCheckpoint,
): boolean {
  if (signed.key !== key.id) return false;
  try {
    return verify(null, message(signed), key.publicKey, Buffer.from(signed.sig, 'base64'));
  } catch {
    return false;
  }
}

/** A signed checkpoint from its JSON text (a line of the file, a head's signature), or null if malformed. */
export function parseCheckpoint(text: string | null): SignedCheckpoint | null {
  if (!text) return null;
  try {
    const parsed = signedCheckpointSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
