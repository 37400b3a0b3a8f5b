import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../lib/dev/browser-launch';
import { kill, type AppServer } from './app-server';

/** A name that is not localhost: Chromium resolves it to the loopback, so no traffic leaves the machine. */
export const HOST = 'conforme.test';

/** The ports of this spec's own servers: just above the shared one (E2E_PORT), as the other specs' hosts. */
export const portAbove = (n: number) => Number(process.env.E2E_PORT ?? 3100) + n;

/** The app as `npm start` serves it on `port`, on a fresh SQLite store of its own; resolves when it answers. */
export async function startOn(
  port: number,
  env: Record<string, string> = {},
): Promise<AppServer & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'conforme-plain-http-'));
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete childEnv.DATABASE_URL;
  delete childEnv.CONFORME_PUBLIC_URL;
  Object.assign(childEnv, { CONFORME_DATA_DIR: dataDir }, env);
  const args = ['--import', 'tsx', 'lib/server/main.ts', '-p', String(port), '-H', '127.0.0.1'];
  const child = spawn('node', args, {
    env: childEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const url = `http://127.0.0.1:${String(port)}`;
  const app = { url, child, stderr: () => output, dataDir };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the app server exited: ${output}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return app;
    await new Promise((r) => setTimeout(r, 250));
  }
  await kill(app, 'SIGKILL');
  throw new Error(`the app server did not answer: ${output}`);
}

/** Chromium as the other specs launch it, resolving HOST to 127.0.0.1. */
export const launchWithHost = (): Promise<Browser> =>
  chromium.launch({
    ...CHROMIUM_LAUNCH_OPTIONS,
    args: [...(CHROMIUM_LAUNCH_OPTIONS.args ?? []), `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  });

export const ADMIN = { email: 'admin@conforme.test', password: 'a long enough password' };

/** The first-run page, as the first administrator fills it in. */
export async function setUp(page: Page, origin: string) {
  await page.goto(`${origin}/setup`);
  await page.getByLabel('Company or workspace name').fill('Intranet');
  await page.getByLabel('Your name').fill('Ada Admin');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password (10 characters or more)').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create the administrator' }).click();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export const expectAlert = (page: Page, text: string | RegExp) =>
  expect(page.getByRole('alert').filter({ hasText: text })).toBeVisible();
