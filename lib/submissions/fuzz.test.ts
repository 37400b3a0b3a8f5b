import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Store } from '../db/connect';
import { ENVELOPE, visitorInputs } from '../form';
import { formRepository } from '../forms/repository';
import { escapeHtml } from '../html/escape';
import { versionRepository } from '../publishing/versions';
import { reference } from '../testing/fixtures';
import { storeFactories } from '../testing/stores';
import { rowCounts } from '../testing/submissions';
import { submissionEndpoint } from './endpoint';
import type { RefusalPage } from './respond';

// The public endpoint under generated requests: every content type, encoding, form id (unknown and
// malformed ones too) and envelope value. None may get a server error, and none that is refused may leave
// a row behind; an accepted one stores exactly one lead and one record.

const APP = 'http://app.test';
const newsletter = reference('newsletter');
const inputs = visitorInputs(newsletter, 'fr');
const page: RefusalPage = (refusal) =>
  Promise.resolve({ html: `<p>${escapeHtml(refusal.error)}</p>`, headers: {} });

const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '%',
    '%zz',
    '%E9',
    '\u0000',
    '../../etc/passwd',
    '<script>',
    '1e309',
    '-1',
  ),
  fc.string({ unit: 'binary', maxLength: 10 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** The envelope and answers a snippet (or a forger) might send. */
const fields = fc.record({
  [ENVELOPE.version]: maybe(fc.oneof(fc.constantFrom('1', '2', '0', '01', '1.0'), junk)),
  [ENVELOPE.lang]: maybe(fc.oneof(fc.constantFrom('fr', 'en', 'de', 'FR'), junk)),
  [ENVELOPE.embed]: maybe(fc.oneof(fc.constantFrom('snippet', 'iframe', 'hosted'), junk)),
  [ENVELOPE.page]: maybe(fc.oneof(fc.webUrl({ withQueryParameters: true }), junk)),
  [ENVELOPE.referrer]: maybe(fc.oneof(fc.webUrl(), junk)),
  [ENVELOPE.started]: maybe(fc.oneof(fc.constantFrom('0', String(Date.now())), junk)),
  [ENVELOPE.idempotency]: maybe(fc.oneof(fc.uuid(), junk, fc.string({ maxLength: 400 }))),
  [ENVELOPE.honeypot]: maybe(fc.oneof(fc.constant(''), junk)),
  ...Object.fromEntries(
    inputs.map((input) => [
      input.name,
      maybe(
        input.kind !== 'field'
          ? fc.oneof(fc.constantFrom('yes', 'on', 'no', ''), junk)
          : input.type === 'email'
            ? fc.oneof(fc.emailAddress(), junk)
            : fc.oneof(fc.constant('Ana'), junk, fc.string({ maxLength: 3000 })),
      ),
    ]),
  ),
  extra: maybe(fc.dictionary(fc.string({ maxLength: 20 }), junk, { maxKeys: 4 })),
});

/** A submission as the snippet sends it (some boxes ticked, a key from a small pool so retries happen). */
const genuine = fc.record({
  [ENVELOPE.version]: fc.constant('1'),
  [ENVELOPE.lang]: fc.constantFrom('fr', 'en'),
  [ENVELOPE.embed]: fc.constantFrom('snippet', 'iframe', 'hosted'),
  [ENVELOPE.page]: maybe(fc.webUrl({ withQueryParameters: true })),
  [ENVELOPE.idempotency]: maybe(fc.constantFrom('k-1', 'k-2', 'k-3', 'k-4')),
  [ENVELOPE.honeypot]: fc.constant(''),
  ...Object.fromEntries(
    inputs.map((input) => [
      input.name,
      input.kind !== 'field'
        ? maybe(fc.constant('yes'))
        : input.type === 'email'
          ? fc.stringMatching(/^[a-z]{2,12}$/).map((local) => `${local}@exemple.fr`)
          : fc.constantFrom('Ana', 'Jean-Luc', "N'Guyen", 'Zoé', 'Ødegaard'),
    ]),
  ),
  extra: fc.constant(undefined),
});

type Encoding = 'form' | 'json' | 'raw';
const anyRequest = fc.record({
  id: fc.oneof(
    fc.constant('published'),
    fc.uuid(),
    junk,
    fc.constantFrom('%', '%E0%A4%A', '..', 'a'.repeat(300)),
  ),
  contentType: fc.constantFrom(
    'application/x-www-form-urlencoded',
    'application/x-www-form-urlencoded; charset=utf-8',
    'application/x-www-form-urlencoded; charset=iso-8859-1',
    'application/json',
    'application/json; charset=utf-8',
    'multipart/form-data; boundary=x',
    'text/plain',
    '',
  ),
  encoding: fc.constantFrom<Encoding>('form', 'json', 'raw'),
  raw: fc.oneof(
    junk,
    fc.uint8Array({ maxLength: 200 }),
    fc.constantFrom('{', '[]', 'null', '=&=&%'),
  ),
  fields: fc.oneof({ arbitrary: fields, weight: 3 }, { arbitrary: genuine, weight: 1 }),
  json: fc.boolean(),
  origin: fc.constantFrom(null, APP, 'https://evil.example', 'null'),
});

/** A request a snippet could have sent: the published form, a matching content type, an allowed origin. */
const coherent = fc
  .record({
    encoding: fc.constantFrom<Encoding>('form', 'json'),
    fields: fc.oneof(genuine, fields),
    json: fc.boolean(),
    origin: fc.constantFrom(null, APP),
  })
  .map((r) => ({
    ...r,
    id: 'published',
    contentType: r.encoding === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
    raw: '',
  }));

const request = fc.oneof(anyRequest, coherent);

function bodyOf(
  r: Record<string, string | Record<string, string> | undefined>,
  encoding: Encoding,
  raw: unknown,
) {
  const { extra, ...named } = r;
  const more = typeof extra === 'object' ? extra : {};
  const entries = Object.entries({ ...named, ...more }).filter(
    (e): e is [string, string] => typeof e[1] === 'string',
  );
  if (encoding === 'json') return JSON.stringify(Object.fromEntries(entries));
  if (encoding === 'form') return new URLSearchParams(entries).toString();
  return raw instanceof Uint8Array ? new Uint8Array(raw) : String(raw);
}

/** Whether a JSON receipt replayed an earlier one. */
async function isReplay(response: Response): Promise<boolean> {
  const json = (await response.json()) as { data?: { replayed?: boolean } };
  return json.data?.replayed === true;
}

const RUNS = { SQLite: 2000, PostgreSQL: 500 };

for (const factory of storeFactories())
  describe(`the submission endpoint under fuzzed requests on ${factory.name}`, () => {
    let store: Store & { dispose: () => Promise<void> };
    let formId = '';
    let visitor = 0;
    before(async () => {
      store = await factory.open();
      formId = await formRepository(store).create(newsletter, null);
      assert.deepEqual(await versionRepository(store).publish(formId, null), {
        ok: true,
        version: 1,
      });
    });
    after(() => store.dispose());

    it('never answers 5xx, and stores a whole submission or nothing', async () => {
      const endpoint = submissionEndpoint(() => Promise.resolve(store), page);
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const id = r.id === 'published' ? formId : r.id;
          const headers = new Headers({
            'x-forwarded-for': `198.18.${String((visitor >> 8) & 255)}.${String(visitor++ & 255)}`,
          });
          if (r.contentType) headers.set('content-type', r.contentType);
          if (r.json) headers.set('accept', 'application/json');
          if (r.origin) headers.set('origin', r.origin);
          const before = await rowCounts(store);
          const response = await endpoint.post(
            new Request(`${APP}/api/submit/${encodeURIComponent(id)}`, {
              method: 'POST',
              headers,
              body: bodyOf(r.fields, r.encoding, r.raw),
            }),
            id,
          );
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          assert.ok(response.status < 500, `answered ${String(response.status)}`);
          const after = await rowCounts(store);
          // Accepted: a receipt (200) for scripts, exactly one new lead unless it replayed a stored key; the
          // thank-you page (303) for visitors without JavaScript, which does not say whether it replayed.
          const replayed = response.status === 200 ? await isReplay(response) : false;
          if (response.status !== 200) await response.arrayBuffer();
          const grew = after.submissions - before.submissions;
          if (response.status === 303) assert.ok(grew <= 1);
          else assert.equal(grew, response.status === 200 && !replayed ? 1 : 0);
          assert.equal(after.records - before.records, after.submissions - before.submissions);
        }),
        { numRuns: RUNS[factory.name as keyof typeof RUNS], seed: 20261125 },
      );
      // The generator reaches the paths that matter: accepted, refused as invalid, and unknown form.
      for (const status of [200, 303, 404, 422])
        assert.ok((statuses.get(status) ?? 0) > 0, `no request answered ${String(status)}`);
    });
  });
