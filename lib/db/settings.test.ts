import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { storeFactories } from '../testing/stores';
import { storedSecret } from './settings';

for (const factory of storeFactories())
  describe(`stored secrets on ${factory.name}`, () => {
    let store: Awaited<ReturnType<typeof factory.open>>;
    before(async () => {
      store = await factory.open();
    });
    after(() => store.dispose());

    it('creates a random secret once and returns the same one afterwards', async () => {
      const first = await storedSecret(store, 'subject_key');
      assert.match(first, /^[0-9a-f]{64}$/);
      assert.equal(await storedSecret(store, 'subject_key'), first);
    });

    it('keeps one secret per name', async () => {
      assert.notEqual(
        await storedSecret(store, 'auth_secret'),
        await storedSecret(store, 'subject_key'),
      );
    });

    it('reads a secret an existing database already holds under its name', async () => {
      await store.db.deleteFrom('settings').where('key', '=', 'subject_key').execute();
      await store.db.insertInto('settings').values({ key: 'subject_key', value: 'kept' }).execute();
      assert.equal(await storedSecret(store, 'subject_key'), 'kept');
    });

    it('lets a value from the environment win, without storing it', async () => {
      await store.db.deleteFrom('settings').where('key', '=', 'auth_secret').execute();
      assert.equal(await storedSecret(store, 'auth_secret', 'from-env'), 'from-env');
      assert.notEqual(await storedSecret(store, 'auth_secret'), 'from-env');
    });

    it('gives the same secret to concurrent first calls', async () => {
      await store.db.deleteFrom('settings').execute();
      const values = await Promise.all(
        Array.from({ length: 8 }, () => storedSecret(store, 'subject_key')),
      );
      assert.equal(new Set(values).size, 1);
      assert.equal(await storedSecret(store, 'subject_key'), values[0]);
    });
  });
