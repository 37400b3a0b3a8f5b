import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { migrate, openStore } from '../lib/db/connect';
import { formRepository } from '../lib/forms/repository';
import { versionRepository } from '../lib/publishing/versions';
import { submissionRepository } from '../lib/submissions/repository';
import {
  kill,
  readReference,
  startApp,
  submissionBody,
  submitAs,
  type AppServer,
} from './app-server';

// The per-address limit and the address kept in the proof come from the connection, not from what the client
// writes in x-forwarded-for, unless the connection comes from a proxy the deployment trusts
// (CONFORME_TRUSTED_PROXIES). Two app servers of our own on one data folder: without and with 127.0.0.1 trusted.
test.describe.configure({ mode: 'serial' });

const LIMIT = 3;
const newsletter = readReference('newsletter');
let dataDir = '';
let formId = '';

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'conforme-address-'));
  const store = openStore({ dataDir });
  await migrate(store);
  formId = await formRepository(store).create(newsletter, null);
  await formRepository(store).setEmbedSettings(formId, { allowedOrigins: [], recordNetwork: true });
  expect(await versionRepository(store).publish(formId, null)).toEqual({ ok: true, version: 1 });
  await store.close();
});

test.afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Sends one submission per forged address; the statuses, and the address kept for each accepted one. */
async function sendFrom(app: AppServer, addresses: string[]) {
  const statuses: number[] = [];
  const receipts: string[] = [];
  for (const [i, address] of addresses.entries()) {
    const answer = await submitAs(
      app,
      formId,
      submissionBody(newsletter, `visitor-${String(Date.now())}-${String(i)}`),
      address,
    );
    statuses.push(answer.status);
    if (answer.status === 200 && answer.receipt) receipts.push(answer.receipt);
  }
  const store = openStore({ dataDir });
  try {
    const kept = await Promise.all(
      receipts.map(async (id) => (await submissionRepository(store).get(formId, id))?.ip),
    );
    return { statuses, kept };
  } finally {
    await store.close();
  }
}

const forged = Array.from({ length: LIMIT + 3 }, (_, i) => `203.0.113.${String(i + 1)}`);

test('without a trusted proxy, a forged x-forwarded-for neither escapes the limit nor enters the proof', async () => {
  const app = await startApp({ CONFORME_DATA_DIR: dataDir, CONFORME_RATE_LIMIT: String(LIMIT) });
  try {
    const { statuses, kept } = await sendFrom(app, forged);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429, 429, 429]);
    expect(kept).toEqual(Array<string>(LIMIT).fill('127.0.0.0'));
  } finally {
    await kill(app, 'SIGTERM');
  }
});

test('behind a trusted proxy, each client is the address the proxy appended', async () => {
  const app = await startApp({
    CONFORME_DATA_DIR: dataDir,
    CONFORME_RATE_LIMIT: String(LIMIT),
    CONFORME_TRUSTED_PROXIES: '127.0.0.1',
  });
  try {
    // A client forging a first hop, then the proxy appending the address it saw: the right-most counts.
    const viaProxy = forged.map((address) => `198.18.0.1, ${address}`);
    const { statuses, kept } = await sendFrom(app, viaProxy);
    expect(statuses).toEqual(Array<number>(forged.length).fill(200));
    expect(kept).toEqual(forged.map((address) => address.replace(/\.\d+$/, '.0')));
    // One client behind the proxy is still limited.
    const same = await sendFrom(app, Array<string>(LIMIT + 1).fill('198.51.100.20'));
    expect(same.statuses).toEqual([...Array<number>(LIMIT).fill(200), 429]);
  } finally {
    await kill(app, 'SIGTERM');
  }
});
