import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from '../db/connect';
import { submit } from '../submissions/handle';
import { reference } from '../testing/fixtures';
import { storeFactories } from '../testing/stores';
import { workspaceData } from './workspace';

const APP = 'http://app.test';
let address = 0;

/** A visitor's submission to the newsletter form, as the hosted page posts it. */
const post = (formId: string, lang: 'fr' | 'en', email: string) =>
  new Request(`${APP}/api/submit/${formId}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': `198.51.100.${(address++ % 250) + 1}`,
    },
    body: new URLSearchParams({
      cf_version: '1',
      cf_lang: lang,
      cf_embed: 'hosted',
      cf_started: String(Date.now() - 10_000),
      'field.email': email,
      'consent.newsletter': 'yes',
    }).toString(),
  });

const countOf = async (store: Store, table: 'submissions' | 'form_versions', formId: string) =>
  Number(
    (
      await store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('form_id', '=', formId)
        .executeTakeFirstOrThrow()
    ).n,
  );

for (const factory of storeFactories())
  describe(`archiving forms on ${factory.name}`, () => {
    let store: Awaited<ReturnType<typeof factory.open>>;
    let data: ReturnType<typeof workspaceData>;
    before(async () => {
      store = await factory.open();
      await store.db
        .insertInto('workspaces')
        .values({ id: 'ws-archive', name: 'Archive', created_at: new Date().toISOString() })
        .execute();
      data = workspaceData(store, 'ws-archive');
    });
    after(() => store.dispose());

    const newForm = async (publish: boolean) => {
      const form = await data.form(await data.forms.create(reference('newsletter'), 'u1'));
      assert.ok(form);
      if (publish)
        assert.deepEqual(await form.versions.publish('u1', {}), { ok: true, version: 1 });
      return form;
    };

    it('deletes a form never published, and a published one without submissions', async () => {
      for (const published of [false, true]) {
        const form = await newForm(published);
        const removal = await form.removal();
        assert.equal(removal?.kind, 'delete');
        assert.equal(removal.versions, published ? 1 : 0);
        assert.deepEqual(await form.remove('u1'), { outcome: 'deleted' });
        assert.equal(await form.get(), undefined);
        assert.equal(await countOf(store, 'form_versions', form.id), 0);
      }
    });

    it('archives a published form with submissions: closed, evidence kept, listed as archived', async () => {
      const form = await newForm(true);
      for (const email of ['a@example.com', 'b@example.com'])
        assert.ok((await submit(store, form.id, post(form.id, 'fr', email), APP)).ok);
      assert.deepEqual(await form.removal(), { kind: 'archive', versions: 1, submissions: 2 });

      const removed = await form.remove('u1');
      assert.equal(removed?.outcome, 'archived');
      const stored = await form.get();
      assert.ok(stored?.archivedAt);
      assert.equal(await countOf(store, 'submissions', form.id), 2);
      assert.equal(await countOf(store, 'form_versions', form.id), 1);
      assert.equal(
        (await data.forms.list()).find((f) => f.id === form.id)?.archivedAt,
        stored.archivedAt,
      );
      assert.deepEqual((await form.history())[0]?.changes, ['(archived)']);
      // Deleting it again changes nothing: evidence is never removed by "Delete form".
      assert.deepEqual(await form.remove('u1'), { outcome: 'archived', at: stored.archivedAt });
      assert.equal(await countOf(store, 'submissions', form.id), 2);

      for (const [lang, text] of [
        ['fr', 'Ce formulaire est clos'],
        ['en', 'This form is closed'],
      ] as const) {
        const refused = await submit(store, form.id, post(form.id, lang, 'c@example.com'), APP);
        assert.ok(!refused.ok);
        assert.equal(refused.status, 410);
        assert.equal(refused.lang, lang);
        assert.match(refused.error, new RegExp(`^${text}`));
      }
      assert.equal(await countOf(store, 'submissions', form.id), 2);
      assert.deepEqual(await form.versions.publish('u1', {}), {
        ok: false,
        error: 'This form is archived: it takes no new version.',
      });
      const page = await form.submissions.page({}, true);
      assert.equal(page.rows.length, 2);
    });

    it('deletes an archived form’s lead data only, logged, and the ledger still verifies', async () => {
      const live = await newForm(true);
      assert.ok((await submit(store, live.id, post(live.id, 'fr', 'x@example.com'), APP)).ok);
      assert.deepEqual(await live.deleteLeadData('admin'), { deleted: false, submissions: 0 });

      const form = await newForm(true);
      assert.ok((await submit(store, form.id, post(form.id, 'fr', 'lead@example.com'), APP)).ok);
      await form.remove('u1');
      assert.deepEqual(await form.deleteLeadData('admin'), { deleted: true, submissions: 1 });
      const rows = await store.db
        .selectFrom('submissions')
        .select(['fields', 'consents'])
        .where('form_id', '=', form.id)
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.fields, r.consents]),
        [['{}', '{"newsletter":true}']],
      );
      assert.ok((await form.get())?.leadsDeletedAt);
      assert.deepEqual((await form.history())[0]?.changes, ['(lead data deleted: 1 submissions)']);
      assert.equal(
        (
          await store.db
            .selectFrom('submissions')
            .select('fields')
            .where('form_id', '=', live.id)
            .executeTakeFirstOrThrow()
        ).fields.includes('x@example.com'),
        true,
        'another form’s leads are untouched',
      );
      const check = await data.verifyLedger();
      assert.ok(check.ok, check.ok ? '' : check.firstBad.reason);

      // The naive deletion (the submission rows) would break the proof: verify names the record.
      await store.db.deleteFrom('submissions').where('form_id', '=', form.id).execute();
      const broken = await data.verifyLedger();
      assert.ok(!broken.ok);
      assert.match(broken.firstBad.reason, /missing while its form still exists/);
    });
  });
