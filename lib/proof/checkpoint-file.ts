import { createReadStream } from 'node:fs';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { parseCheckpoint, type SignedCheckpoint } from './checkpoint';

/**
 * The checkpoint file: JSON lines, appended, never rewritten. Each append is one write(2) on a file opened
 * with O_APPEND, so app processes sharing the file (several servers on one PostgreSQL, on one machine or a
 * local volume) add whole lines without overwriting each other's; no fsync, so the submission path never
 * waits on it (the signed head in the database covers the newest records meanwhile).
 */
export async function appendCheckpoints(
  file: string,
  checkpoints: readonly SignedCheckpoint[],
): Promise<void> {
  if (!checkpoints.length) return;
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await appendFile(file, checkpoints.map((c) => `${JSON.stringify(c)}\n`).join(''), {
    flag: 'a',
    mode: 0o600,
  });
}

export type CheckpointLine =
  { line: number; checkpoint: SignedCheckpoint } | { line: number; checkpoint: null };

/** Every line of the file in order, read as a stream (constant memory); none when the file is absent. */
export async function* readCheckpoints(file: string): AsyncGenerator<CheckpointLine> {
  const input = createReadStream(file, 'utf8');
  const absent = new Promise<boolean>((done) => {
    input.once('error', (error) => done('code' in error && error.code === 'ENOENT'));
    input.once('open', () => done(false));
  });
  if (await absent) return;
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (text.trim()) yield { line, checkpoint: parseCheckpoint(text) };
  }
}
