// `npm start`: builds the app when the build is missing or older than the sources, then serves it on port 3000.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newestSource, root, run } from './run.mjs';

const buildId = join(root, '.next', 'BUILD_ID');
if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSource()) {
  console.log('conforme: building the app (first start or sources changed)…');
  const code = run('npx', ['next', 'build']);
  if (code !== 0) process.exit(code);
}
// The production server: Next.js, with the public submission endpoint answered on its fast path.
process.exit(
  run('node', ['--import', 'tsx', 'lib/server/main.ts', '-p', process.env.PORT ?? '3000']),
);
