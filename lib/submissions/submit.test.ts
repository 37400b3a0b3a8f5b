import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { formRepository } from '../forms/repository';
import { versionRepository } from '../publishing/versions';
import { nth, reference } from '../testing/fixtures';
import { storeFactories } from '../testing/stores';
import { MAX_BODY_BYTES } from './body';
import { submit, type Outcome } from './handle';
import { submissionRepository } from './repository';

const APP = 'http://app.test';
let address = 0;

function post(
  formId: string,
  body: Record<string, string> | string,
  headers: Record<string, string> = {},
) {
  return new Request(`${APP}/api/submit/${formId}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': `203.0.113.${(address++ % 250) + 1}`,
      ...headers,
    },
    body: typeof body === 'string' ? body : new URLSearchParams(body).toString(),
  });
}

const envelope = (extra: Record<string, string> = {}) => ({
  cf_version: '1',
  cf_lang: 'fr',
  cf_embed: 'snippet',
  cf_page:
    'https://shop.example/promo?utm_source=newsletter&utm_medium=email&utm_campaign=rentree&utm_term=lampe&utm_content=hero',
  cf_referrer: 'https://www.search.example/',
  cf_started: String(Date.now() - 10_000),
  ...extra,
});

const failure = (o: Outcome) =>
  o.ok ? assert.fail(`expected a refusal, got receipt ${o.receipt}`) : o;

for (const factory of storeFactories())
  describe(`submissions on ${factory.name}`, () => {
    let store: Awaited<ReturnType<typeof factory.open>>;
    let quote: string;
    let newsletter: string;
    const count = async () =>
      Number(
        (
          await store.db
            .selectFrom('submissions')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const records = async () =>
      Number(
        (
          await store.db
            .selectFrom('consent_records')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    before(async () => {
      store = await factory.open();
      const forms = formRepository(store);
      quote = await forms.create(reference('contact-quote'), null);
      newsletter = await forms.create(reference('newsletter'), null);
      await forms.setEmbedSettings(quote, {
        allowedOrigins: ['https://shop.example'],
        recordNetwork: false,
      });
      for (const id of [quote, newsletter])
        assert.deepEqual(await versionRepository(store).publish(id, null), {
          ok: true,
          version: 1,
        });
    });
    after(() => store.dispose());

    const valid = {
      'field.last_name': 'Durand',
      'field.email': 'ana@example.com',
      'field.phone': '06 12 34 56 78',
      'field.postal_code': '33000',
    };

    it('stores the lead and a consent record with every box, refusals included, and the provenance', async () => {
      const outcome = await submit(
        store,
        quote,
        post(
          quote,
          { ...envelope(), ...valid, 'consent.offers': 'yes' },
          { origin: 'https://shop.example' },
        ),
        APP,
      );
      assert.ok(outcome.ok);
      const stored = await submissionRepository(store).get(quote, outcome.receipt);
      assert.ok(stored?.record);
      const record = stored.record.content;
      assert.deepEqual(
        record.consents.map((c) => [c.id, c.ticked, c.label]),
        [
          [
            'offers',
            true,
            "J'accepte de recevoir par email les offres commerciales d'Isolia Cuisines.",
          ],
          [
            'phone_offers',
            false,
            "J'accepte qu'Isolia Cuisines m'appelle au téléphone pour me présenter ses offres commerciales.",
          ],
        ],
      );
      assert.deepEqual(stored.consents, { offers: true, phone_offers: false });
      assert.deepEqual(record.provenance, {
        origin: 'https://shop.example',
        page: 'https://shop.example/promo?utm_source=newsletter&utm_medium=email&utm_campaign=rentree&utm_term=lampe&utm_content=hero',
        referrer: 'https://www.search.example/',
        utm: {
          utm_source: 'newsletter',
          utm_medium: 'email',
          utm_campaign: 'rentree',
          utm_term: 'lampe',
          utm_content: 'hero',
        },
        embed: 'snippet',
      });
      assert.equal(record.form.version, 1);
      assert.match(record.notice.hash, /^[0-9a-f]{64}$/);
      assert.match(
        record.subject ?? '',
        /^[0-9a-f]{64}$/,
        'the proof keeps an HMAC of the email, not the email',
      );
      assert.ok(!stored.record.raw.includes('ana@example.com'));
      assert.ok(Math.abs(Date.parse(record.createdAt) - Date.now()) < 60_000);
      assert.equal(stored.ip, null, 'no IP unless the form enables it');
      assert.equal(stored.fields.email, 'ana@example.com');
    });

    it('accepts a form posted without JavaScript (empty hidden inputs), taking the page from the Referer', async () => {
      const body = {
        ...envelope({ cf_page: '', cf_referrer: '', cf_started: '', cf_idem: '' }),
        ...valid,
      };
      const outcome = await submit(
        store,
        quote,
        post(quote, body, { origin: 'https://shop.example', referer: 'https://shop.example/' }),
        APP,
      );
      assert.ok(outcome.ok);
      const stored = await submissionRepository(store).get(quote, outcome.receipt);
      assert.equal(stored?.provenance.page, 'https://shop.example/');
      assert.deepEqual(stored.provenance.utm, {});
    });

    it('does not keep data that only a refused consent would have used', async () => {
      const outcome = await submit(
        store,
        newsletter,
        post(newsletter, {
          ...envelope(),
          'field.email': 'bob@example.com',
          'field.first_name': 'Bob',
        }),
        APP,
      );
      assert.ok(outcome.ok);
      const stored = await submissionRepository(store).get(newsletter, outcome.receipt);
      assert.deepEqual(stored?.fields, {});
      assert.deepEqual(
        stored.record?.content.consents.map((c) => c.ticked),
        [false],
      );
    });

    it('refuses a forged consent and stores nothing', async () => {
      const before = [await count(), await records()];
      const o = failure(
        await submit(
          store,
          quote,
          post(quote, {
            ...envelope(),
            ...valid,
            'consent.offers': 'yes',
            'consent.resale': 'yes',
          }),
          APP,
        ),
      );
      assert.equal(o.status, 422);
      assert.match(
        o.fieldErrors?.['consent.resale'] ?? '',
        /Finalité inconnue ou falsifiée « resale »/,
      );
      assert.deepEqual([await count(), await records()], before);
    });

    const refusals: [string, () => Request, number, RegExp][] = [
      [
        'a wrong content type',
        () => post(quote, 'x', { 'content-type': 'text/plain' }),
        415,
        /application\/x-www-form-urlencoded/,
      ],
      [
        'a body over 64 KB',
        () => post(quote, { ...envelope(), ...valid, 'field.message': 'x'.repeat(MAX_BODY_BYTES) }),
        413,
        /dépasse 64 Ko/,
      ],
      [
        'malformed JSON',
        () => post(quote, '{"cf_version": ', { 'content-type': 'application/json' }),
        400,
        /mal formé/,
      ],
      [
        'a missing required field',
        () => post(quote, { ...envelope(), ...valid, 'field.email': '' }),
        422,
        /Corrigez/,
      ],
      [
        'an invalid email',
        () => post(quote, { ...envelope(), ...valid, 'field.email': 'not-an-email' }),
        422,
        /Corrigez/,
      ],
      [
        'a version never published',
        () => post(quote, { ...envelope({ cf_version: '9' }), ...valid }),
        404,
        /n’est pas publiée/,
      ],
      [
        'a site not allowed',
        () => post(quote, { ...envelope(), ...valid }, { origin: 'https://evil.example' }),
        403,
        /https:\/\/evil\.example/,
      ],
      [
        'a filled honeypot',
        () => post(quote, { ...envelope({ cf_website: 'http://spam.example' }), ...valid }),
        422,
        /automatisé/,
      ],
      [
        'a form filled in under a second',
        () => post(quote, { ...envelope({ cf_started: String(Date.now()) }), ...valid }),
        422,
        /trop vite/,
      ],
    ];
    for (const [what, request, status, message] of refusals)
      it(`answers ${what} with ${status} and stores nothing`, async () => {
        const before = await count();
        const o = failure(await submit(store, quote, request(), APP));
        assert.equal(o.status, status);
        assert.match(`${o.error} ${Object.values(o.fieldErrors ?? {}).join(' ')}`, message);
        assert.equal(await count(), before);
      });

    it('answers an unknown form with 404, in the browser language', async () => {
      const fr = failure(await submit(store, 'nope', post('nope', envelope()), APP));
      assert.deepEqual([fr.status, fr.lang, fr.error], [404, 'fr', 'Ce formulaire n’existe pas.']);
      const en = failure(
        await submit(
          store,
          'nope',
          post('nope', envelope(), { 'accept-language': 'en-GB,en' }),
          APP,
        ),
      );
      assert.deepEqual([en.status, en.lang, en.error], [404, 'en', 'This form does not exist.']);
    });

    it('answers in the language of the form the visitor saw', async () => {
      const o = failure(
        await submit(
          store,
          quote,
          post(quote, {
            ...envelope({ cf_lang: 'en' }),
            ...valid,
            'field.email': 'x',
            'consent.resale': 'yes',
          }),
          APP,
        ),
      );
      assert.equal(o.error, 'Please correct the highlighted fields.');
      assert.deepEqual(o.fieldErrors, {
        'field.email': 'Enter a valid email address, such as name@example.com.',
        'consent.resale': 'Unknown or forged purpose "resale".',
      });
    });

    it('names the field of each error, in the form language', async () => {
      const o = failure(
        await submit(
          store,
          quote,
          post(quote, { ...envelope(), ...valid, 'field.email': 'x', 'field.last_name': '' }),
          APP,
        ),
      );
      assert.deepEqual(o.fieldErrors, {
        'field.last_name': 'Ce champ est obligatoire.',
        'field.email': 'Saisissez une adresse email valide, par exemple nom@exemple.fr.',
      });
    });

    it('stores a retried submission once (idempotency key)', async () => {
      const body = { ...envelope({ cf_idem: 'retry-key-0001' }), ...valid };
      const before = await count();
      const first = await submit(store, quote, post(quote, body), APP);
      const second = await submit(store, quote, post(quote, body), APP);
      assert.ok(first.ok && second.ok);
      assert.equal(second.receipt, first.receipt);
      assert.equal(second.replayed, true);
      assert.equal(await count(), before + 1);
    });

    it('accepts JSON from scripts', async () => {
      const o = await submit(
        store,
        quote,
        post(quote, JSON.stringify({ ...envelope(), ...valid, 'consent.phone_offers': true }), {
          'content-type': 'application/json',
        }),
        APP,
      );
      assert.equal(o.ok, true);
    });

    it('keeps a truncated IP and the user agent only when the form enables it', async () => {
      await formRepository(store).setEmbedSettings(quote, {
        allowedOrigins: ['https://shop.example'],
        recordNetwork: true,
      });
      const o = await submit(
        store,
        quote,
        post(
          quote,
          { ...envelope(), ...valid },
          { 'x-forwarded-for': '198.51.100.77', 'user-agent': 'TestBrowser/1.0' },
        ),
        APP,
      );
      await formRepository(store).setEmbedSettings(quote, {
        allowedOrigins: ['https://shop.example'],
        recordNetwork: false,
      });
      assert.ok(o.ok);
      const stored = await submissionRepository(store).get(quote, o.receipt);
      assert.equal(stored?.ip, '198.51.100.0');
      assert.equal(stored.userAgent, 'TestBrowser/1.0');
    });

    it('limits submissions per address', async () => {
      const headers = { 'x-forwarded-for': '192.0.2.200' };
      const outcomes: Outcome[] = [];
      for (let i = 0; i < 11; i++)
        outcomes.push(
          await submit(store, quote, post(quote, { ...envelope(), ...valid }, headers), APP),
        );
      assert.deepEqual(outcomes.map((o) => o.status).slice(-2), [200, 429]);
      assert.match(failure(nth(outcomes, 10)).error, /^Trop d’envois depuis votre adresse/);
    });

    it('chains records and names the first one altered', async () => {
      const ledger = submissionRepository(store);
      const intact = await ledger.verify();
      assert.equal(intact.ok, true);
      assert.ok(intact.count >= 3);
      const second = await store.db
        .selectFrom('consent_records')
        .select(['seq', 'id', 'content'])
        .orderBy('seq')
        .offset(1)
        .limit(1)
        .executeTakeFirstOrThrow();
      await sql`update consent_records set content = ${second.content.replace('"ticked":false', '"ticked":true')} where id = ${second.id}`.execute(
        store.db,
      );
      const broken = await ledger.verify();
      if (broken.ok) assert.fail('the altered record went unnoticed');
      assert.equal(broken.firstBad.id, second.id);
    });
  });
