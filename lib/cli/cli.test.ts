import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { REFERENCES } from '../form/references';
import { main } from './main';

const refFile = (id: string) =>
  fileURLToPath(new URL(`../form/references/${id}.json`, import.meta.url));

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function tempFile(name: string, content: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'conforme-')), name);
  writeFileSync(file, content);
  return file;
}

describe('conforme lint', () => {
  for (const ref of REFERENCES)
    it(`passes the "${ref.id}" reference with exit 0`, async () => {
      const r = await cli('lint', refFile(ref.id));
      assert.equal(r.code, 0, r.out + r.err);
      assert.match(r.out, /: 0 blocking, 0 warnings, 0 info \(law in force on 2026-\d\d-\d\d\)/);
    });

  it('exits 1 on a blocking finding and prints rule, path, fix and source', async () => {
    const def = JSON.parse(readFileSync(refFile('newsletter'), 'utf8'));
    def.purposes[0].basis = { type: 'legitimate_interest', interest: { fr: 'x', en: 'x' } };
    const r = await cli('lint', tempFile('li.json', JSON.stringify(def)));
    assert.equal(r.code, 1);
    assert.match(r.out, /blocking R-B2C-OPTIN {2}at purposes\[0\]\.basis/);
    assert.match(r.out, /Source: CPCE art\. L34-5/);
    assert.match(r.out, /Export is blocked/);
  });

  it('prints JSON with --json and applies --date', async () => {
    const r = await cli('lint', refFile('contact-quote'), '--json', '--date', '2026-05-01');
    assert.equal(r.code, 0);
    const report = JSON.parse(r.out);
    assert.equal(report.date, '2026-05-01');
    assert.deepEqual(report.counts, { blocking: 0, warning: 0, info: 0 });
  });
});

describe('conforme notice', () => {
  it('prints the short English mention as HTML', async () => {
    const r = await cli(
      'notice',
      refFile('newsletter'),
      '--lang',
      'en',
      '--layer',
      'short',
      '--format',
      'html',
    );
    assert.equal(r.code, 0);
    assert.match(
      r.out,
      /^<div class="cf-mention" lang="en" data-layer="short"><p>The information you enter/,
    );
  });

  it('reproduces the Bloctel regime for an older date', async () => {
    const r = await cli(
      'notice',
      refFile('contact-quote'),
      '--date',
      '2026-05-01',
      '--format',
      'md',
    );
    assert.match(r.out, /bloctel\.gouv\.fr/);
    assert.match(r.out, /Notice en vigueur au 1er mai 2026/);
  });

  it('defaults to the full text notice in the first language', async () => {
    const r = await cli('notice', refFile('b2b-whitepaper'));
    assert.match(r.out, /^NOTICE D'INFORMATION/);
    assert.match(r.out, /\nVotre droit de vous opposer à la prospection\n/);
  });
});

describe('conforme schema', () => {
  it('prints a JSON Schema', async () => {
    const r = await cli('schema');
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.out).$schema, 'https://json-schema.org/draft/2020-12/schema');
  });
});

describe('bad input', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'a missing file',
      ['lint', '/nonexistent/form.json'],
      /Cannot read \/nonexistent\/form\.json: no such file\./,
    ],
    ['a directory', ['lint', tmpdir()], /it is a directory, not a file/],
    ['text that is not JSON', ['lint', tempFile('x.json', '{ nope')], /is not valid JSON: /],
    [
      'a schema violation',
      ['notice', tempFile('y.json', '{"title": ""}')],
      /not a valid form definition \(\d+ problems\):\n {2}- title: Give the form a title\./,
    ],
    ['an unknown command', ['publish'], /Unknown command "publish"/],
    ['an unknown option', ['lint', refFile('newsletter'), '--strict'], /Unknown option '--strict'/],
    [
      'a wrong date',
      ['lint', refFile('newsletter'), '--date', '2026-02-30'],
      /--date must be a real date written YYYY-MM-DD/,
    ],
    [
      'a wrong layer',
      ['notice', refFile('newsletter'), '--layer', 'long'],
      /--layer must be one of short, full/,
    ],
    [
      'an unknown language',
      ['notice', refFile('newsletter'), '--lang', 'de'],
      /--lang must be one of fr, en/,
    ],
    [
      'a language the form lacks',
      [
        'notice',
        tempFile(
          'fr.json',
          readFileSync(refFile('newsletter'), 'utf8').replace(
            '"languages": ["fr", "en"]',
            '"languages": ["fr"]',
          ),
        ),
        '--lang',
        'en',
      ],
      /This form is not written in "en"; its languages are: fr\./,
    ],
  ];
  for (const [what, argv, message] of cases)
    it(`answers ${what} with a message and exit 2`, async () => {
      const r = await cli(...argv);
      assert.equal(r.code, 2);
      assert.match(r.err, message);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    });

  it('works as the `conforme` bin, with exit codes', () => {
    const bin = fileURLToPath(new URL('./conforme.mjs', import.meta.url));
    const ok = spawnSync(process.execPath, [bin, 'lint', refFile('newsletter')], {
      encoding: 'utf8',
    });
    assert.equal(ok.status, 0, ok.stderr);
    const bad = spawnSync(process.execPath, [bin, 'lint', '/nonexistent.json'], {
      encoding: 'utf8',
    });
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'conforme: Cannot read /nonexistent.json: no such file.\n');
  });
});

describe('conforme verify', () => {
  it('exits 0 on an intact ledger and 1 naming the first altered record', async () => {
    const { migrate, openStore } = await import('../db/connect');
    const { formRepository } = await import('../forms/repository');
    const { versionRepository } = await import('../publishing/versions');
    const { submit } = await import('../submissions/handle');
    const { reference } = await import('../testing/fixtures');
    const { sql } = await import('kysely');
    const dir = mkdtempSync(join(tmpdir(), 'conforme-verify-'));
    // The app's signing key and checkpoint file, outside the data folder, as CONFORME_* name them.
    process.env.CONFORME_SIGNING_KEY_FILE = join(dir, 'keys', 'ledger.pem');
    process.env.CONFORME_CHECKPOINT_FILE = join(dir, 'keys', 'checkpoints.jsonl');
    const store = openStore({ dataDir: dir });
    await migrate(store);
    const id = await formRepository(store).create(reference('newsletter'), null);
    await versionRepository(store).publish(id, null);
    for (const email of ['a@example.com', 'b@example.com']) {
      const body = new URLSearchParams({
        cf_version: '1',
        cf_lang: 'fr',
        'field.email': email,
        'consent.newsletter': 'yes',
      });
      const outcome = await submit(
        store,
        id,
        new Request('http://app.test/api/submit', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body,
        }),
        'http://app.test',
      );
      assert.equal(outcome.ok, true);
    }
    const intact = await cli('verify', '--data-dir', dir);
    assert.equal(intact.code, 0, intact.err);
    assert.match(
      intact.out,
      /^Proof ledger intact: 2 records in 1 chain\.\n {2}default: 2 records, head [0-9a-f]{64}\nChecked against the checkpoint file .*checkpoints\.jsonl \(signing key [0-9a-f]{16}\): \d+ checkpoints? of this database\.\n {2}default: (last checkpoint #2 of \S+ \(line \d+\)|no checkpoint yet)\n$/,
    );
    // That check was checkpointed: a second one says which checkpoint it checked against.
    const again = await cli('verify', '--data-dir', dir);
    assert.match(again.out, /default: last checkpoint #2 of \S+ \(line \d+\)/);

    const first = await store.db
      .selectFrom('consent_records')
      .select(['id', 'content'])
      .orderBy('seq')
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`update consent_records set content = ${first.content.replace('"ticked":true', '"ticked":false')} where id = ${first.id}`.execute(
      store.db,
    );
    await store.close();
    const broken = await cli('verify', '--data-dir', dir);
    assert.equal(broken.code, 1);
    assert.equal(
      broken.out,
      `Proof ledger broken at record #1 of chain default (${first.id}): its content no longer matches its hash (the record was altered).\nCheckpoint file: ${process.env.CONFORME_CHECKPOINT_FILE}.\n`,
    );
    // Without the app's key nothing can be checked: the CLI says so and never makes a new one.
    process.env.CONFORME_SIGNING_KEY_FILE = join(dir, 'keys', 'missing.pem');
    const keyless = await cli('verify', '--data-dir', dir);
    assert.equal(keyless.code, 2);
    assert.match(keyless.err, /No ledger signing key at .*missing\.pem/);
    delete process.env.CONFORME_SIGNING_KEY_FILE;
    delete process.env.CONFORME_CHECKPOINT_FILE;
  });

  it('says where it looked when there is no database', async () => {
    const r = await cli('verify', '--data-dir', join(tmpdir(), 'no-such-conforme-dir'));
    assert.equal(r.code, 2);
    assert.match(r.err, /No database at .*no-such-conforme-dir\/conforme\.db/);
  });
});
