import type { Kysely, Migration } from 'kysely';

type AnyDb = Kysely<unknown>;

const COLUMNS = ['archived_at', 'archived_by', 'leads_deleted_at', 'leads_deleted_by'] as const;

/**
 * Archived forms (lib/forms/archive.ts): a published form with submissions is archived instead of deleted,
 * closed to new submissions with its evidence kept; an admin may later delete its leads' answers, which
 * the form then records (when, by whom) while the consent records and versions stay.
 */
export const archiveForms: Migration = {
  async up(db: AnyDb) {
    for (const column of COLUMNS)
      await db.schema.alterTable('forms').addColumn(column, 'text').execute();
  },
  async down(db: AnyDb) {
    for (const column of [...COLUMNS].reverse())
      await db.schema.alterTable('forms').dropColumn(column).execute();
  },
};
