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
  };
}
