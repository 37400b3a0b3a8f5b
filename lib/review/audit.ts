import type { Store } from '../db/connect';

/** What the workspace audit log records: who did what, to which form, and when. */
export type AuditAction =
  | 'created'
  | 'edited'
  | 'submitted for review'
  | 'commented'
  | 'replied'
  | 'approved'
  | 'self-approved'
  | 'requested changes'
  | 'published'
  | 'archived'
  | 'deleted'
  | 'invited'
  | 'changed a role'
  | 'removed a member'
  | 'created a token'
  | 'revoked a token'
  | 'changed a setting'
  | 'shared a review'
  | 'revoked a share link';

export type AuditEntry = {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  formId: string | null;
  detail: string;
};
export type AuditPage = { entries: AuditEntry[]; total: number; next: number | undefined };

/** Successive edits of one form by one member within this span are one "edited" entry. */
const EDIT_SPAN_MS = 10 * 60_000;

/**
 * The workspace audit log: append-only. This module has no update and no delete; rows outlive the forms
 * they name (no foreign key), so deleting a form keeps its history.
 */
export function auditLog({ db }: Store, workspaceId: string) {
  const record = async (
    actor: string | null,
    action: AuditAction,
    detail: string,
    formId: string | null = null,
  ) => {
    await db
      .insertInto('audit_log')
      .values({
        workspace_id: workspaceId,
        form_id: formId,
        at: new Date().toISOString(),
        actor,
        action,
        detail: detail.slice(0, 500),
      })
      .execute();
  };

  return {
    record,

    /** Records an edit unless the same member's last entry for this form is an edit of the last minutes. */
    async edited(formId: string, actor: string | null, detail: string) {
      const last = await db
        .selectFrom('audit_log')
        .select(['actor', 'action', 'at'])
        .where('workspace_id', '=', workspaceId)
        .where('form_id', '=', formId)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      const recent =
        last?.action === 'edited' &&
        last.actor === actor &&
        Date.now() - Date.parse(last.at) < EDIT_SPAN_MS;
      if (!recent) await record(actor, 'edited', detail, formId);
    },

    /**
     * Newest first, `limit` entries older than entry `before` (keyset), with the true total: the workspace's,
     * or one form's (with its entries written before the log named workspaces).
     */
    async page(options: { before?: number; limit: number; formId?: string }): Promise<AuditPage> {
      const { formId } = options;
      const scope = db
        .selectFrom('audit_log')
        .$if(formId === undefined, (q) => q.where('workspace_id', '=', workspaceId))
        .$if(formId !== undefined, (q) =>
          q
            .where('form_id', '=', formId ?? '')
            .where((eb) =>
              eb.or([eb('workspace_id', '=', workspaceId), eb('workspace_id', 'is', null)]),
            ),
        );
      const [rows, count] = await Promise.all([
        scope
          .select(['id', 'at', 'actor', 'action', 'form_id', 'detail'])
          .$if(options.before !== undefined, (q) => q.where('id', '<', options.before ?? 0))
          .orderBy('id', 'desc')
          .limit(options.limit + 1)
          .execute(),
        scope.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
      ]);
      const entries = rows.slice(0, options.limit).map(toEntry);
      return {
        entries,
        total: Number(count?.n ?? 0),
        next: rows.length > options.limit ? entries.at(-1)?.id : undefined,
      };
    },
  };
}

const toEntry = (r: {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  form_id: string | null;
  detail: string;
}): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action,
  formId: r.form_id,
  detail: r.detail,
});

export type AuditLog = ReturnType<typeof auditLog>;
