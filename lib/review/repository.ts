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
};
export type Review = {
  id: string;
  formId: string;
  definition: FormDefinition;
  definitionHash: string;
  noticeHashes: Partial<Record<Lang, string>>;
  status: ReviewStatus;
  submittedBy: string | null;
  submittedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  comments: ReviewComment[];
};
export type AuditEntry = { at: string; actor: string | null; action: string; detail: string };

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

/** Legal review: snapshots submitted for review, decisions, anchored comments and the audit log. */
export function reviewRepository({ db }: Store) {
  const audit = (formId: string, actor: string | null, action: string, detail: string) =>
    db
      .insertInto('audit_log')
      .values({
        form_id: formId,
        workspace_id: null,
        at: new Date().toISOString(),
        actor,
        action,
        detail,
      })
      .execute();

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
      submittedAt: row.submitted_at,
      decidedBy: row.decided_by,
      decidedAt: row.decided_at,
      comments: comments.map((c) => ({
        id: c.id,
        anchor: c.anchor,
        body: c.body,
        author: c.author,
        createdAt: c.created_at,
      })),
    };
  }

  return {
    async submit(
      formId: string,
      definition: FormDefinition,
      actor: string | null,
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
            submitted_by: actor,
            submitted_at: at,
          })
          .execute();
        await tx
          .updateTable('forms')
          .set({ review_status: 'in_review' })
          .where('id', '=', formId)
          .execute();
      });
      await audit(formId, actor, 'submitted for review', definitionHash);
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
     * form, never to the review id alone. Returns 'unknown', 'not pending' or 'decided'.
     */
    async decide(
      formId: string,
      reviewId: string,
      decision: Exclude<ReviewStatus, 'pending'>,
      actor: string | null,
    ): Promise<'unknown' | 'not pending' | 'decided'> {
      const row = await db
        .selectFrom('reviews')
        .select(['status', 'definition_hash'])
        .where('id', '=', reviewId)
        .where('form_id', '=', formId)
        .executeTakeFirst();
      if (!row) return 'unknown';
      if (row.status !== 'pending') return 'not pending';
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable('reviews')
          .set({ status: decision, decided_by: actor, decided_at: new Date().toISOString() })
          .where('id', '=', reviewId)
          .where('form_id', '=', formId)
          .execute();
        await tx
          .updateTable('forms')
          .set({ review_status: decision })
          .where('id', '=', formId)
          .execute();
      });
      await audit(
        formId,
        actor,
        decision === 'approved' ? 'approved' : 'requested changes',
        row.definition_hash,
      );
      return 'decided';
    },

    /** Comments on a review of `formId`; false when `formId` has no such review. */
    async comment(
      formId: string,
      reviewId: string,
      anchor: string,
      body: string,
      actor: string | null,
    ): Promise<boolean> {
      const row = await db
        .selectFrom('reviews')
        .select('id')
        .where('id', '=', reviewId)
        .where('form_id', '=', formId)
        .executeTakeFirst();
      if (!row) return false;
      await db
        .insertInto('review_comments')
        .values({
          review_id: reviewId,
          anchor,
          body,
          author: actor,
          created_at: new Date().toISOString(),
        })
        .execute();
      await audit(formId, actor, 'commented', `${anchor}: ${body.slice(0, 200)}`);
      return true;
    },

    async log(formId: string): Promise<AuditEntry[]> {
      const rows = await db
        .selectFrom('audit_log')
        .select(['at', 'actor', 'action', 'detail'])
        .where('form_id', '=', formId)
        .orderBy('id', 'desc')
        .execute();
      return rows;
    },

    record: audit,
  };
}

export type ReviewRepository = ReturnType<typeof reviewRepository>;
