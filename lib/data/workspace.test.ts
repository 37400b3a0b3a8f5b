import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Store } from '../db/connect';
import { tokenRepository } from '../auth/tokens';
import { reviewRepository } from '../review/repository';
import { submissionRepository } from '../submissions/repository';
import { chainOf } from '../submissions/ledger-check';
import { reference } from '../testing/fixtures';
import { storeFactories } from '../testing/stores';
import { newSubmission } from '../testing/submissions';
import { workspaceData } from './workspace';

/** A workspace with one member, one published form with a submission, a review with a comment and a token. */
async function seedWorkspace(store: Store, name: string) {
  const workspaceId = `ws-${name}`;
  const userId = `user-${name}`;
  const at = new Date().toISOString();
  await store.db
    .insertInto('workspaces')
    .values({ id: workspaceId, name, created_at: at })
    .execute();
  await sql`insert into "user" (id, name, email) values (${userId}, ${name}, ${`${name}@example.com`})`.execute(
    store.db,
  );
  await store.db
    .insertInto('memberships')
    .values({ workspace_id: workspaceId, user_id: userId, role: 'admin', created_at: at })
    .execute();
  const data = workspaceData(store, workspaceId);
  const formId = await data.forms.create(reference('newsletter'), userId);
  const form = await data.form(formId);
  assert.ok(form, 'the workspace reaches its own form');
  const published = await form.versions.publish(userId, { requireApproval: false });
  assert.deepEqual(published, { ok: true, version: 1 });
  const version = await form.versions.latest();
  assert.ok(version);
  const submission = newSubmission(version, {
    data: { 'field.email': 'lead@example.com', 'consent.newsletter': 'yes' },
    fields: { email: 'lead@example.com' },
    chainId: chainOf(workspaceId),
  });
  await submissionRepository(store).save(submission);
  const draft = await form.get();
  assert.ok(draft);
  const reviewId = await form.reviews.submit(draft.definition);
  assert.equal(
    await form.reviews.comment(reviewId, { anchor: 'general', body: 'First look.' }),
    true,
  );
  const token = await data.tokens.create('CRM', ['forms:read'], userId);
  const [tokenRow] = await data.tokens.list();
  assert.ok(tokenRow);
  return {
    workspaceId,
    userId,
    formId,
    reviewId,
    submissionId: submission.id,
    token,
    tokenId: tokenRow.id,
  };
}

for (const factory of storeFactories())
  describe(`one workspace's data layer on ${factory.name}`, () => {
    it("returns nothing of another workspace's ids, and everything of its own", async () => {
      const store = await factory.open();
      try {
        // better-auth owns the users table; the member queries only need its id, name and email.
        await sql`create table "user" (id text primary key, name text not null, email text not null)`.execute(
          store.db,
        );
        const a = await seedWorkspace(store, 'a');
        const b = await seedWorkspace(store, 'b');
        const dataA = workspaceData(store, a.workspaceId);
        const dataB = workspaceData(store, b.workspaceId);

        // Forms: B lists only its own and cannot open A's, by id or by a malformed one.
        assert.deepEqual(
          (await dataB.forms.list()).map((f) => f.id),
          [b.formId],
        );
        assert.equal(await dataB.form(a.formId), undefined);
        assert.equal(await dataB.form(`${a.formId}' or '1'='1`), undefined);
        assert.equal(await dataB.form(''), undefined);

        // Reviews, comments and submissions of A named through B's own form are unknown, and untouched.
        const formB = await dataB.form(b.formId);
        assert.ok(formB);
        assert.equal(await formB.reviews.decide(a.reviewId, 'approved'), 'unknown');
        assert.equal(
          await formB.reviews.comment(a.reviewId, { anchor: 'general', body: 'Hijack' }),
          false,
        );
        assert.equal(await formB.submissions.get(a.submissionId), undefined);
        const reviewA = await reviewRepository(store).latest(a.formId);
        assert.equal(reviewA?.status, 'pending');
        assert.deepEqual(
          reviewA.comments.map((c) => c.body),
          ['First look.'],
        );
        const pageB = await formB.submissions.page({}, true);
        assert.deepEqual(
          pageB.page.items.map((s) => s.id),
          [b.submissionId],
        );

        // Tokens and members: B sees and changes only its own.
        assert.deepEqual(
          (await dataB.tokens.list()).map((t) => t.id),
          [b.tokenId],
        );
        assert.equal(await dataB.tokens.revoke(a.tokenId), false);
        assert.equal((await tokenRepository(store).resolve(a.token))?.workspaceId, a.workspaceId);
        assert.deepEqual(
          (await dataB.members.list()).map((m) => m.userId),
          [b.userId],
        );
        assert.equal(await dataB.members.setRole(a.userId, 'viewer'), false);
        assert.equal(await dataB.members.remove(a.userId), false);
        assert.deepEqual(
          (await dataA.members.list()).map((m) => [m.userId, m.role]),
          [[a.userId, 'admin']],
        );

        // The same calls from A succeed: the refusals above come from the scope, not from bad ids.
        const formA = await dataA.form(a.formId);
        assert.ok(formA);
        assert.equal((await formA.submissions.get(a.submissionId))?.id, a.submissionId);
        assert.equal(await formA.reviews.decide(a.reviewId, 'approved'), 'decided');
        assert.equal(await formA.reviews.decide(a.reviewId, 'approved'), 'not pending');
        assert.equal(await dataA.tokens.revoke(a.tokenId), true);
        assert.equal(await tokenRepository(store).resolve(a.token), undefined);
      } finally {
        await store.dispose();
      }
    });

    it("reads a form's workspace without parsing its definition", async () => {
      const store = await factory.open();
      try {
        await store.db
          .insertInto('workspaces')
          .values({ id: 'ws', name: 'W', created_at: '2026-01-01' })
          .execute();
        const data = workspaceData(store, 'ws');
        const id = await data.forms.create(reference('newsletter'), null);
        // A definition no schema reads: opening the form's scope must not need it.
        await store.db
          .updateTable('forms')
          .set({ definition: '{"broken":true}' })
          .where('id', '=', id)
          .execute();
        const form = await data.form(id);
        assert.ok(form);
        await assert.rejects(form.get(), /no longer matches the schema/);
        assert.equal(await workspaceData(store, 'other').form(id), undefined);
      } finally {
        await store.dispose();
      }
    });
  });
