import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Nu Html Checker (vnu-jar, on the machine's Java): the errors it reports for a document. */
export function htmlErrors(html: string): string[] {
  const jar = createRequire(import.meta.url)('vnu-jar') as string;
  const file = join(mkdtempSync(join(tmpdir(), 'vnu-')), 'page.html');
  writeFileSync(file, html);
  const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--exit-zero-always', file], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stderr) as {
    messages: { type: string; message: string; extract?: string }[];
  };
  return report.messages
    .filter((m) => m.type === 'error')
    .map((m) => `${m.message} ${m.extract ?? ''}`);
}
