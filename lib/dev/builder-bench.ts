// `npm run bench:builder`: how long the builder's preview and findings take to refresh after a keystroke on a
// 40-field, 10-purpose definition (performance marks in the app, real Chromium), and the JavaScript the builder
// route loads on first visit. Prints figures; asserts nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { migrate, openStore } from '../db/connect';
import { formRepository } from '../forms/repository';
import { largeDefinition } from '../testing/large-definition';
import { launchChromium } from './browser-launch';
import { startServer } from './server';

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 60);
const dataDir = mkdtempSync(join(tmpdir(), 'conforme-bench-'));
const store = openStore({ dataDir });
await migrate(store);
const id = await formRepository(store).create(largeDefinition(40, 10), null);
await store.close();

const server = await startServer(3300, { CONFORME_DATA_DIR: dataDir });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  // First run: create the administrator; the workspace adopts the form stored above.
  await page.goto(`${server.url}/setup`);
  await page.getByLabel('Company or workspace name').fill('Bench');
  await page.getByLabel('Your name').fill('Bench');
  await page.getByLabel('Email').fill('bench@example.com');
  await page.getByLabel('Password (10 characters or more)').fill('bench password 123');
  await page.getByRole('button', { name: 'Create the administrator' }).click();
  await page.waitForURL(/\/forms$/);
  await page.goto(`${server.url}/forms/${id}`);
  await page.getByTestId('form-preview').waitFor();

  const scripts: { url: string; bytes: number }[] = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter(
        (e): e is PerformanceResourceTiming =>
          e instanceof PerformanceResourceTiming && e.initiatorType === 'script',
      )
      .map((e) => ({ url: e.name, bytes: e.decodedBodySize })),
  );
  let gzipped = 0;
  for (const s of scripts)
    gzipped += gzipSync(Buffer.from(await (await fetch(s.url)).arrayBuffer())).length;
  const raw = scripts.reduce((sum, s) => sum + s.bytes, 0);

  const input = page.locator('[name="purposes.0.description.fr"]');
  await input.click();
  await input.press('End');
  await page.evaluate(() => performance.clearMeasures());
  for (let i = 0; i < KEYSTROKES; i++) {
    await input.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForTimeout(30);
  }
  const durations: number[] = await page.evaluate(() =>
    performance.getEntriesByName('cf-refresh', 'measure').map((m) => m.duration),
  );
  durations.sort((a, b) => a - b);
  const q = (p: number) =>
    durations[Math.min(durations.length - 1, Math.floor(p * durations.length))] ?? NaN;

  console.log(
    `builder: 40 fields, 10 purposes; ${durations.length} refreshes measured over ${KEYSTROKES} keystrokes (Chromium, ${process.arch})`,
  );
  console.log(
    `keystroke → preview and findings committed: median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${q(1).toFixed(1)} ms (budget 16 ms)`,
  );
  console.log(
    `first-load JavaScript of /forms/[id]: ${scripts.length} files, ${(raw / 1024).toFixed(1)} KiB raw, ${(gzipped / 1024).toFixed(1)} KiB gzipped`,
  );
} finally {
  await browser.close();
  server.stop();
}
