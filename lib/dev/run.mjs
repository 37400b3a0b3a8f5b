// Small helpers shared by the start and test scripts (plain Node, no dependencies).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;

/** Runs a command in the project root, streaming its output; returns its exit code. */
export function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...env },
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** Every file below `dir` (relative to the root) whose name matches `pattern`. */
export function findFiles(dir, pattern, out = []) {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') findFiles(rel, pattern, out);
    else if (pattern.test(entry.name)) out.push(rel);
  }
  return out.sort();
}

/** The newest modification time among the app's sources. */
export function newestSource() {
  const dirs = ['app', 'components', 'lib'];
  const files = [
    ...dirs.flatMap((d) => findFiles(d, /\.(tsx?|mjs|css|mdx|json)$/)),
    'next.config.mjs',
    'proxy.ts',
    'instrumentation.ts',
    'mdx-components.tsx',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
  ];
  return Math.max(...files.map((f) => statSync(join(root, f)).mtimeMs));
}
