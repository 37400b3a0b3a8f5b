// `npm run bench:submit`: the public submission endpoint against what this machine can do. In one run it drives,
// with autocannon (20 connections, 8 s each, the three alternated twice):
//   (a) a bare node:http server doing one durable SQLite insert per request (WAL, synchronous=FULL), the ceiling;
//   (b) a trivial route of the app's own server (the static landing page), the framework's floor;
//   (c) the real endpoint, POST /api/submit/[id], with a realistic form-encoded body (a new idempotency key and
//       visitor address each, the default rate limit on);
// then (c) at a fixed offered rate. Prints submissions/s, p50, p99, errors and the ratios c/a and c/b, then
// whether every receipt answered is stored and the ledger verifies. With DATABASE_URL=postgres://… the app
// (c) runs on PostgreSQL. BENCH_PROFILE=<folder> writes the app's CPU profile. Asserts nothing. Traffic
// stays on 127.0.0.1.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { migrate, openStore } from '../db/connect';
import { ENVELOPE, visitorInputs } from '../form';
import { formRepository } from '../forms/repository';
import { versionRepository } from '../publishing/versions';
import { submissionRepository } from '../submissions/repository';
import { reference } from '../testing/fixtures';
import { startServer } from './server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const APP_PORT = 3310;
const BARE_PORT = 3311;

const dataDir = mkdtempSync(join(tmpdir(), 'conforme-submit-bench-'));
// The bench's own ledger key and checkpoints (the app's and this script's), not ~/.config/conforme.
process.env.CONFORME_SIGNING_KEY_FILE ??= join(dataDir, 'seal', 'ledger-signing-key.pem');
process.env.CONFORME_CHECKPOINT_FILE ??= join(dataDir, 'seal', 'checkpoints.jsonl');
const databaseUrl = process.env.DATABASE_URL;
const store = openStore({ dataDir, databaseUrl });
await migrate(store);
const def = reference('newsletter');
const formId = await formRepository(store).create(def, null);
const published = await versionRepository(store).publish(formId, null);
if (!published.ok) throw new Error(`could not publish the bench form: ${published.error}`);
await store.close();

/** The body the snippet sends for the newsletter form, with every box ticked and a fresh idempotency key. */
function body(): string {
  const form = new URLSearchParams();
  form.set(ENVELOPE.version, String(published.ok ? published.version : 1));
  form.set(ENVELOPE.lang, 'fr');
  form.set(ENVELOPE.embed, 'snippet');
  form.set(ENVELOPE.page, 'https://www.example.com/offres?utm_source=bench&utm_campaign=novembre');
  form.set(ENVELOPE.referrer, 'https://www.example.org/');
  form.set(ENVELOPE.idempotency, randomUUID());
  form.set(ENVELOPE.honeypot, '');
  for (const input of visitorInputs(def, 'fr')) {
    if (input.kind !== 'field') form.set(input.name, 'yes');
    else if (input.type === 'email') form.set(input.name, `lead-${randomUUID()}@example.com`);
    else if (input.type === 'phone') form.set(input.name, '06 12 34 56 78');
    else if (input.control === 'select') form.set(input.name, input.options[0]?.value ?? '');
    else form.set(input.name, 'Dupont');
  }
  return form.toString();
}

/** (a) The ceiling: node:http, form parsing, one durable insert in a transaction, a JSON receipt. */
function bareServer() {
  const db = new Database(join(dataDir, 'bare.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'create table if not exists leads (id text primary key, created_at text not null, fields text not null, provenance text not null)',
  );
  const insert = db.prepare('insert into leads values (?, ?, ?, ?)');
  const save = db.transaction((id: string, fields: string, provenance: string) =>
    insert.run(id, new Date().toISOString(), fields, provenance),
  );
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entries = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString()));
      const id = randomUUID();
      save(id, JSON.stringify(entries), JSON.stringify({ page: entries[ENVELOPE.page] ?? null }));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ ok: true, data: { receipt: id } }));
    });
  });
  return new Promise<{ close: () => void }>((resolve) =>
    server.listen(BARE_PORT, '127.0.0.1', () => {
      resolve({ close: () => server.close() });
    }),
  );
}

type Figures = {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
};

/** Every receipt the endpoint answered with, to check that each is stored. */
const receipts = new Set<string>();

let visitors = 0;
/** A new documentation-range address for each submission (198.18.0.0/15, benchmarking). */
const visitorAddress = () => {
  visitors += 1;
  return `198.${18 + ((visitors >> 16) & 1)}.${(visitors >> 8) & 255}.${visitors & 255}`;
};

async function drive(
  url: string,
  method: 'POST' | 'GET',
  options: { rate?: number; headers?: Record<string, string> } = {},
): Promise<Figures> {
  const result = await autocannon({
    url,
    method,
    connections: CONNECTIONS,
    duration: SECONDS,
    ...(options.rate ? { overallRate: options.rate } : {}),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      ...options.headers,
    },
    requests: [
      {
        method,
        // Each submission from a visitor of its own (as on a busy site), so the real rate limit applies
        // per address without refusing the bench.
        setupRequest: (request) =>
          method === 'POST'
            ? {
                ...request,
                body: body(),
                headers: { ...request.headers, 'x-forwarded-for': visitorAddress() },
              }
            : request,
        onResponse: (status: number, responseBody: string) => {
          if (url === submitUrl && status === 200)
            receipts.add((JSON.parse(responseBody) as { data: { receipt: string } }).data.receipt);
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

const line = (name: string, f: Figures) =>
  `${name.padEnd(34)} ${f.rps.toFixed(0).padStart(6)}/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   errors ${f.errors}   non-2xx ${f.non2xx}   (${f.total} requests)`;

const bare = await bareServer();
const app = await startServer(APP_PORT, {
  CONFORME_DATA_DIR: dataDir,
  // autocannon stands in for the load balancer: it says which visitor each submission is from.
  CONFORME_TRUSTED_PROXIES: '127.0.0.1',

  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
});
const submitUrl = `${app.url}/api/submit/${formId}`;
const runs: Record<'a' | 'b' | 'c', Figures[]> = { a: [], b: [], c: [] };
try {
  console.log(
    `submission bench: newsletter form, ${CONNECTIONS} connections, ${SECONDS} s a run, store ${databaseUrl ? 'PostgreSQL' : 'SQLite'} (${process.arch}, Node ${process.version})`,
  );
  await drive(submitUrl, 'POST'); // warm-up: JIT, caches, the first compiled route
  for (let round = 1; round <= 2; round++) {
    const a = await drive(`http://127.0.0.1:${BARE_PORT}/`, 'POST');
    console.log(line(`(a) bare node:http + SQLite #${round}`, a));
    const b = await drive(`${app.url}/`, 'GET');
    console.log(line(`(b) app, GET / (trivial) #${round}`, b));
    const c = await drive(submitUrl, 'POST');
    console.log(line(`(c) app, POST submission #${round}`, c));
    runs.a.push(a);
    runs.b.push(b);
    runs.c.push(c);
  }
  const mean = (list: Figures[]) => list.reduce((sum, f) => sum + f.rps, 0) / list.length;
  console.log(
    `c/a = ${((100 * mean(runs.c)) / mean(runs.a)).toFixed(0)} %   c/b = ${((100 * mean(runs.c)) / mean(runs.b)).toFixed(0)} %   (goal: c/a ≥ 50 %)`,
  );
  const fixed = await drive(submitUrl, 'POST', { rate: RATE });
  console.log(line(`(c) at ${RATE}/s offered`, fixed));
  console.log(`    goal at ${RATE}/s: p99 ≤ 50 ms, 0 errors`);
  // Nothing lost: every receipt answered is a stored submission, and the proof ledger verifies.
  await new Promise((r) => setTimeout(r, 2000)); // the requests still under way when a run's clock stopped
  const check = openStore({ dataDir, databaseUrl });
  try {
    const stored = new Set(
      (
        await check.db
          .selectFrom('submissions')
          .select('id')
          .where('form_id', '=', formId)
          .execute()
      ).map((row) => row.id),
    );
    const lost = [...receipts].filter((receipt) => !stored.has(receipt)).length;
    const ledger = await submissionRepository(check).verify();
    console.log(
      `receipts ${receipts.size}, stored ${stored.size}, receipts not stored ${lost}; ledger ${ledger.ok ? `verifies (${ledger.count} records)` : `BROKEN: ${ledger.firstBad.reason}`}`,
    );
  } finally {
    await check.close();
  }
} finally {
  app.stop();
  bare.close();
}
