import { randomUUID } from 'node:crypto';
import {
  DEFINITION_SCHEMA_VERSION,
  readFrozenDefinition,
  type FormDefinition,
  type Lang,
} from '../form';
import type { Selectable } from 'kysely';
import type { Store } from '../db/connect';
import type { ReviewsTable } from '../db/schema';
import { buildNotice, renderText } from '../notice';
import { canonicalJson, hashOf, sha256 } from '../proof/canonical';

export type ReviewStatus = 'pending' | 'approved' | 'changes_requested';
export type ReviewComment = {
  id: number;
  anchor: string;
  body: string;
  author: string | null;
  createdAt: string;
  /** The comment this one answers; replies are listed under it. */
  parentId: number | null;
};
export type Review = {
  id: string;
  formId: string;
  definition: FormDefinition;
  definitionHash: string;
  noticeHashes: Partial<Record<Lang, string>>;
  status: ReviewStatus;
  submittedBy: string | null;
  /** The submitting member's user id (null for reviews submitted before it was kept). */
  submitterId: string | null;
  submittedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  selfApproved: boolean;
  comments: ReviewComment[];
};
export type Decision = Exclude<ReviewStatus, 'pending'>;
export type DecideOutcome = 'unknown' | 'not pending' | 'self-approval' | 'decided';

/** The notice texts a reviewer reads, per language, and their fingerprints. */
export function reviewedNotices(def: FormDefinition) {
  const texts: Partial<Record<Lang, string>> = {};
  const hashes: Partial<Record<Lang, string>> = {};
  for (const lang of def.languages) {
    texts[lang] = renderText(buildNotice(def, { lang, layer: 'full' }));
    hashes[lang] = sha256(texts[lang] ?? '');
  }
  return { texts, hashes };
}

const isStatus = (s: string): s is ReviewStatus =>
  s === 'pending' || s === 'approved' || s === 'changes_requested';

/** Legal review: snapshots submitted for review, decisions and anchored, threaded comments. */
export function reviewRepository({ db }: Store) {
  async function load(row: Selectable<ReviewsTable>): Promise<Review> {
    const parsed = readFrozenDefinition(JSON.parse(row.definition), row.schema_version);
    if (!parsed.ok) throw new Error(`Review ${row.id} cannot be read. ${parsed.message}`);
    const comments = await db
      .selectFrom('review_comments')
      .selectAll()
      .where('review_id', '=', row.id)
      .orderBy('id')
      .execute();
    return {
      id: row.id,
      formId: row.form_id,
      definition: parsed.definition,
      definitionHash: row.definition_hash,
      noticeHashes: JSON.parse(row.notice_hashes) as Review['noticeHashes'],
      status: isStatus(row.status) ? row.status : 'pending',
      submittedBy: row.submitted_by,
      submitterId: row.submitter_id,
      submittedAt: row.submitted_at,
      decidedBy: row.decided_by,
      decidedAt: row.decided_at,
      selfApproved: row.self_approved === 1,
      comments: comments.map((c) => ({
        id: c.id,
        anchor: c.anchor,
        body: c.body,
        author: c.author,
        createdAt: c.created_at,
        parentId: c.parent_id,
      })),
    };
  }

  return {
    async submit(
      formId: string,
      definition: FormDefinition,
      actor: { label: string | null; id: string | null },
    ): Promise<string> {
      const id = randomUUID();
      const at = new Date().toISOString();
      const definitionHash = hashOf(definition);
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable('reviews')
          .set({ status: 'changes_requested', decided_at: at, decided_by: null })
          .where('form_id', '=', formId)
          .where('status', '=', 'pending')
          .execute();
        await tx
          .insertInto('reviews')
          .values({
            id,
            form_id: formId,
            definition: canonicalJson(definition),
            definition_hash: definitionHash,
            schema_version: DEFINITION_SCHEMA_VERSION,
            notice_hashes: JSON.stringify(reviewedNotices(definition).hashes),
            status: 'pending',
            submitted_by: actor.label,
            submitter_id: actor.id,
            submitted_at: at,
          })
          .execute();
        await tx
          .updateTable('forms')
          .set({ review_status: 'in_review' })
          .where('id', '=', formId)
          .execute();
      });
      return id;
    },

    async latest(formId: string): Promise<Review | undefined> {
      const row = await db
        .selectFrom('reviews')
        .selectAll()
        .where('form_id', '=', formId)
        .orderBy('submitted_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? load(row) : undefined;
    },

    /** The review submitted before the latest one: its comments are what the latest resubmission answers. */
    async previous(formId: string): Promise<Review | undefined> {
      const row = await db
        .selectFrom('reviews')
        .selectAll()
        .where('form_id', '=', formId)
        .orderBy('submitted_at', 'desc')
        .offset(1)
        .limit(1)
        .executeTakeFirst();
      return row ? load(row) : undefined;
    },

    async lastApproved(formId: string): Promise<Review | undefined> {
      const row = await db
        .selectFrom('reviews')
        .selectAll()
        .where('form_id', '=', formId)
        .where('status', '=', 'approved')
        .orderBy('decided_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? load(row) : undefined;
    },

    /**
     * Decides a pending review of `formId`. A review of another form is unknown: the lookup is bound to the
     * form, never to the review id alone. The member who submitted it may approve it only when
     * `allowSelfApproval`; such an approval is marked self-approved.
     */
    async decide(
      formId: string,
      reviewId: string,
      decision: Decision,
      actor: { label: string | null; id: string | null },
      allowSelfApproval: boolean,
    ): Promise<DecideOutcome> {
      const row = await db
        .selectFrom('reviews')
        .select(['status', 'submitter_id'])
        .where('id', '=', reviewId)
        .where('form_id', '=', formId)
        .executeTakeFirst();
      if (!row) return 'unknown';
      if (row.status !== 'pending') return 'not pending';
      const self =
        decision === 'approved' && row.submitter_id !== null && row.submitter_id === actor.id;
      if (self && !allowSelfApproval) return 'self-approval';
      return db.transaction().execute(async (tx) => {
        const updated = await tx
          .updateTable('reviews')
          .set({
            status: decision,
            decided_by: actor.label,
            decided_at: new Date().toISOString(),
            self_approved: self ? 1 : 0,
          })
          .where('id', '=', reviewId)
          .where('form_id', '=', formId)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return 'not pending';
        await tx
          .updateTable('forms')
          .set({ review_status: decision })
          .where('id', '=', formId)
          .execute();
        return 'decided';
      });
    },

    /**
     * Comments on a review of `formId`, or replies to one of its comments (`parentId`, a reply to a reply
     * joins the same thread); false when `formId` has no such review or the review no such comment.
     */
    async comment(
      formId: string,
      reviewId: string,
      input: { anchor: string; body: string; parentId?: number },
      actor: string | null,
    ): Promise<boolean> {
      const review = await db
        .selectFrom('reviews')
        .select('id')
        .where('id', '=', reviewId)
        .where('form_id', '=', formId)
        .executeTakeFirst();
      if (!review) return false;
      let parentId: number | null = null;
      let anchor = input.anchor;
      if (input.parentId !== undefined) {
        const parent = await db
          .selectFrom('review_comments')
          .select(['id', 'parent_id', 'anchor'])
          .where('id', '=', input.parentId)
          .where('review_id', '=', reviewId)
          .executeTakeFirst();
        if (!parent) return false;
        parentId = parent.parent_id ?? parent.id;
        anchor = parent.anchor;
      }
      await db
        .insertInto('review_comments')
        .values({
          review_id: reviewId,
          anchor,
          body: input.body,
          author: actor,
          created_at: new Date().toISOString(),
          parent_id: parentId,
        })
        .execute();
      return true;
    },

    /** Whether the workspace lets the member who submitted a draft approve it (off by default). */
    async allowsSelfApproval(workspaceId: string): Promise<boolean> {
      const row = await db
        .selectFrom('workspaces')
        .select('allow_self_approval')
        .where('id', '=', workspaceId)
        .executeTakeFirst();
      return row?.allow_self_approval === 1;
    },

    async setSelfApproval(workspaceId: string, allowed: boolean): Promise<void> {
      await db
        .updateTable('workspaces')
        .set({ allow_self_approval: allowed ? 1 : 0 })
        .where('id', '=', workspaceId)
        .execute();
    },
  };
}

export type ReviewRepository = ReturnType<typeof reviewRepository>;
