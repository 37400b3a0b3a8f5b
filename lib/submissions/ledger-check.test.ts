import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { migratorFor } from '../db/connect';
import { formRepository } from '../forms/repository';
import { canonicalJson } from '../proof/canonical';
import { GENESIS, legacyHash } from '../proof/ledger';
import { versionRepository } from '../publishing/versions';
import { reference } from '../testing/fixtures';
import { storeFactories } from '../testing/stores';
import { newSubmission } from '../testing/submissions';
import type { PublishedVersion } from '../publishing/versions';
import { submissionRepository, type NewSubmission } from './repository';

async function newsletterVersion(store: Parameters<typeof formRepository>[0]) {
  const formId = await formRepository(store).create(reference('newsletter'), null);
  await versionRepository(store).publish(formId, null);
  const version = await versionRepository(store).get(formId, 1);
  assert.ok(version);
  return version;
}

const submissionOn = (version: PublishedVersion, chainId: string): NewSubmission =>
  newSubmission(version, {
    data: { 'field.email': 'a@example.com', 'consent.newsletter': 'yes' },
    fields: { email: 'a@example.com' },
    chainId,
  });

for (const factory of storeFactories())
  describe(`ledger chains on ${factory.name}`, () => {
    it('verifies a ledger written before chains were partitioned, then appends to a workspace chain', async () => {
      const store = await factory.open();
      try {
        const migrator = await migratorFor(store.db, store.dialect);
        assert.equal((await migrator.migrateTo('004_definition_schema_version')).error, undefined);
        const version = await newsletterVersion(store);
        // Two records as the previous release wrote them: one global chain, hash of link and content.
        let prev = GENESIS;
        for (let i = 0; i < 2; i++) {
          const s = submissionOn(version, 'unused');
          await sql`insert into submissions (id, form_id, version, created_at, lang, fields, provenance, consents)
            values (${s.id}, ${s.formId}, 1, ${s.createdAt}, 'fr', '{}', ${JSON.stringify(s.provenance)}, ${JSON.stringify(s.consents)})`.execute(
            store.db,
          );
          const content = canonicalJson(s.record);
          const hash = legacyHash(prev, content);
          await sql`insert into consent_records (id, submission_id, form_id, created_at, content, prev_hash, hash)
            values (${s.record.recordId}, ${s.id}, ${s.formId}, ${s.createdAt}, ${content}, ${prev}, ${hash})`.execute(
            store.db,
          );
          prev = hash;
        }
        assert.equal((await migrator.migrateToLatest()).error, undefined);
        const repository = submissionRepository(store);
        const migrated = await repository.verify();
        assert.ok(migrated.ok, migrated.ok ? '' : migrated.firstBad.reason);
        assert.deepEqual(migrated.chains, [{ chainId: 'legacy', seq: 2, hash: prev }]);

        await repository.save(submissionOn(version, 'ws-a'));
        const after = await repository.verify();
        assert.ok(after.ok);
        assert.deepEqual(
          after.chains.map((c) => [c.chainId, c.seq]),
          [
            ['legacy', 2],
            ['ws-a', 1],
          ],
        );
        // The in-app check of a workspace covers its chain and the legacy one.
        const scoped = await repository.verify({ workspace: { id: 'ws-a' } });
        assert.ok(scoped.ok);
        assert.equal(scoped.count, 3);
      } finally {
        await store.dispose();
      }
    });

    it('keeps each chain strictly ordered under concurrent appends to several chains', async () => {
      const store = await factory.open();
      try {
        const version = await newsletterVersion(store);
        const repository = submissionRepository(store);
        await Promise.all(
          Array.from({ length: 60 }, (_, i) =>
            repository.save(submissionOn(version, i % 3 === 0 ? 'ws-b' : 'ws-c')),
          ),
        );
        const check = await repository.verify();
        assert.ok(check.ok, check.ok ? '' : check.firstBad.reason);
        assert.deepEqual(
          check.chains.map((c) => [c.chainId, c.seq]),
          [
            ['ws-b', 20],
            ['ws-c', 40],
          ],
        );
      } finally {
        await store.dispose();
      }
    });

    it('shares commits between concurrent submissions; a raced retry fails alone and gets the first receipt', async () => {
      const store = await factory.open();
      try {
        const version = await newsletterVersion(store);
        const repository = submissionRepository(store);
        const key = 'retry-key-0001';
        const retry = () => ({ ...submissionOn(version, 'ws-d'), idempotencyKey: key });
        const first = retry();
        const results = await Promise.all([
          ...Array.from({ length: 30 }, () => repository.save(submissionOn(version, 'ws-d'))),
          repository.save(first),
          repository.save(retry()),
          repository.save(retry()),
        ]);
        const replays = results.filter((r) => r.replayed);
        assert.equal(replays.length, 2);
        for (const r of replays) assert.equal(r.receipt, first.id);
        const check = await repository.verify();
        assert.ok(check.ok, check.ok ? '' : check.firstBad.reason);
        assert.deepEqual(
          check.chains.map((c) => [c.chainId, c.seq]),
          [['ws-d', 31]],
        );
      } finally {
        await store.dispose();
      }
    });
  });
