import type { Kysely, Migration } from 'kysely';

// Portable DDL only (text, integer, serial via autoIncrement/identity): every migration runs on SQLite and PostgreSQL.
type AnyDb = Kysely<unknown>;

const idColumn = (dialect: 'sqlite' | 'postgres') => (dialect === 'postgres' ? 'serial' : 'integer');

export function migrations(dialect: 'sqlite' | 'postgres'): Record<string, Migration> {
  return {
    '001_forms': {
      async up(db: AnyDb) {
        await db.schema
          .createTable('forms')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
          .addColumn('definition', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text')
          .execute();
        await db.schema
          .createTable('form_edits')
          .addColumn('id', idColumn(dialect), (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
          .addColumn('form_id', 'text', (c) => c.notNull().references('forms.id').onDelete('cascade'))
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text')
          .addColumn('changes', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('form_edits_form').on('form_edits').columns(['form_id', 'at']).execute();
      },
      async down(db: AnyDb) {
        await db.schema.dropTable('form_edits').execute();
        await db.schema.dropTable('forms').execute();
      },
    },
    '002_publishing_and_proof': {
      async up(db: AnyDb) {
        await db.schema.alterTable('forms').addColumn('allowed_origins', 'text', (c) => c.notNull().defaultTo('[]')).execute();
        await db.schema.alterTable('forms').addColumn('record_network', 'integer', (c) => c.notNull().defaultTo(0)).execute();
        await db.schema.alterTable('forms').addColumn('published_version', 'integer').execute();
        await db.schema
          .createTable('form_versions')
          .addColumn('form_id', 'text', (c) => c.notNull().references('forms.id').onDelete('cascade'))
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('definition', 'text', (c) => c.notNull())
          .addColumn('definition_hash', 'text', (c) => c.notNull())
          .addColumn('notices', 'text', (c) => c.notNull())
          .addColumn('notice_hashes', 'text', (c) => c.notNull())
          .addColumn('form_hashes', 'text', (c) => c.notNull())
          .addColumn('published_at', 'text', (c) => c.notNull())
          .addColumn('published_by', 'text')
          .addPrimaryKeyConstraint('form_versions_pk', ['form_id', 'version'])
          .execute();
        await db.schema
          .createTable('submissions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('form_id', 'text', (c) => c.notNull().references('forms.id').onDelete('cascade'))
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('fields', 'text', (c) => c.notNull())
          .addColumn('provenance', 'text', (c) => c.notNull())
          .addColumn('consents', 'text', (c) => c.notNull())
          .addColumn('campaign', 'text')
          .addColumn('idempotency_key', 'text')
          .addColumn('ip', 'text')
          .addColumn('user_agent', 'text')
          .addUniqueConstraint('submissions_idempotency', ['form_id', 'idempotency_key'])
          .execute();
        await db.schema.createIndex('submissions_form_created').on('submissions').columns(['form_id', 'created_at']).execute();
        // Proof outlives the lead data and the form: no foreign keys, nothing cascades into the ledger.
        await db.schema
          .createTable('consent_records')
          .addColumn('seq', idColumn(dialect), (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('submission_id', 'text')
          .addColumn('form_id', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('content', 'text', (c) => c.notNull())
          .addColumn('prev_hash', 'text', (c) => c.notNull())
          .addColumn('hash', 'text', (c) => c.notNull().unique())
          .execute();
        await db.schema.createIndex('consent_records_submission').on('consent_records').column('submission_id').execute();
        await db.schema.createTable('settings').addColumn('key', 'text', (c) => c.primaryKey()).addColumn('value', 'text', (c) => c.notNull()).execute();
      },
      async down(db: AnyDb) {
        for (const table of ['settings', 'consent_records', 'submissions', 'form_versions']) await db.schema.dropTable(table).execute();
      },
    },
  };
}
