import type { Store } from '../db/connect';
import { embedSettingsChanged } from './repository';

/**
 * What deleting a form does. A form published with submissions holds evidence (consent records, the
 * versions and notices visitors saw, their answers): it is archived, closed to new submissions and kept.
 * Any other form (never published, or without a submission) is deleted with its drafts and history.
 */
export type Removal =
  | { kind: 'delete'; versions: number; edits: number }
  | { kind: 'archive'; versions: number; submissions: number }
  | {
      kind: 'archived';
      versions: number;
      submissions: number;
      archivedAt: string;
      leadsDeletedAt: string | null;
    };

export type Removed = { outcome: 'deleted' } | { outcome: 'archived'; at: string };

const countOf = (row: { n: number | string | bigint } | undefined) => Number(row?.n ?? 0);

/** Archiving and deleting forms, and deleting an archived form's lead data (keeping its proof). */
export function archiveRepository({ db, dialect }: Store) {
  type Reader = Pick<typeof db, 'selectFrom'>;
  const plan = async (q: Reader, formId: string): Promise<Removal | undefined> => {
    const form = await q
      .selectFrom('forms')
      .select(['archived_at', 'leads_deleted_at'])
      .where('id', '=', formId)
      .executeTakeFirst();
    if (!form) return undefined;
    const count = (table: 'form_versions' | 'submissions' | 'form_edits') =>
      q
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('form_id', '=', formId)
        .executeTakeFirst()
        .then(countOf);
    const [versions, submissions, edits] = await Promise.all([
      count('form_versions'),
      count('submissions'),
      count('form_edits'),
    ]);
    if (form.archived_at)
      return {
        kind: 'archived',
        versions,
        submissions,
        archivedAt: form.archived_at,
        leadsDeletedAt: form.leads_deleted_at,
      };
    return versions > 0 && submissions > 0
      ? { kind: 'archive', versions, submissions }
      : { kind: 'delete', versions, edits };
  };

  return {
    /** Whether the form is archived (it then takes no new submission and no new version). */
    isArchived: async (formId: string) =>
      Boolean(
        (
          await db
            .selectFrom('forms')
            .select('archived_at')
            .where('id', '=', formId)
            .executeTakeFirst()
        )?.archived_at,
      ),

    /** What deleting this form would do, with the counts the confirmation dialog names. */
    removal: (formId: string) => plan(db, formId),

    /**
     * Deletes the form, or archives it when it holds evidence; undefined when it does not exist. The
     * form's row is locked first (PostgreSQL), so a submission arriving meanwhile waits and is never
     * cascaded away unseen; SQLite runs one transaction at a time.
     */
    async remove(formId: string, actor: string | null): Promise<Removed | undefined> {
      const removed = await db.transaction().execute(async (tx): Promise<Removed | undefined> => {
        if (dialect === 'postgres')
          await tx.selectFrom('forms').select('id').where('id', '=', formId).forUpdate().execute();
        const removal = await plan(tx, formId);
        if (!removal) return undefined;
        if (removal.kind === 'archived') return { outcome: 'archived', at: removal.archivedAt };
        if (removal.kind === 'delete') {
          await tx.deleteFrom('forms').where('id', '=', formId).execute();
          return { outcome: 'deleted' };
        }
        const at = new Date().toISOString();
        await tx
          .updateTable('forms')
          .set({ archived_at: at, archived_by: actor })
          .where('id', '=', formId)
          .execute();
        await tx
          .insertInto('form_edits')
          .values({ form_id: formId, at, actor, changes: JSON.stringify(['(archived)']) })
          .execute();
        return { outcome: 'archived', at };
      });
      embedSettingsChanged();
      return removed;
    },

    /**
     * Deletes the answers (names, emails, every field) of an archived form's submissions, and logs it in
     * the form's history. Kept, so that the ledger still verifies: the consent records, each submission's
     * ids, dates, language, boxes, provenance and consent rows, and the published versions and notices.
     * False when the form is unknown or not archived.
     */
    async deleteLeadData(
      formId: string,
      actor: string | null,
    ): Promise<{ deleted: boolean; submissions: number }> {
      return db.transaction().execute(async (tx) => {
        const form = await tx
          .selectFrom('forms')
          .select('archived_at')
          .where('id', '=', formId)
          .executeTakeFirst();
        if (!form?.archived_at) return { deleted: false, submissions: 0 };
        const at = new Date().toISOString();
        const result = await tx
          .updateTable('submissions')
          .set({ fields: '{}' })
          .where('form_id', '=', formId)
          .executeTakeFirst();
        const submissions = Number(result.numUpdatedRows);
        await tx
          .updateTable('forms')
          .set({ leads_deleted_at: at, leads_deleted_by: actor })
          .where('id', '=', formId)
          .execute();
        await tx
          .insertInto('form_edits')
          .values({
            form_id: formId,
            at,
            actor,
            changes: JSON.stringify([`(lead data deleted: ${submissions} submissions)`]),
          })
          .execute();
        return { deleted: true, submissions };
      });
    },
  };
}
