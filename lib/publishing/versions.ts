import { lint } from '../compliance';
import {
  DEFINITION_SCHEMA_VERSION,
  parseDefinition,
  readFrozenDefinition,
  SCHEMA_HISTORY,
  type FormDefinition,
  type Lang,
  type SchemaHistory,
} from '../form';
import type { Selectable } from 'kysely';
import type { Store } from '../db/connect';
import type { FormVersionsTable } from '../db/schema';
import { canonicalJson, hashOf } from '../proof/canonical';
import { freeze, type Notices } from './freeze';

/** Which legal reviewer approved which notice fingerprints: part of each version's proof. */
export type Approval = {
  reviewId: string;
  reviewer: string | null;
  at: string | null;
  noticeHashes: Partial<Record<Lang, string>>;
  /** Present (true) when the member who submitted the draft approved it, as a workspace setting allowed. */
  selfApproved?: true;
};

export type PublishedVersion = {
  formId: string;
  version: number;
  /** The definition schema version it was frozen under; `definition` is read through its migrations. */
  schemaVersion: number;
  definition: FormDefinition;
  definitionHash: string;
  /** Whether the stored definition's bytes still hash to the fingerprint recorded at publication. */
  definitionIntact: boolean;
  notices: Notices;
  noticeHashes: Partial<Record<Lang, string>>;
  formHashes: Partial<Record<Lang, string>>;
  publishedAt: string;
  publishedBy: string | null;
  approval: Approval | null;
};

export type PublishResult = { ok: true; version: number } | { ok: false; error: string };

/** A published version whose definition no longer reads: the error names it and says why. */
export class UnreadableVersionError extends Error {
  constructor(
    readonly formId: string,
    readonly version: number,
    reason: string,
  ) {
    super(`Published version ${formId}/${version} cannot be read. ${reason}`);
    this.name = 'UnreadableVersionError';
  }
}

/** JSON columns this repository wrote itself with JSON.stringify: read back as the shape written. */
const stored = (json: string): unknown => JSON.parse(json);

function toVersion(row: Selectable<FormVersionsTable>, history: SchemaHistory): PublishedVersion {
  const raw = stored(row.definition);
  const read = readFrozenDefinition(raw, row.schema_version, history);
  if (!read.ok) throw new UnreadableVersionError(row.form_id, row.version, read.message);
  return {
    formId: row.form_id,
    version: row.version,
    schemaVersion: row.schema_version,
    definition: read.definition,
    definitionHash: row.definition_hash,
    definitionIntact: hashOf(raw) === row.definition_hash,
    notices: stored(row.notices) as Notices,
    noticeHashes: stored(row.notice_hashes) as PublishedVersion['noticeHashes'],
    formHashes: stored(row.form_hashes) as PublishedVersion['formHashes'],
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    approval: row.approval ? (stored(row.approval) as Approval) : null,
  };
}

/** Versions read by the submission path, per database, by "formId/version": at most this many. */
const CACHE_SIZE = 500;
const caches = new WeakMap<object, Map<string, PublishedVersion>>();

/** Published versions: immutable once written. */
export function versionRepository({ db }: Store, history: SchemaHistory = SCHEMA_HISTORY) {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<string, PublishedVersion>()));
  const cached = cache;
  return {
    /**
     * Publishes the current draft as a new version, unless a blocking finding remains, the draft is the
     * last version's definition (same fingerprint: "Nothing changed since version N", no version made)
     * or, when approval is required, the draft is not the one a legal reviewer approved.
     */
    async publish(
      formId: string,
      actor: string | null,
      options: { requireApproval?: boolean } = {},
    ): Promise<PublishResult> {
      return db.transaction().execute(async (tx) => {
        const form = await tx
          .selectFrom('forms')
          .select(['definition'])
          .where('id', '=', formId)
          .executeTakeFirst();
        if (!form) return { ok: false, error: 'This form no longer exists.' };
        const parsed = parseDefinition(stored(form.definition));
        if (!parsed.ok)
          return {
            ok: false,
            error: 'The draft does not match the schema: fix it in the builder first.',
          };
        const blocking = lint(parsed.data).filter((f) => f.severity === 'blocking');
        if (blocking.length)
          return {
            ok: false,
            error: `Publishing is blocked by ${blocking.length} finding${blocking.length > 1 ? 's' : ''}: ${[...new Set(blocking.map((f) => f.ruleId))].join(', ')}.`,
          };
        const approved = await tx
          .selectFrom('reviews')
          // All columns: a store still at an older migration (as some tests run) has no self_approved yet.
          .selectAll()
          .where('form_id', '=', formId)
          .where('status', '=', 'approved')
          .orderBy('decided_at', 'desc')
          .limit(1)
          .executeTakeFirst();
        const matches = approved?.definition_hash === hashOf(parsed.data);
        if (options.requireApproval && !matches)
          return {
            ok: false,
            error:
              'Only a version approved by legal can be published: submit this draft for review (or have the approved draft restored).',
          };
        const approval: Approval | null =
          approved && matches
            ? {
                reviewId: approved.id,
                reviewer: approved.decided_by,
                at: approved.decided_at,
                noticeHashes: stored(approved.notice_hashes) as Approval['noticeHashes'],
                ...(approved.self_approved === 1 ? { selfApproved: true as const } : {}),
              }
            : null;
        const last = await tx
          .selectFrom('form_versions')
          .select(['version', 'definition_hash'])
          .where('form_id', '=', formId)
          .orderBy('version', 'desc')
          .limit(1)
          .executeTakeFirst();
        // The same fingerprint as the last version: a new version would freeze nothing new.
        if (last?.definition_hash === hashOf(parsed.data))
          return { ok: false, error: `Nothing changed since version ${last.version}.` };
        const version = (last?.version ?? 0) + 1;
        const frozen = freeze(parsed.data, formId, version);
        const at = new Date().toISOString();
        await tx
          .insertInto('form_versions')
          .values({
            form_id: formId,
            version,
            definition: canonicalJson(parsed.data),
            definition_hash: frozen.definitionHash,
            schema_version: DEFINITION_SCHEMA_VERSION,
            notices: JSON.stringify(frozen.notices),
            notice_hashes: JSON.stringify(frozen.noticeHashes),
            form_hashes: JSON.stringify(frozen.formHashes),
            published_at: at,
            published_by: actor,
            approval: approval ? JSON.stringify(approval) : null,
          })
          .execute();
        await tx
          .updateTable('forms')
          .set({ status: 'published', published_version: version })
          .where('id', '=', formId)
          .execute();
        return { ok: true, version };
      });
    },

    async get(formId: string, version: number): Promise<PublishedVersion | undefined> {
      const row = await db
        .selectFrom('form_versions')
        .selectAll()
        .where('form_id', '=', formId)
        .where('version', '=', version)
        .executeTakeFirst();
      return row ? toVersion(row, history) : undefined;
    },

    /**
     * The same, read once per process: a published version never changes, so the submission path parses
     * its definition and notices once (and its validation schema is built once for that object). Pages
     * that show a version's integrity read it afresh with get().
     */
    async getCached(formId: string, version: number): Promise<PublishedVersion | undefined> {
      const key = `${formId}/${version}`;
      const hit = cached.get(key);
      if (hit) return hit;
      const read = await this.get(formId, version);
      if (!read) return undefined;
      if (cached.size >= CACHE_SIZE) cached.delete(cached.keys().next().value ?? '');
      cached.set(key, read);
      return read;
    },

    async latest(formId: string): Promise<PublishedVersion | undefined> {
      const row = await db
        .selectFrom('form_versions')
        .selectAll()
        .where('form_id', '=', formId)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toVersion(row, history) : undefined;
    },

    async list(
      formId: string,
    ): Promise<
      { version: number; publishedAt: string; publishedBy: string | null; definitionHash: string }[]
    > {
      const rows = await db
        .selectFrom('form_versions')
        .select(['version', 'published_at', 'published_by', 'definition_hash'])
        .where('form_id', '=', formId)
        .orderBy('version', 'desc')
        .execute();
      return rows.map((r) => ({
        version: r.version,
        publishedAt: r.published_at,
        publishedBy: r.published_by,
        definitionHash: r.definition_hash,
      }));
    },
  };
}

export type VersionRepository = ReturnType<typeof versionRepository>;
