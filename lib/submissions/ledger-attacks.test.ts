import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { formRepository } from '../forms/repository';
import { recordHash, GENESIS } from '../proof/ledger';
import { versionRepository } from '../publishing/versions';
import { reference } from '../testing/fixtures';
import { storeFactories, type StoreFactory } from '../testing/stores';
import { newSubmission } from '../testing/submissions';
import { submissionRepository } from './repository';
import { sealOf, useSeal } from './seal';

const CHAIN = 'ws-attack';
const RECORDS = 12;

type Opened = Awaited<ReturnType<StoreFactory['open']>>;

/** A ledger of RECORDS submissions, checked and checkpointed once (as the app does at least every minute). */
async function ledger(factory: StoreFactory) {
  const store = await factory.open();
  const formId = await formRepository(store).create(reference('newsletter'), null);
  await versionRepository(store).publish(formId, null);
  const version = await versionRepository(store).get(formId, 1);
  assert.ok(version);
  const repository = submissionRepository(store);
  const ids: string[] = [];
  for (let i = 0; i < RECORDS; i++) {
    const s = newSubmission(version, {
      data: { 'field.email': `p${i}@example.com`, 'consent.newsletter': i % 2 ? 'yes' : undefined },
      fields: { email: `p${i}@example.com` },
      chainId: CHAIN,
    });
    const saved = await repository.save(s);
    assert.equal(saved.record?.seq, i + 1);
    ids.push(s.id);
  }
  const first = await repository.verify();
  assert.ok(first.ok, first.ok ? '' : first.firstBad.reason);
  return { store, repository, ids, version };
}

type Row = {
  chain_seq: number;
  id: string;
  submission_id: string;
  hash: string;
  prev_hash: string;
  content: string;
  created_at: string;
  kind: string;
};

const recordAt = async (store: Opened, seq: number) =>
  (
    await sql<Row>`select chain_seq, id, submission_id, hash, prev_hash, content, created_at, kind from consent_records where chain_id = ${CHAIN} and chain_seq = ${seq}`.execute(
      store.db,
    )
  ).rows[0];

/** Rewrites the hashes of the chain from `from` on, as someone with the database but not the key would. */
async function rehashFrom(store: Opened, from: number) {
  let prev = from === 1 ? GENESIS : ((await recordAt(store, from - 1))?.hash ?? GENESIS);
  for (let seq = from; ; seq++) {
    const r = await recordAt(store, seq);
    if (!r) break;
    const hash = recordHash({
      chain_id: CHAIN,
      seq,
      prev_hash: prev,
      kind: r.kind,
      created_at: r.created_at,
      content: r.content,
    });
    await sql`update consent_records set prev_hash = ${prev}, hash = ${hash} where chain_id = ${CHAIN} and chain_seq = ${seq}`.execute(
      store.db,
    );
    await sql`update chain_heads set seq = ${seq}, hash = ${hash} where chain_id = ${CHAIN}`.execute(
      store.db,
    );
    prev = hash;
  }
}

/**
 * Appends a forged record after the last one, with a correct hash (a copy of the last record's content), as
 * someone with the database but not the key would; `moveHead` moves the chain's head to it too.
 */
async function forgeAppend(
  store: Opened,
  { submissionId, moveHead }: { submissionId: null | 'copied'; moveHead: boolean },
): Promise<number> {
  const last = await recordAt(store, RECORDS);
  assert.ok(last);
  const seq = RECORDS + 1;
  const hash = recordHash({
    chain_id: CHAIN,
    seq,
    prev_hash: last.hash,
    kind: 'submission',
    created_at: last.created_at,
    content: last.content,
  });
  const submission = submissionId === null ? sql`null` : sql.ref('submission_id');
  await sql`insert into consent_records (id, submission_id, form_id, created_at, content, prev_hash, hash, chain_id, chain_seq, kind)
    select 'forged', ${submission}, form_id, created_at, content, ${last.hash}, ${hash}, chain_id, ${seq}, kind from consent_records where chain_id = ${CHAIN} and chain_seq = ${RECORDS}`.execute(
    store.db,
  );
  if (moveHead)
    await sql`update chain_heads set seq = ${seq}, hash = ${hash} where chain_id = ${CHAIN}`.execute(
      store.db,
    );
  return seq;
}

type Attack = {
  name: string;
  /** Tampers with the ledger; returns the place verify must name (seq in the chain, or a submission id). */
  run: (
    l: Awaited<ReturnType<typeof ledger>>,
  ) => Promise<{ seq?: number; id?: string; reason: RegExp }>;
};

const ATTACKS: Attack[] = [
  {
    name: 'a byte flipped in a record',
    run: async ({ store }) => {
      await sql`update consent_records set content = replace(content, '"fr"', '"en"') where chain_id = ${CHAIN} and chain_seq = 5`.execute(
        store.db,
      );
      return { seq: 5, reason: /altered/ };
    },
  },
  {
    name: 'a record deleted in the middle',
    run: async ({ store }) => {
      await sql`delete from consent_records where chain_id = ${CHAIN} and chain_seq = 6`.execute(
        store.db,
      );
      return { seq: 7, reason: /gap/ };
    },
  },
  {
    name: 'two records swapped (reorder)',
    run: async ({ store }) => {
      await sql`update consent_records set chain_seq = -1 where chain_id = ${CHAIN} and chain_seq = 3`.execute(
        store.db,
      );
      await sql`update consent_records set chain_seq = 3 where chain_id = ${CHAIN} and chain_seq = 4`.execute(
        store.db,
      );
      await sql`update consent_records set chain_seq = 4 where chain_id = ${CHAIN} and chain_seq = -1`.execute(
        store.db,
      );
      return { seq: 3, reason: /altered|link/ };
    },
  },
  {
    name: 'the last records cut, the head moved back with them',
    run: async ({ store }) => {
      const r = await recordAt(store, 9);
      assert.ok(r);
      await sql`delete from consent_records where chain_id = ${CHAIN} and chain_seq > 9`.execute(
        store.db,
      );
      await sql`update chain_heads set seq = 9, hash = ${r.hash} where chain_id = ${CHAIN}`.execute(
        store.db,
      );
      return { seq: 10, reason: /cut from the end/ };
    },
  },
  {
    name: 'the last records cut, the head and its old signature restored from a backup',
    run: async ({ store, repository, version }) => {
      const old = (
        await sql<{
          seq: number;
          hash: string;
          signature: string;
        }>`select seq, hash, signature from chain_heads where chain_id = ${CHAIN}`.execute(store.db)
      ).rows[0];
      assert.ok(old);
      await repository.save(
        newSubmission(version, {
          data: { 'field.email': 'x@example.com' },
          fields: {},
          chainId: CHAIN,
        }),
      );
      await repository.verify(); // checkpoints #13
      await sql`delete from consent_records where chain_id = ${CHAIN} and chain_seq > ${old.seq}`.execute(
        store.db,
      );
      await sql`update chain_heads set seq = ${old.seq}, hash = ${old.hash}, signature = ${old.signature} where chain_id = ${CHAIN}`.execute(
        store.db,
      );
      return { seq: 13, reason: /checkpoint of .*cut from the end/ };
    },
  },
  {
    name: 'a record rewritten and every hash after it recomputed, its rows made to agree',
    run: async ({ store, ids }) => {
      const id = ids[2] ?? '';
      await sql`update consent_records set content = replace(content, '"ticked":false', '"ticked":true') where chain_id = ${CHAIN} and chain_seq = 3`.execute(
        store.db,
      );
      await sql`update submissions set consents = ${JSON.stringify({ newsletter: true })} where id = ${id}`.execute(
        store.db,
      );
      await sql`update submission_consents set given = 1 where submission_id = ${id}`.execute(
        store.db,
      );
      await rehashFrom(store, 3);
      return { seq: RECORDS, reason: /rewritten and re-hashed/ };
    },
  },
  {
    name: 'a forged record appended with a correct hash, the head moved to it',
    run: async ({ store }) => {
      const seq = await forgeAppend(store, { submissionId: null, moveHead: true });
      return { seq, reason: /id column|signed head|signing key/ };
    },
  },
  {
    name: 'a forged record appended with a correct hash, the head left alone',
    run: async ({ store }) => {
      const seq = await forgeAppend(store, { submissionId: 'copied', moveHead: false });
      return { seq, reason: /appended outside the app/ };
    },
  },
  ...(['id', 'submission_id', 'form_id', 'created_at'] as const).map((column): Attack => ({
    name: `the record's ${column} column changed`,
    run: async ({ store }) => {
      await sql`update consent_records set ${sql.ref(column)} = ${column === 'created_at' ? '2020-01-01T00:00:00.000Z' : 'other'} where chain_id = ${CHAIN} and chain_seq = 8`.execute(
        store.db,
      );
      return {
        seq: 8,
        reason: new RegExp(column === 'created_at' ? 'created_at|altered' : `${column} column`),
      };
    },
  })),
  {
    name: 'a refused consent flipped to given in the submissions table',
    run: async ({ store, ids }) => {
      await sql`update submissions set consents = ${JSON.stringify({ newsletter: true })} where id = ${ids[2] ?? ''}`.execute(
        store.db,
      );
      return { seq: 3, reason: /submission row says consent to "newsletter" was given/ };
    },
  },
  {
    name: 'a refused consent flipped to given in submission_consents (filters and counts)',
    run: async ({ store, ids }) => {
      await sql`update submission_consents set given = 1 where submission_id = ${ids[4] ?? ''}`.execute(
        store.db,
      );
      return { seq: 5, reason: /consent rows .* was given/ };
    },
  },
  {
    name: "a submission row's date changed",
    run: async ({ store, ids }) => {
      await sql`update submissions set created_at = '2020-01-01T00:00:00.000Z' where id = ${ids[6] ?? ''}`.execute(
        store.db,
      );
      return { seq: 7, reason: /dated/ };
    },
  },
  {
    name: 'a submission row deleted',
    run: async ({ store, ids }) => {
      await sql`delete from submission_consents where submission_id = ${ids[9] ?? ''}`.execute(
        store.db,
      );
      await sql`delete from submissions where id = ${ids[9] ?? ''}`.execute(store.db);
      return { seq: 10, reason: /submission row was deleted/ };
    },
  },
  {
    name: 'a whole chain and its head deleted, its submissions kept',
    run: async ({ store }) => {
      await sql`delete from consent_records where chain_id = ${CHAIN}`.execute(store.db);
      await sql`delete from chain_heads where chain_id = ${CHAIN}`.execute(store.db);
      return { seq: 1, reason: /cut from the end/ };
    },
  },
];

for (const factory of storeFactories())
  describe(`ledger attacks on ${factory.name}`, () => {
    for (const attack of ATTACKS)
      it(`detects ${attack.name}, naming the record`, async () => {
        const l = await ledger(factory);
        try {
          const expected = await attack.run(l);
          const check = await l.repository.verify();
          assert.ok(!check.ok, 'the tampering went unnoticed');
          assert.match(check.firstBad.reason, expected.reason);
          if (expected.seq !== undefined) {
            assert.equal(check.firstBad.chainId, CHAIN);
            assert.equal(check.firstBad.seq, expected.seq);
          }
          if (expected.id !== undefined) assert.equal(check.firstBad.id, expected.id);
        } finally {
          await l.store.dispose();
        }
      });

    it('never extends a head moved outside the app: a genuine submission after a forged append is refused', async () => {
      const l = await ledger(factory);
      try {
        const forged = ATTACKS.find((a) => a.name.endsWith('the head moved to it'));
        assert.ok(forged);
        await forged.run(l);
        const genuine = newSubmission(l.version, {
          data: { 'field.email': 'late@example.com' },
          fields: {},
          chainId: CHAIN,
        });
        await assert.rejects(l.repository.save(genuine), /is not the one the app signed/);
        const check = await l.repository.verify();
        assert.ok(!check.ok, 'the forged record was laundered by the next append');
        assert.equal(check.firstBad.seq, RECORDS + 1);
      } finally {
        await l.store.dispose();
      }
    });

    it("detects a head whose signature was removed and the ledger's id changed, and never signs it", async () => {
      const l = await ledger(factory);
      try {
        const r = await recordAt(l.store, 9);
        assert.ok(r);
        await sql`delete from consent_records where chain_id = ${CHAIN} and chain_seq > 9`.execute(
          l.store.db,
        );
        await sql`update chain_heads set seq = 9, hash = ${r.hash}, signature = null where chain_id = ${CHAIN}`.execute(
          l.store.db,
        );
        await sql`update settings set value = 'another-ledger' where key = 'ledger_id'`.execute(
          l.store.db,
        );
        // As after a restart: the app reads the (changed) ledger id again.
        useSeal(l.store, { ...(await sealOf(l.store)), ledger: 'another-ledger' });
        const check = await l.repository.verify();
        assert.ok(!check.ok, 'the cut chain was adopted as written before signing');
        assert.match(check.firstBad.reason, /not signed although the chain was checkpointed/);
        const genuine = newSubmission(l.version, { data: {}, fields: {}, chainId: CHAIN });
        await assert.rejects(l.repository.save(genuine), /is not the one the app signed/);
      } finally {
        await l.store.dispose();
      }
    });

    it('reports the checkpoint it checked against, and the untouched ledger holds', async () => {
      const l = await ledger(factory);
      try {
        const check = await l.repository.verify();
        assert.ok(check.ok);
        const cp = check.seal?.checkpoints.find((c) => c.chainId === CHAIN)?.checkpoint;
        assert.equal(cp?.seq, RECORDS);
        assert.ok((check.seal?.checked ?? 0) >= 1);
      } finally {
        await l.store.dispose();
      }
    });
  });
