import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Store } from '../db/connect';
import { reviewShares } from '../review/shares';
import { reference } from '../testing/fixtures';
import { storeFactories } from '../testing/stores';
import { workspaceData } from './workspace';

const marketer = { id: 'user-m', label: 'Mia <mia@example.com>' };
const legal = { id: 'user-l', label: 'Léa <lea@example.com>' };

async function seed(store: Store) {
  await store.db
    .insertInto('workspaces')
    .values({ id: 'ws', name: 'W', created_at: new Date().toISOString() })
    .execute();
  await sql`create table "user" (id text primary key, name text not null, email text not null)`.execute(
    store.db,
  );
  const asMarketer = workspaceData(store, 'ws', marketer);
  const formId = await asMarketer.forms.create(reference('newsletter'), marketer.id);
  const form = await asMarketer.form(formId);
  assert.ok(form);
  const draft = await form.get();
  assert.ok(draft);
  const reviewId = await form.reviews.submit(draft.definition);
  return { formId, reviewId, asMarketer, form };
}

for (const factory of storeFactories())
  describe(`the review loop on ${factory.name}`, () => {
    it('refuses self-approval unless the workspace allows it, then says so in the version', async () => {
      const store = await factory.open();
      try {
        const { formId, reviewId, asMarketer, form } = await seed(store);
        assert.equal(await form.reviews.decide(reviewId, 'approved'), 'self-approval');
        assert.equal((await form.reviews.latest())?.status, 'pending');
        await asMarketer.settings.setAllowSelfApproval(true);
        assert.equal(await form.reviews.decide(reviewId, 'approved'), 'decided');
        const review = await form.reviews.latest();
        assert.equal(review?.selfApproved, true);
        const published = await form.versions.publish(marketer.id, { requireApproval: true });
        assert.deepEqual(published, { ok: true, version: 1 });
        assert.equal((await form.versions.latest())?.approval?.selfApproved, true);
        const actions = (await asMarketer.audit.page({ limit: 10 })).entries.map((e) => e.action);
        assert.deepEqual(actions, [
          'published',
          'self-approved',
          'changed a setting',
          'submitted for review',
          'created',
        ]);
        assert.equal((await asMarketer.form(formId))?.id, formId);
      } finally {
        await store.dispose();
      }
    });

    it('lets another member approve, without the self-approved mark', async () => {
      const store = await factory.open();
      try {
        const { formId, reviewId, form } = await seed(store);
        const asLegal = await workspaceData(store, 'ws', legal).form(formId);
        assert.ok(asLegal);
        assert.equal(await asLegal.reviews.decide(reviewId, 'approved'), 'decided');
        assert.equal((await form.reviews.latest())?.selfApproved, false);
        await form.versions.publish(marketer.id, { requireApproval: true });
        assert.equal((await form.versions.latest())?.approval?.selfApproved, undefined);
      } finally {
        await store.dispose();
      }
    });

    it('threads replies under the comment they answer, with its anchor', async () => {
      const store = await factory.open();
      try {
        const { formId, reviewId, form } = await seed(store);
        const asLegal = await workspaceData(store, 'ws', legal).form(formId);
        assert.ok(asLegal);
        const anchor = 'text:purpose:newsletter:label:fr';
        assert.equal(await asLegal.reviews.comment(reviewId, { anchor, body: 'Too vague.' }), true);
        const [root] = (await form.reviews.latest())?.comments ?? [];
        assert.ok(root);
        assert.equal(
          await form.reviews.comment(reviewId, {
            anchor: 'general',
            body: 'Fixed.',
            parentId: root.id,
          }),
          true,
        );
        // A reply to a reply joins the thread; a reply to an unknown comment is refused.
        const [, reply] = (await form.reviews.latest())?.comments ?? [];
        assert.ok(reply);
        await asLegal.reviews.comment(reviewId, {
          anchor: 'general',
          body: 'OK',
          parentId: reply.id,
        });
        assert.equal(
          await form.reviews.comment(reviewId, { anchor: 'general', body: 'x', parentId: 99999 }),
          false,
        );
        const comments = (await form.reviews.latest())?.comments ?? [];
        assert.deepEqual(
          comments.map((c) => [c.body, c.anchor, c.parentId]),
          [
            ['Too vague.', anchor, null],
            ['Fixed.', anchor, root.id],
            ['OK', anchor, root.id],
          ],
        );
      } finally {
        await store.dispose();
      }
    });

    it('pages the audit log by keyset with the true total, one workspace only', async () => {
      const store = await factory.open();
      try {
        const { asMarketer, form } = await seed(store);
        for (let i = 0; i < 5; i++)
          await asMarketer.tokens.create(`t${String(i)}`, ['forms:read'], null);
        // Successive edits by one member are one entry.
        const draft = await form.get();
        assert.ok(draft);
        await form.saveDraft({ ...draft.definition, title: 'A' }, marketer.id);
        await form.saveDraft({ ...draft.definition, title: 'B' }, marketer.id);
        await store.db
          .insertInto('workspaces')
          .values({ id: 'other', name: 'O', created_at: new Date().toISOString() })
          .execute();
        await workspaceData(store, 'other', legal).forms.create(reference('newsletter'), null);
        const first = await asMarketer.audit.page({ limit: 3 });
        assert.equal(first.total, 8);
        assert.deepEqual(
          first.entries.map((e) => e.action),
          ['edited', 'created a token', 'created a token'],
        );
        assert.ok(first.next);
        const rest = await asMarketer.audit.page({ before: first.next, limit: 10 });
        assert.equal(rest.entries.length, 5);
        assert.equal(rest.next, undefined);
        assert.equal(rest.entries.at(-1)?.action, 'created');
        assert.equal(rest.entries.at(-1)?.actor, marketer.label);
        // One form's history pages the same way, with its own true total (no token entries in it).
        const history: string[] = [];
        let total = 0;
        let before: number | undefined;
        do {
          const page = await form.reviews.log({ before, limit: 1 });
          total = page.total;
          history.push(...page.entries.map((e) => e.action));
          before = page.next;
        } while (before !== undefined);
        assert.equal(history.length, total);
        assert.equal(history[0], 'edited');
        assert.equal(history.at(-1), 'created');
        assert.ok(!history.includes('created a token'));
      } finally {
        await store.dispose();
      }
    });

    it('opens a share link until it is revoked, and only with the exact token', async () => {
      const store = await factory.open();
      try {
        const { formId, form } = await seed(store);
        const token = await form.reviews.shares.create();
        const shares = reviewShares(store);
        assert.equal(await shares.resolve(token), formId);
        const other = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
        assert.equal(await shares.resolve(other), undefined);
        assert.equal(await shares.resolve('short'), undefined);
        const [live] = await form.reviews.shares.list();
        assert.ok(live);
        assert.equal(live.createdBy, marketer.label);
        assert.equal(await form.reviews.shares.revoke(live.id), true);
        assert.equal(await shares.resolve(token), undefined);
        assert.equal(await form.reviews.shares.revoke(live.id), false);
      } finally {
        await store.dispose();
      }
    });
  });
