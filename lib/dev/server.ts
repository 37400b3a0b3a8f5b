import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Builds the app when no build exists, then starts it as `npm start` does on `port`; resolves once it answers. */
export async function startServer(port: number, env: Record<string, string>) {
  if (!existsSync('.next/BUILD_ID')) spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  const child = spawn(
    'node',
    [
      // BENCH_PROFILE=<folder>: the app writes a V8 CPU profile there when stopped (open it in Chrome's DevTools).
      ...(process.env.BENCH_PROFILE
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
        : []),
      '--import',
      'tsx',
      'lib/server/main.ts',
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: 'ignore',
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return {
    url,
    stop: () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    },
  };
}
