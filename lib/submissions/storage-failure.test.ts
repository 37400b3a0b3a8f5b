import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it, mock } from 'node:test';
import { sql } from 'kysely';
import { openStore, type Store } from '../db/connect';
import { ENVELOPE, visitorInputs } from '../form';
import { formRepository, type EmbedSettings } from '../forms/repository';
import { messagesFor } from '../messages';
import { versionRepository } from '../publishing/versions';
import { reference } from '../testing/fixtures';
import { rowCounts } from '../testing/submissions';
import { storeFactories } from '../testing/stores';
import { STORAGE_RETRY_AFTER_S, submit, type Outcome } from './handle';
import { submissionRepository } from './repository';

const APP = 'http://app.test';
const newsletter = reference('newsletter');
let address = 0;

/** The newsletter as the snippet posts it, in `lang`, every box ticked, one idempotency key per call. */
function post(formId: string, lang: 'fr' | 'en', key = randomUUID()) {
  const body = new URLSearchParams({
    [ENVELOPE.version]: '1',
    [ENVELOPE.lang]: lang,
    [ENVELOPE.embed]: 'snippet',
    [ENVELOPE.page]: 'https://shop.example/newsletter',
    [ENVELOPE.idempotency]: key,
  });
  for (const input of visitorInputs(newsletter, lang))
    body.set(
      input.name,
      input.kind !== 'field' ? 'yes' : input.type === 'email' ? 'ana@example.com' : 'Ana',
    );
  return new Request(`${APP}/api/submit/${formId}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      'x-forwarded-for': `198.51.100.${(address++ % 250) + 1}`,
    },
    body: body.toString(),
  });
}

const rows = rowCounts;

async function publishNewsletter(store: Store): Promise<string> {
  const formId = await formRepository(store).create(newsletter, null);
  assert.deepEqual(await versionRepository(store).publish(formId, null), { ok: true, version: 1 });
  return formId;
}

/** What the submission path logged on stderr while `run` ran. */
async function logged<T>(run: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const error = mock.method(console, 'error', () => undefined);
  try {
    const result = await run();
    return { result, lines: error.mock.calls.map((c) => c.arguments.map(String).join(' ')) };
  } finally {
    error.mock.restore();
  }
}

function refusal(outcome: Outcome) {
  if (outcome.ok) return assert.fail(`expected a refusal, got receipt ${outcome.receipt}`);
  return outcome;
}

function assertUnavailable(outcome: Outcome, lang: 'fr' | 'en') {
  const refused = refusal(outcome);
  assert.equal(refused.status, 503);
  assert.equal(refused.retryAfter, STORAGE_RETRY_AFTER_S);
  assert.equal(refused.lang, lang);
  assert.equal(refused.error, messagesFor(lang).submission.unavailable);
  assert.equal(refused.pageError, messagesFor(lang).submission.unavailablePage);
}

describe('a store that fills up (SQLite, max_page_count)', () => {
  const factory = storeFactories().find((f) => f.name === 'SQLite');
  let store: Awaited<ReturnType<NonNullable<typeof factory>['open']>>;
  let formId: string;
  const pages = async () =>
    Number(
      (await sql<{ page_count: number }>`pragma page_count`.execute(store.db)).rows[0]?.page_count,
    );
  const limitPages = (n: number) => sql.raw(`pragma max_page_count = ${n}`).execute(store.db);

  before(async () => {
    if (!factory) throw new Error('no SQLite store factory');
    store = await factory.open();
    formId = await publishNewsletter(store);
  });
  after(() => store.dispose());

  it('acknowledges until the disk is full, then refuses with 503, writing nothing half-way', async () => {
    await limitPages((await pages()) + 4);
    let accepted = 0;
    let outcome: Outcome | undefined;
    let before = await rows(store);
    let lines: string[] = [];
    for (let i = 0; i < 200; i++) {
      before = await rows(store);
      ({ result: outcome, lines } = await logged(() =>
        submit(store, formId, post(formId, 'fr'), APP),
      ));
      if (!outcome.ok) break;
      accepted++;
    }
    assert.ok(outcome, 'submitted at least once');
    assertUnavailable(outcome, 'fr');
    assert.ok(accepted > 0, 'some submissions fit before the disk filled up');
    assert.deepEqual(await rows(store), before, 'neither a lead nor a consent record half-written');
    assert.equal(before.submissions, accepted);
    assert.equal(before.records, accepted);
    assert.equal(lines.length, 1, 'one log line');
    assert.match(
      lines[0] ?? '',
      new RegExp(
        `^conforme: submission not recorded for form ${formId}: disk full \\(SQLITE_FULL\\)$`,
      ),
    );
    assert.doesNotMatch(lines[0] ?? '', /ana@example\.com|Ana/, 'no personal data in the log');
    assert.equal(
      (await submissionRepository(store).verify()).ok,
      true,
      'the ledger still verifies',
    );
  });

  it('accepts the same submission again as soon as there is room, without reopening the store', async () => {
    const key = randomUUID();
    const { result: refused } = await logged(() =>
      submit(store, formId, post(formId, 'fr', key), APP),
    );
    assert.equal(refused.status, 503);
    const before = await rows(store);
    await limitPages(1_000_000);
    const retried = await submit(store, formId, post(formId, 'fr', key), APP);
    assert.ok(retried.ok, 'accepted once space returned');
    assert.equal(retried.replayed, false, 'the refused attempt had stored nothing');
    assert.deepEqual(await rows(store), {
      submissions: before.submissions + 1,
      records: before.records + 1,
    });
    const stored = await submissionRepository(store).get(formId, retried.receipt);
    assert.ok(stored?.record, 'stored with its consent record');
    const ledger = await submissionRepository(store).verify();
    assert.equal(ledger.ok, true);
    assert.equal(ledger.count, before.records + 1);
  });
});

describe('a database that cannot be reached (PostgreSQL on a closed port)', () => {
  let store: Store;
  before(() => {
    store = openStore({ databaseUrl: 'postgres://postgres@127.0.0.1:1/conforme' });
  });
  after(() => store.close());

  it('refuses with 503 in the browser language before the form is known, and logs the cause', async () => {
    const formId = randomUUID();
    const { result, lines } = await logged(() => submit(store, formId, post(formId, 'fr'), APP));
    assertUnavailable(result, 'fr');
    assert.deepEqual(lines, [
      `conforme: submission not recorded for form ${formId}: database unreachable (ECONNREFUSED)`,
    ]);
  });

  it('answers in the language of the form the visitor saw once it is read from the request', async () => {
    const formId = randomUUID();
    const settings: EmbedSettings = {
      allowedOrigins: [],
      recordNetwork: false,
      publishedVersion: 1,
      workspaceId: null,
      archived: false,
    };
    const { result } = await logged(() => submit(store, formId, post(formId, 'en'), APP, settings));
    assertUnavailable(result, 'en');
  });
});

const postgres = storeFactories().find((f) => f.name === 'PostgreSQL');
if (postgres)
  describe('a PostgreSQL disk that fills up during the transaction', () => {
    let store: Awaited<ReturnType<typeof postgres.open>>;
    let formId: string;
    before(async () => {
      store = await postgres.open();
      formId = await publishNewsletter(store);
      assert.ok((await submit(store, formId, post(formId, 'fr'), APP)).ok);
      // The consent record's insert fails as PostgreSQL does when its disk is full (SQLSTATE 53100).
      await sql`create function disk_full() returns trigger language plpgsql as $$
        begin raise exception 'could not extend file: No space left on device' using errcode = '53100'; end $$`.execute(
        store.db,
      );
      await sql`create trigger disk_full before insert on consent_records
        for each row execute function disk_full()`.execute(store.db);
    });
    after(() => store.dispose());

    it('refuses with 503, rolls the lead back and keeps the ledger intact', async () => {
      const before = await rows(store);
      const { result, lines } = await logged(() => submit(store, formId, post(formId, 'en'), APP));
      assertUnavailable(result, 'en');
      assert.deepEqual(lines, [
        `conforme: submission not recorded for form ${formId}: disk full (53100)`,
      ]);
      assert.deepEqual(await rows(store), before, 'the lead was rolled back with its record');
      assert.equal((await submissionRepository(store).verify()).ok, true);
      await sql`drop trigger disk_full on consent_records`.execute(store.db);
      assert.ok((await submit(store, formId, post(formId, 'en'), APP)).ok, 'accepted again');
    });
  });
