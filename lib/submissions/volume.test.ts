import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { formRepository } from '../forms/repository';
import { versionRepository, type PublishedVersion } from '../publishing/versions';
import { reference } from '../testing/fixtures';
import { storeFactories } from '../testing/stores';
import { newSubmission } from '../testing/submissions';
import { exportStream } from './export';
import {
  BATCH_SIZE,
  PAGE_SIZE,
  submissionRepository,
  type Cursor,
  type NewSubmission,
  type SubmissionFilters,
} from './repository';

/** More rows than a page, an export batch and a verify batch hold. */
const ROWS = 2_500;
const VERIFY_BATCH = 1_000;

/** Submission i: three share each second (ties are broken by id), every third refuses the newsletter. */
function submission(version: PublishedVersion, i: number): NewSubmission {
  const createdAt = new Date(Date.UTC(2026, 10, 1) + Math.floor(i / 3) * 1000).toISOString();
  const campaign = i % 2 === 0 ? 'rentree' : 'noel';
  const provenance = {
    origin: 'https://shop.example',
    page: `https://shop.example/?utm_campaign=${campaign}`,
    referrer: null,
    utm: { utm_campaign: campaign },
    embed: 'snippet' as const,
  };
  const data = {
    'field.email': `lead${i}@example.com`,
    'field.first_name': i === 7 ? '=HYPERLINK("http://evil.example")' : `Lead "${i}", ok`,
    'consent.newsletter': i % 3 === 0 ? undefined : 'yes',
  };
  return newSubmission(version, {
    data,
    fields: { email: data['field.email'], first_name: data['field.first_name'] },
    createdAt,
    provenance,
  });
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

/** A minimal RFC 4180 reader: enough to prove the export parses back to what was stored. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv.charAt(i);
    const next = csv.charAt(i + 1);
    if (quoted) {
      if (ch === '"' && next === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

for (const factory of storeFactories())
  describe(`${ROWS} submissions on ${factory.name}`, () => {
    let store: Awaited<ReturnType<typeof factory.open>>;
    let formId: string;
    const ids = new Set<string>();
    before(async () => {
      store = await factory.open();
      formId = await formRepository(store).create(reference('newsletter'), null);
      assert.deepEqual(await versionRepository(store).publish(formId, null), {
        ok: true,
        version: 1,
      });
      const version = await versionRepository(store).get(formId, 1);
      assert.ok(version);
      const repository = submissionRepository(store);
      for (let i = 0; i < ROWS; i++) {
        const s = submission(version, i);
        ids.add(s.id);
        await repository.save(s);
      }
    });
    after(() => store.dispose());

    const all = async (filters: SubmissionFilters) => {
      const repository = submissionRepository(store);
      const seen: string[] = [];
      let after: Cursor | null | undefined;
      let pages = 0;
      do {
        const page = await repository.page(formId, filters, { after: after ?? undefined });
        assert.ok(page.items.length <= PAGE_SIZE);
        seen.push(...page.items.map((s) => s.id));
        after = page.next;
        pages += 1;
      } while (after);
      return { seen, pages };
    };

    it('pages through every submission once, newest first, with the true total', async () => {
      assert.ok(Math.min(ROWS - PAGE_SIZE, ROWS - BATCH_SIZE, ROWS - VERIFY_BATCH) > 0);
      const { seen, pages } = await all({});
      assert.equal(seen.length, ROWS);
      assert.deepEqual(new Set(seen), ids);
      assert.equal(pages, Math.ceil(ROWS / PAGE_SIZE));
      const counts = await submissionRepository(store).counts(formId, {});
      assert.equal(counts.total, ROWS);
      const refused = Math.ceil(ROWS / 3);
      assert.deepEqual(counts.byPurpose.newsletter, { given: ROWS - refused, refused });
    });

    it('pages back to newer submissions from any page', async () => {
      const repository = submissionRepository(store);
      const first = await repository.page(formId, {});
      const second = await repository.page(formId, {}, { after: first.next ?? undefined });
      assert.ok(second.prev);
      const back = await repository.page(formId, {}, { before: second.prev });
      assert.deepEqual(
        back.items.map((s) => s.id),
        first.items.map((s) => s.id),
      );
      assert.equal(back.prev, null);
    });

    it('applies every filter in SQL before paging', async () => {
      const refused = await all({ purpose: 'newsletter', consent: 'refused' });
      assert.equal(refused.seen.length, Math.ceil(ROWS / 3));
      const given = await submissionRepository(store).counts(formId, {
        purpose: 'newsletter',
        consent: 'given',
        campaign: 'rentree',
      });
      // Even i is rentree; of those, i % 3 !== 0 gave consent.
      let expected = 0;
      for (let i = 0; i < ROWS; i += 2) if (i % 3 !== 0) expected++;
      assert.equal(given.total, expected);
      const day = await submissionRepository(store).counts(formId, {
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-11-01T00:01:00.000Z',
      });
      assert.equal(day.total, 180);
    });

    it('exports every matching row exactly once, in CSV, JSON and NDJSON', async () => {
      const repository = submissionRepository(store);
      const stream = (format: 'csv' | 'json' | 'ndjson') =>
        text(
          exportStream(repository.stream(formId, {}), format, ['newsletter'], ['first_name']).body,
        );
      const csv = parseCsv(await stream('csv'));
      const header = csv[0] ?? [];
      const receipt = header.indexOf('receipt');
      assert.equal(csv.length, ROWS + 1);
      assert.deepEqual(new Set(csv.slice(1).map((r) => r[receipt])), ids);
      // Quotes and commas survive; a formula is neutralised.
      const names = csv.slice(1).map((r) => r[header.indexOf('field:first_name')]);
      assert.ok(names.includes('Lead "8", ok'));
      assert.ok(names.includes(`'=HYPERLINK("http://evil.example")`));

      const json = JSON.parse(await stream('json')) as {
        columns: string[];
        rows: Record<string, string>[];
      };
      assert.equal(json.rows.length, ROWS);
      assert.deepEqual(new Set(json.rows.map((r) => r.receipt)), ids);

      const lines = (await stream('ndjson')).trimEnd().split('\n');
      assert.equal(lines.length, ROWS);
      assert.deepEqual(
        new Set(lines.map((l) => (JSON.parse(l) as Record<string, string>).receipt)),
        ids,
      );
    });

    it('verifies the ledger in batches, reporting progress, and names what breaks it', async () => {
      const repository = submissionRepository(store);
      const progress: number[] = [];
      const check = await repository.verify({
        batch: VERIFY_BATCH,
        onProgress: (done, total) => {
          assert.equal(total, ROWS);
          progress.push(done);
        },
      });
      assert.ok(check.ok);
      assert.equal(check.count, ROWS);
      assert.deepEqual(progress, [1000, 2000, 2500]);
      assert.deepEqual(
        check.chains.map((c) => [c.chainId, c.seq]),
        [['default', ROWS]],
      );

      // A submission row that no longer says what its record says.
      const victim = await store.db
        .selectFrom('submissions')
        .select(['id', 'consents'])
        .where('form_id', '=', formId)
        .orderBy('created_at')
        .limit(1)
        .offset(1200)
        .executeTakeFirstOrThrow();
      const flipped = JSON.stringify({
        newsletter: !(JSON.parse(victim.consents) as { newsletter: boolean }).newsletter,
      });
      await sql`update submissions set consents = ${flipped} where id = ${victim.id}`.execute(
        store.db,
      );
      const edited = await repository.verify({ batch: VERIFY_BATCH });
      assert.equal(edited.ok, false);
      assert.match(edited.firstBad.reason, /consent to "newsletter"/);
      await sql`update submissions set consents = ${victim.consents} where id = ${victim.id}`.execute(
        store.db,
      );

      // Records cut from the end of the chain.
      await sql`delete from consent_records where chain_seq = ${ROWS}`.execute(store.db);
      const cut = await repository.verify({ batch: VERIFY_BATCH });
      assert.equal(cut.ok, false);
      assert.match(cut.firstBad.reason, /ends at #2499 but its head is #2500/);
    });
  });
