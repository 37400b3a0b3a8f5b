import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { renderFormHtml } from '../embed/form-html';
import { migratorFor } from '../db/connect';
import { DEFINITION_SCHEMA_VERSION, parseDefinition } from '../form';
import { formRepository } from '../forms/repository';
import { buildNotice, renderText } from '../notice';
import { canonicalJson, hashOf } from '../proof/canonical';
import { reference } from '../testing/fixtures';
import { newsletterInVersion1Shape, REPLAYED_HISTORY } from '../testing/schema-history';
import { storeFactories } from '../testing/stores';
import { freeze } from './freeze';
import { UnreadableVersionError, versionRepository } from './versions';

for (const factory of storeFactories())
  describe(`published versions on ${factory.name}`, () => {
    let store: Awaited<ReturnType<typeof factory.open>>;
    let formId: string;
    before(async () => {
      store = await factory.open();
      formId = await formRepository(store).create(reference('newsletter'), null);
    });
    after(() => store.dispose());

    const row = (version: number) =>
      store.db
        .selectFrom('form_versions')
        .selectAll()
        .where('form_id', '=', formId)
        .where('version', '=', version)
        .executeTakeFirstOrThrow();

    it('stores the canonical JSON of what it fingerprints, with its schema version', async () => {
      // A draft as typed, with spaces the schema trims: the fingerprint is of the parsed definition.
      const typed = reference('newsletter', (d) => {
        d.title = `  ${d.title}  `;
      });
      await store.db
        .updateTable('forms')
        .set({ definition: JSON.stringify(typed) })
        .where('id', '=', formId)
        .execute();
      assert.deepEqual(await versionRepository(store).publish(formId, null), {
        ok: true,
        version: 1,
      });
      const stored = await row(1);
      assert.equal(stored.schema_version, DEFINITION_SCHEMA_VERSION);
      assert.equal(hashOf(JSON.parse(stored.definition)), stored.definition_hash);
      assert.equal(stored.definition, canonicalJson(JSON.parse(stored.definition)));
      const version = await versionRepository(store).get(formId, 1);
      assert.equal(version?.definitionIntact, true);
      assert.equal(version.definition.title, typed.title.trim());
    });

    it('reads, renders and verifies a version frozen under an older schema shape', async () => {
      const old = newsletterInVersion1Shape();
      const migrated = parseDefinition({
        ...reference('newsletter'),
        languages: ['fr'],
        purposes: reference('newsletter').purposes.map((p) => ({
          ...p,
          label: { fr: p.label.fr },
        })),
      });
      assert.ok(migrated.ok);
      const frozen = freeze(migrated.data, formId, 2);
      await store.db
        .insertInto('form_versions')
        .values({
          form_id: formId,
          version: 2,
          definition: canonicalJson(old),
          definition_hash: hashOf(old),
          schema_version: 1,
          notices: JSON.stringify(frozen.notices),
          notice_hashes: JSON.stringify(frozen.noticeHashes),
          form_hashes: JSON.stringify(frozen.formHashes),
          published_at: '2026-01-10T09:00:00.000Z',
          published_by: null,
          approval: null,
        })
        .execute();
      const version = await versionRepository(store, REPLAYED_HISTORY).get(formId, 2);
      assert.ok(version);
      assert.equal(version.schemaVersion, 1);
      assert.equal(version.definitionIntact, true);
      assert.deepEqual(version.definition, migrated.data);
      const html = renderFormHtml(version.definition, { lang: 'fr', noticeUrl: '/n/x/2?lang=fr' });
      assert.match(html, /la newsletter mensuelle de Maison Lumière/);
      assert.match(
        renderText(buildNotice(version.definition, { lang: 'fr', layer: 'full' })),
        /CNIL/,
      );
      assert.equal(version.formHashes.fr, frozen.formHashes.fr);
    });

    it('says when a stored definition no longer matches its fingerprint', async () => {
      const stored = await row(1);
      const tampered = JSON.parse(stored.definition) as { title: string };
      tampered.title = 'Changed after publication';
      await store.db
        .updateTable('form_versions')
        .set({ definition: canonicalJson(tampered) })
        .where('form_id', '=', formId)
        .where('version', '=', 1)
        .execute();
      assert.equal((await versionRepository(store).get(formId, 1))?.definitionIntact, false);
    });

    it('refuses, by name, a version written by a newer schema', async () => {
      await store.db
        .updateTable('form_versions')
        .set({ schema_version: DEFINITION_SCHEMA_VERSION + 1 })
        .where('form_id', '=', formId)
        .where('version', '=', 1)
        .execute();
      await assert.rejects(
        versionRepository(store).get(formId, 1),
        (e: unknown) =>
          e instanceof UnreadableVersionError &&
          e.version === 1 &&
          e.message.includes('newer than this Conforme'),
      );
    });

    it('refuses to publish a draft with the last version’s fingerprint, and makes no version', async () => {
      const forms = formRepository(store);
      const versions = versionRepository(store);
      const id = await forms.create(reference('newsletter'), null);
      assert.deepEqual(await versions.publish(id, null), { ok: true, version: 1 });
      assert.deepEqual(await versions.publish(id, null), {
        ok: false,
        error: 'Nothing changed since version 1.',
      });
      // The fingerprint compared is the last version's: a draft back to version 1 differs from version 2.
      const changed = reference('newsletter', (d) => {
        d.title = `${d.title} (autumn)`;
      });
      await forms.saveDraft(id, changed, null);
      assert.deepEqual(await versions.publish(id, null), { ok: true, version: 2 });
      assert.deepEqual(await versions.publish(id, null), {
        ok: false,
        error: 'Nothing changed since version 2.',
      });
      await forms.saveDraft(id, reference('newsletter'), null);
      assert.deepEqual(await versions.publish(id, null), { ok: true, version: 3 });
      assert.deepEqual(
        (await versions.list(id)).map((v) => v.version),
        [3, 2, 1],
      );
    });
  });

for (const factory of storeFactories())
  describe(`the schema-version migration on ${factory.name}`, () => {
    it('stores what earlier versions fingerprinted, and only when the fingerprint proves it', async () => {
      const store = await factory.open();
      try {
        // Back to the schema before 004, as a deployment of the previous release had it.
        const migrator = await migratorFor(store.db, store.dialect);
        const down = await migrator.migrateTo('003_workspaces_and_review');
        assert.equal(down.error, undefined);
        const formId = await formRepository(store).create(reference('newsletter'), null);
        const typed = reference('newsletter', (d) => {
          d.title = ` ${d.title} `;
        });
        const parsed = parseDefinition(typed);
        assert.ok(parsed.ok);
        const insert = (version: number, definition: string, hash: string) =>
          sql`insert into form_versions (form_id, version, definition, definition_hash, notices, notice_hashes, form_hashes, published_at)
              values (${formId}, ${version}, ${definition}, ${hash}, '{}', '{}', '{}', '2026-05-01T00:00:00.000Z')`.execute(
            store.db,
          );
        await insert(1, JSON.stringify(typed), hashOf(parsed.data));
        await insert(2, JSON.stringify(typed), 'not-the-fingerprint');
        const up = await migrator.migrateToLatest();
        assert.equal(up.error, undefined);
        const rows = await store.db
          .selectFrom('form_versions')
          .select(['version', 'definition', 'definition_hash', 'schema_version'])
          .where('form_id', '=', formId)
          .orderBy('version')
          .execute();
        assert.equal(rows[0]?.definition, canonicalJson(parsed.data));
        assert.equal(rows[0].schema_version, 1);
        assert.equal(rows[1]?.definition, JSON.stringify(typed));
        const versions = versionRepository(store);
        assert.equal((await versions.get(formId, 1))?.definitionIntact, true);
        assert.equal((await versions.get(formId, 2))?.definitionIntact, false);
      } finally {
        await store.dispose();
      }
    });
  });
