import { lint } from '../compliance';
import { parseDefinition, type FormDefinition, type Lang } from '../form';
import type { Selectable } from 'kysely';
import type { Store } from '../db/connect';
import type { FormVersionsTable } from '../db/schema';
import { hashOf } from '../proof/canonical';
import { freeze, type Notices } from './freeze';

/** Which legal reviewer approved which notice fingerprints: part of each version's proof. */
export type Approval = { reviewId: string; reviewer: string | null; at: string | null; noticeHashes: Partial<Record<Lang, string>> };

export type PublishedVersion = {
  formId: string;
  version: number;
  definition: FormDefinition;
  definitionHash: string;
  notices: Notices;
  noticeHashes: Partial<Record<Lang, string>>;
  formHashes: Partial<Record<Lang, string>>;
  publishedAt: string;
  publishedBy: string | null;
  approval: Approval | null;
};

export type PublishResult = { ok: true; version: number } | { ok: false; error: string };

function toVersion(row: Selectable<FormVersionsTable>): PublishedVersion {
  const parsed = parseDefinition(JSON.parse(row.definition));
  if (!parsed.ok) throw new Error(`Published version ${row.form_id}/${row.version} does not match the schema`);
  return {
    formId: row.form_id,
    version: row.version,
    definition: parsed.data,
    definitionHash: row.definition_hash,
    notices: JSON.parse(row.notices),
    noticeHashes: JSON.parse(row.notice_hashes),
    formHashes: JSON.parse(row.form_hashes),
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    approval: row.approval ? JSON.parse(row.approval) : null,
  };
}

/** Published versions: immutable once written. */
export function versionRepository({ db }: Store) {
  return {
    /** Publishes the current draft as a new version, unless a blocking finding remains. */
    /**
     * Publishes the current draft as a new version, unless a blocking finding remains or, when approval is
     * required, the draft is not the one a legal reviewer approved.
     */
    async publish(formId: string, actor: string | null, options: { requireApproval?: boolean } = {}): Promise<PublishResult> {
      return db.transaction().execute(async (tx) => {
        const form = await tx.selectFrom('forms').select(['definition']).where('id', '=', formId).executeTakeFirst();
        if (!form) return { ok: false, error: 'This form no longer exists.' };
        const parsed = parseDefinition(JSON.parse(form.definition));
        if (!parsed.ok) return { ok: false, error: 'The draft does not match the schema: fix it in the builder first.' };
        const blocking = lint(parsed.data).filter((f) => f.severity === 'blocking');
        if (blocking.length)
          return { ok: false, error: `Publishing is blocked by ${blocking.length} finding${blocking.length > 1 ? 's' : ''}: ${[...new Set(blocking.map((f) => f.ruleId))].join(', ')}.` };
        const approved = await tx
          .selectFrom('reviews')
          .select(['id', 'definition_hash', 'notice_hashes', 'decided_by', 'decided_at'])
          .where('form_id', '=', formId)
          .where('status', '=', 'approved')
          .orderBy('decided_at', 'desc')
          .limit(1)
          .executeTakeFirst();
        const matches = approved?.definition_hash === hashOf(parsed.data);
        if (options.requireApproval && !matches)
          return { ok: false, error: 'Only a version approved by legal can be published: submit this draft for review (or have the approved draft restored).' };
        const approval: Approval | null =
          approved && matches ? { reviewId: approved.id, reviewer: approved.decided_by, at: approved.decided_at, noticeHashes: JSON.parse(approved.notice_hashes) } : null;
        const last = await tx.selectFrom('form_versions').select((eb) => eb.fn.max('version').as('v')).where('form_id', '=', formId).executeTakeFirst();
        const version = Number(last?.v ?? 0) + 1;
        const frozen = freeze(parsed.data, formId, version);
        const at = new Date().toISOString();
        await tx
          .insertInto('form_versions')
          .values({
            form_id: formId,
            version,
            definition: form.definition,
            definition_hash: frozen.definitionHash,
            notices: JSON.stringify(frozen.notices),
            notice_hashes: JSON.stringify(frozen.noticeHashes),
            form_hashes: JSON.stringify(frozen.formHashes),
            published_at: at,
            published_by: actor,
            approval: approval ? JSON.stringify(approval) : null,
          })
          .execute();
        await tx.updateTable('forms').set({ status: 'published', published_version: version }).where('id', '=', formId).execute();
        return { ok: true, version };
      });
    },

    async get(formId: string, version: number): Promise<PublishedVersion | undefined> {
      const row = await db.selectFrom('form_versions').selectAll().where('form_id', '=', formId).where('version', '=', version).executeTakeFirst();
      return row ? toVersion(row) : undefined;
    },

    async latest(formId: string): Promise<PublishedVersion | undefined> {
      const row = await db.selectFrom('form_versions').selectAll().where('form_id', '=', formId).orderBy('version', 'desc').limit(1).executeTakeFirst();
      return row ? toVersion(row) : undefined;
    },

    async list(formId: string): Promise<{ version: number; publishedAt: string; publishedBy: string | null; definitionHash: string }[]> {
      const rows = await db.selectFrom('form_versions').select(['version', 'published_at', 'published_by', 'definition_hash']).where('form_id', '=', formId).orderBy('version', 'desc').execute();
      return rows.map((r) => ({ version: r.version, publishedAt: r.published_at, publishedBy: r.published_by, definitionHash: r.definition_hash }));
    },
  };
}

export type VersionRepository = ReturnType<typeof versionRepository>;
