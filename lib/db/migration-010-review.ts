import type { Kysely, Migration } from 'kysely';

type AnyDb = Kysely<unknown>;

/**
 * The review loop: who submitted a review (by user id, for the no-self-approval rule) and whether its
 * approval was a self-approval; threaded comments; revocable share links; the workspace audit log's index;
 * the workspace setting that allows self-approval (off by default).
 */
export const reviewLoop: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('reviews').addColumn('submitter_id', 'text').execute();
    await db.schema
      .alterTable('reviews')
      .addColumn('self_approved', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('review_comments').addColumn('parent_id', 'integer').execute();
    await db.schema
      .alterTable('workspaces')
      .addColumn('allow_self_approval', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('review_shares')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('form_id', 'text', (c) => c.notNull().references('forms.id').onDelete('cascade'))
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createIndex('review_shares_form')
      .on('review_shares')
      .column('form_id')
      .execute();
    await db.schema
      .createIndex('audit_log_workspace')
      .on('audit_log')
      .columns(['workspace_id', 'id'])
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex('audit_log_workspace').execute();
    await db.schema.dropTable('review_shares').execute();
    await db.schema.alterTable('workspaces').dropColumn('allow_self_approval').execute();
    await db.schema.alterTable('review_comments').dropColumn('parent_id').execute();
    await db.schema.alterTable('reviews').dropColumn('self_approved').execute();
    await db.schema.alterTable('reviews').dropColumn('submitter_id').execute();
  },
};
