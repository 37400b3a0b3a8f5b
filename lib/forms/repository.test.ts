import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { reference } from '../testing/fixtures';
import { storeFactories } from '../testing/stores';
import {
  cachedEmbedSettings,
  EMBED_SETTINGS_TTL_MS,
  formRepository,
  type FormRepository,
} from './repository';

for (const factory of storeFactories())
  describe(`form storage on ${factory.name}`, () => {
    let store: Awaited<ReturnType<typeof factory.open>>;
    let forms: FormRepository;
    before(async () => {
      store = await factory.open();
      forms = formRepository(store);
    });
    after(() => store.dispose());

    it('reuses embed settings for at most a second, and sees a change saved in this process at once', async () => {
      const id = await forms.create(reference('newsletter'), null);
      const t0 = Date.now();
      assert.deepEqual((await cachedEmbedSettings(store, id, t0))?.allowedOrigins, []);
      // Changed behind the cache's back (as another app server would): still the old value within the delay…
      await store.db
        .updateTable('forms')
        .set({ allowed_origins: JSON.stringify(['https://a.example']) })
        .where('id', '=', id)
        .execute();
      assert.deepEqual((await cachedEmbedSettings(store, id, t0 + 10))?.allowedOrigins, []);
      // …read again once it is over.
      assert.deepEqual(
        (await cachedEmbedSettings(store, id, t0 + EMBED_SETTINGS_TTL_MS))?.allowedOrigins,
        ['https://a.example'],
      );
      // Saved through the repository: seen at once.
      await forms.setEmbedSettings(id, {
        allowedOrigins: ['https://b.example'],
        recordNetwork: true,
      });
      const fresh = await cachedEmbedSettings(store, id, t0 + EMBED_SETTINGS_TTL_MS + 1);
      assert.deepEqual(fresh?.allowedOrigins, ['https://b.example']);
      assert.equal(fresh.recordNetwork, true);
    });

    it('creates a draft and reads the same definition back', async () => {
      const def = reference('contest-partners');
      const id = await forms.create(def, 'marie@example.com');
      const stored = await forms.get(id);
      assert.ok(stored);
      assert.equal(stored.status, 'draft');
      assert.deepEqual(stored.definition, def);
    });

    it('lists forms, newest edit first, with their lint counts', async () => {
      const clean = await forms.create(reference('newsletter'), null);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const broken = await forms.create(
        reference('newsletter', (d) => (d.controller.name = '')),
        null,
      );
      const list = await forms.list();
      const byId = new Map(list.map((f) => [f.id, f]));
      assert.deepEqual(byId.get(clean)?.lint, { blocking: 0, warning: 0, info: 0 });
      // R-CONTROLLER, and R-INFORMED-LABEL in both languages (the labels no longer name a controller).
      assert.equal(byId.get(broken)?.lint.blocking, 3);
      assert.ok(list.findIndex((f) => f.id === broken) < list.findIndex((f) => f.id === clean));
    });

    it('saves drafts and keeps an edit history of who changed which paths', async () => {
      const id = await forms.create(reference('newsletter'), 'a@example.com');
      const edited = reference('newsletter', (d) => {
        d.title = 'Lettre mensuelle';
        d.controller.address = '1 place Bellecour, 69002 Lyon';
      });
      assert.equal((await forms.saveDraft(id, edited, 'b@example.com')).saved, true);
      assert.equal((await forms.get(id))?.title, 'Lettre mensuelle');
      const history = await forms.history(id);
      assert.deepEqual(
        history.map((h) => [h.actor, h.changes]),
        [
          ['b@example.com', ['title', 'controller.address']],
          ['a@example.com', ['(created)']],
        ],
      );
    });

    it('does not record an edit when nothing changed, and refuses unknown forms', async () => {
      const id = await forms.create(reference('newsletter'), null);
      await forms.saveDraft(id, reference('newsletter'), null);
      assert.equal((await forms.history(id)).length, 1);
      assert.equal((await forms.saveDraft('missing', reference('newsletter'), null)).saved, false);
    });

    it('deletes a form with its history', async () => {
      const id = await forms.create(reference('newsletter'), null);
      assert.equal(await forms.remove(id), true);
      assert.equal(await forms.get(id), undefined);
      assert.deepEqual(await forms.history(id), []);
      assert.equal(await forms.remove(id), false);
    });
  });
