import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { migrate, openStore } from '../lib/db/connect';
import { formRepository } from '../lib/forms/repository';
import { versionRepository } from '../lib/publishing/versions';
import { submissionRepository } from '../lib/submissions/repository';
import { rowCounts } from '../lib/testing/submissions';
import { kill, readReference, startApp, submissionBody, type AppServer } from './app-server';

// Durability: a second app server of our own, on its own data folder, that this spec can kill (SIGKILL) in the
// middle of a burst of submissions and whose store it can make fail, without touching the shared server.
test.describe.configure({ mode: 'serial' });

const newsletter = readReference('newsletter');
let dataDir = ''; // made in beforeAll: Playwright also loads this file to list its tests
let formId = '';
let server: AppServer | undefined;
const appEnv = () => ({ CONFORME_DATA_DIR: dataDir, CONFORME_RATE_LIMIT: '100000' });

/** One submission as the snippet sends it; the receipt when the server acknowledged it, else undefined. */
async function send(app: AppServer, lead: string): Promise<string | undefined> {
  try {
    const res = await fetch(`${app.url}/api/submit/${formId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: submissionBody(newsletter, lead),
    });
    const json = (await res.json()) as { ok: boolean; data?: { receipt: string } };
    return res.status === 200 && json.ok ? json.data?.receipt : undefined;
  } catch {
    return undefined; // killed before it answered: not acknowledged
  }
}

/** What the store holds, read from the SQLite file itself. */
async function inStore(receipts: string[]) {
  const store = openStore({ dataDir });
  try {
    const submissions = submissionRepository(store);
    const missing: string[] = [];
    for (const receipt of receipts) {
      const stored = await submissions.get(formId, receipt);
      if (!stored?.record) missing.push(receipt);
    }
    const counts = await rowCounts(store);
    return {
      missing,
      leads: counts.submissions,
      records: counts.records,
      ledger: await submissions.verify(),
    };
  } finally {
    await store.close();
  }
}

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'conforme-crash-'));
  const store = openStore({ dataDir });
  await migrate(store);
  formId = await formRepository(store).create(newsletter, null);
  const published = await versionRepository(store).publish(formId, null);
  await store.close();
  expect(published).toEqual({ ok: true, version: 1 });
  server = await startApp(appEnv());
});

test.afterAll(async () => {
  if (server) await kill(server, 'SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function running(): AppServer {
  if (!server) throw new Error('the app server did not start');
  return server;
}

async function fillNewsletter(page: Page) {
  await page.getByRole('textbox', { name: 'Adresse email' }).fill('lou@example.com');
  await page.getByRole('textbox', { name: 'Prénom' }).fill('Lou');
  await page.getByRole('checkbox', { name: /newsletter mensuelle/ }).check();
}

test('a store that cannot write answers 503 in the form language, keeps the answers, then accepts', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const app = running();
  // Another process holds SQLite's write lock: after its busy timeout the store gives up (SQLITE_BUSY).
  const lock = new Database(join(dataDir, 'conforme.db'));
  lock.exec('begin immediate');
  try {
    const before = await inStore([]);

    // Without JavaScript: the form posts, the answer is a page in French, Back keeps the answers.
    const plain = await browser.newContext({ javaScriptEnabled: false, storageState: undefined });
    const page = await plain.newPage();
    await page.goto(`${app.url}/f/${formId}?lang=fr`);
    await fillNewsletter(page);
    const [answer] = await Promise.all([
      page.waitForResponse(`${app.url}/api/submit/${formId}`),
      page.getByRole('button', { name: "S'inscrire" }).click(),
    ]);
    expect(answer.status()).toBe(503);
    expect(answer.headers()['retry-after']).toBe('30');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(
      page.getByRole('heading', { name: 'Votre envoi n’a pas été enregistré' }),
    ).toBeVisible();
    await expect(
      page.getByText(/bouton Précédent de votre navigateur, qui conserve/),
    ).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('textbox', { name: 'Adresse email' })).toHaveValue(
      'lou@example.com',
    );
    await plain.close();

    // With the snippet's script: the server's message in place, the answers kept, the button usable again.
    const scripted = await browser.newContext({ storageState: undefined });
    const form = await scripted.newPage();
    await form.goto(`${app.url}/f/${formId}?lang=fr`);
    await fillNewsletter(form);
    await form.waitForTimeout(1600); // longer than the minimum fill time a person takes
    await form.getByRole('button', { name: "S'inscrire" }).click();
    await expect(form.getByRole('status')).toHaveText(
      /^Votre envoi n’a pas été enregistré : .*Rien n’est perdu/,
      { timeout: 15_000 },
    );
    await expect(form.getByRole('textbox', { name: 'Adresse email' })).toHaveValue(
      'lou@example.com',
    );
    await expect(form.getByRole('button', { name: "S'inscrire" })).toBeEnabled();

    const after = await inStore([]);
    expect({ leads: after.leads, records: after.records }).toEqual({
      leads: before.leads,
      records: before.records,
    });
    expect(app.stderr()).toMatch(
      new RegExp(
        `conforme: submission not recorded for form ${formId}: database busy \\(SQLITE_BUSY`,
      ),
    );

    // The lock released, the same form, sent again, is recorded: no restart needed.
    lock.exec('rollback');
    await form.getByRole('button', { name: "S'inscrire" }).click();
    await expect(form.getByText(/^Merci, votre demande a bien été enregistrée\./)).toBeVisible();
    await scripted.close();
  } finally {
    if (lock.inTransaction) lock.exec('rollback');
    lock.close();
  }
});

test('the production server refuses an oversized body (413) and a malformed form id (404), and stores nothing', async () => {
  const app = running();
  const before = await inStore([]);
  const url = `${app.url}/api/submit/${formId}`;
  const huge = `${submissionBody(newsletter, 'huge')}&pad=${'x'.repeat(70 * 1024)}`;
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  const declared = await fetch(url, { method: 'POST', headers, body: huge });
  expect(declared.status).toBe(413);
  // Streamed without a length: the server stops reading past the limit.
  const chunked = await fetch(url, {
    method: 'POST',
    headers,
    body: new Blob([huge]).stream(),
    duplex: 'half',
  } as RequestInit);
  expect(chunked.status).toBe(413);
  expect(((await chunked.json()) as { error: string }).error).toMatch(/64 Ko|64 KB/);
  // A malformed form id in the path is an unknown form, not a server error.
  const malformed = await fetch(`${app.url}/api/submit/%E0%A4%A`, {
    method: 'POST',
    headers,
    body: submissionBody(newsletter, 'malformed'),
  });
  expect(malformed.status).toBe(404);
  const after = await inStore([]);
  expect(after.leads).toBe(before.leads);
});

test('every submission acknowledged before a SIGKILL is stored with its consent record', async () => {
  test.setTimeout(60_000);
  const first = running();
  const TOTAL = 200;
  const CONCURRENCY = 20;
  const KILL_AFTER = 50;
  const receipts: string[] = [];
  let next = 0;
  let killed: Promise<void> | undefined;
  const worker = async () => {
    while (next < TOTAL && !killed) {
      const receipt = await send(first, `lead-${next++}`);
      if (receipt) receipts.push(receipt);
      if (receipts.length >= KILL_AFTER) killed ??= kill(first, 'SIGKILL');
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await killed;
  expect(first.child.signalCode).toBe('SIGKILL');
  const acknowledged = [...receipts];
  console.log(
    `crash: ${acknowledged.length} receipts acknowledged of ${next} sent before the SIGKILL`,
  );
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);

  // Restarted on the same data folder, the app records again, on the same ledger.
  server = await startApp(appEnv());
  const afterRestart = await send(server, 'after-restart');
  expect(afterRestart).toBeTruthy();

  const found = await inStore([...acknowledged, afterRestart ?? '']);
  console.log(
    `crash: after restart ${acknowledged.length - found.missing.length} of ${acknowledged.length} found, ${found.leads} leads, ${found.records} consent records`,
  );
  expect(found.missing).toEqual([]);
  expect(found.records).toBe(found.leads);
  expect(found.ledger.ok).toBe(true);
  expect(found.ledger.count).toBe(found.records);
});
