import { randomUUID } from 'node:crypto';
import { lint, summarize } from '../compliance';
import { parseDefinition, type FormDefinition } from '../form';
import type { Store } from '../db/connect';
import { hashOf } from '../proof/canonical';
import { changedPaths } from './diff';

export type FormSummary = {
  id: string;
  title: string;
  status: 'draft' | 'published';
  updatedAt: string;
  lint: { blocking: number; warning: number; info: number };
  /** draft | in_review | changes_requested | approved: the latest review's state (forms.review_status). */
  reviewStatus: string;
  /** Fingerprints of the draft, of the definition the latest review holds, of the published version. */
  draftHash: string;
  reviewedHash: string | null;
  publishedHash: string | null;
  /** When it was archived (closed to new submissions, its evidence kept); null while it is live. */
  archivedAt: string | null;
};

export type StoredForm = {
  id: string;
  title: string;
  status: 'draft' | 'published';
  definition: FormDefinition;
  createdAt: string;
  updatedAt: string;
  publishedVersion: number | null;
  workspaceId: string | null;
  reviewStatus: string;
  archivedAt: string | null;
  /** When an admin deleted its leads' answers (archived forms only); the consent records stay. */
  leadsDeletedAt: string | null;
};
export type FormEdit = { at: string; actor: string | null; changes: string[] };
export type EmbedSettings = {
  allowedOrigins: string[];
  recordNetwork: boolean;
  publishedVersion: number | null;
  /** Its workspace: the proof ledger chain its records go to. */
  workspaceId: string | null;
  /** An archived form takes no new submission. */
  archived: boolean;
};

const now = () => new Date().toISOString();

function readDefinition(json: string, id: string): FormDefinition {
  const parsed = parseDefinition(JSON.parse(json));
  if (!parsed.ok)
    throw new Error(
      `Stored form ${id} no longer matches the schema: ${parsed.problems[0]?.path} ${parsed.problems[0]?.message}`,
    );
  return parsed.data;
}

/** Data access for forms; the only module that knows how forms are stored. */
export function formRepository({ db }: Store) {
  return {
    /** Forms of a workspace (all forms when no workspace is given: tests and tools). */
    async list(workspaceId?: string): Promise<FormSummary[]> {
      let query = db
        .selectFrom('forms')
        .select([
          'id',
          'title',
          'status',
          'updated_at',
          'definition',
          'review_status',
          'archived_at',
        ]);
      if (workspaceId) query = query.where('workspace_id', '=', workspaceId);
      const [rows, reviewed, published] = await Promise.all([
        query.orderBy('updated_at', 'desc').execute(),
        db
          .selectFrom('reviews')
          .innerJoin('forms', 'forms.id', 'reviews.form_id')
          .select(['reviews.form_id', 'reviews.definition_hash'])
          .$if(workspaceId !== undefined, (q) =>
            q.where('forms.workspace_id', '=', workspaceId ?? ''),
          )
          .orderBy('reviews.submitted_at', 'asc')
          .execute(),
        db
          .selectFrom('form_versions')
          .innerJoin('forms', 'forms.id', 'form_versions.form_id')
          .select(['form_versions.form_id', 'form_versions.definition_hash'])
          .whereRef('form_versions.version', '=', 'forms.published_version')
          .$if(workspaceId !== undefined, (q) =>
            q.where('forms.workspace_id', '=', workspaceId ?? ''),
          )
          .execute(),
      ]);
      // Ordered oldest first, so the latest review of each form is the one kept.
      const reviewedHash = new Map(reviewed.map((r) => [r.form_id, r.definition_hash]));
      const publishedHash = new Map(published.map((v) => [v.form_id, v.definition_hash]));
      return rows.map((r) => {
        const definition = readDefinition(r.definition, r.id);
        return {
          id: r.id,
          title: r.title,
          status: r.status,
          updatedAt: r.updated_at,
          lint: summarize(lint(definition)),
          reviewStatus: r.review_status,
          draftHash: hashOf(definition),
          reviewedHash: reviewedHash.get(r.id) ?? null,
          publishedHash: publishedHash.get(r.id) ?? null,
          archivedAt: r.archived_at,
        };
      });
    },

    /**
     * A form's workspace, or undefined when no such form exists: one column, the definition is not read
     * (null for a form made before accounts existed).
     */
    async workspaceOf(id: string): Promise<string | null | undefined> {
      const row = await db
        .selectFrom('forms')
        .select('workspace_id')
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? row.workspace_id : undefined;
    },

    /** A form (only when it belongs to `workspaceId`, when given). */
    async get(id: string, workspaceId?: string): Promise<StoredForm | undefined> {
      const row = await db
        .selectFrom('forms')
        .selectAll()
        .where('id', '=', id)
        .$if(workspaceId !== undefined, (q) => q.where('workspace_id', '=', workspaceId ?? ''))
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        title: row.title,
        status: row.status,
        definition: readDefinition(row.definition, id),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        publishedVersion: row.published_version,
        workspaceId: row.workspace_id,
        reviewStatus: row.review_status,
        archivedAt: row.archived_at,
        leadsDeletedAt: row.leads_deleted_at,
      };
    },

    async create(
      definition: FormDefinition,
      actor: string | null,
      workspaceId: string | null = null,
    ): Promise<string> {
      const id = randomUUID();
      const at = now();
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('forms')
          .values({
            id,
            title: definition.title,
            status: 'draft',
            definition: JSON.stringify(definition),
            created_at: at,
            updated_at: at,
            updated_by: actor,
            workspace_id: workspaceId,
          })
          .execute();
        await tx
          .insertInto('form_edits')
          .values({ form_id: id, at, actor, changes: JSON.stringify(['(created)']) })
          .execute();
      });
      return id;
    },

    /** Saves a new draft definition; returns false when the form does not exist. Records which paths changed. */
    async saveDraft(
      id: string,
      definition: FormDefinition,
      actor: string | null,
    ): Promise<{ saved: boolean; updatedAt: string }> {
      const at = now();
      return db.transaction().execute(async (tx) => {
        const row = await tx
          .selectFrom('forms')
          .select(['definition'])
          .where('id', '=', id)
          .executeTakeFirst();
        if (!row) return { saved: false, updatedAt: at };
        const changes = changedPaths(JSON.parse(row.definition), definition);
        if (!changes.length) return { saved: true, updatedAt: at };
        await tx
          .updateTable('forms')
          .set({
            title: definition.title,
            definition: JSON.stringify(definition),
            updated_at: at,
            updated_by: actor,
          })
          .where('id', '=', id)
          .execute();
        await tx
          .insertInto('form_edits')
          .values({ form_id: id, at, actor, changes: JSON.stringify(changes) })
          .execute();
        return { saved: true, updatedAt: at };
      });
    },

    async embedSettings(id: string): Promise<EmbedSettings | undefined> {
      const row = await db
        .selectFrom('forms')
        .select([
          'allowed_origins',
          'record_network',
          'published_version',
          'workspace_id',
          'archived_at',
        ])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        allowedOrigins: parseStringList(row.allowed_origins),
        recordNetwork: row.record_network === 1,
        publishedVersion: row.published_version,
        workspaceId: row.workspace_id,
        archived: row.archived_at !== null,
      };
    },

    async setEmbedSettings(
      id: string,
      settings: { allowedOrigins: string[]; recordNetwork: boolean },
    ): Promise<boolean> {
      const result = await db
        .updateTable('forms')
        .set({
          allowed_origins: JSON.stringify(settings.allowedOrigins),
          record_network: settings.recordNetwork ? 1 : 0,
        })
        .where('id', '=', id)
        .executeTakeFirst();
      embedSettingsChanged();
      return Number(result.numUpdatedRows) > 0;
    },

    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom('forms').where('id', '=', id).executeTakeFirst();
      embedSettingsChanged();
      return Number(result.numDeletedRows) > 0;
    },

    async history(id: string): Promise<FormEdit[]> {
      const rows = await db
        .selectFrom('form_edits')
        .select(['at', 'actor', 'changes'])
        .where('form_id', '=', id)
        .orderBy('id', 'desc')
        .execute();
      return rows.map((r) => ({ at: r.at, actor: r.actor, changes: parseStringList(r.changes) }));
    },
  };
}

export type FormRepository = ReturnType<typeof formRepository>;

function parseStringList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * How long the public endpoint may reuse a form's embed settings (allowed origins, network recording, its
 * workspace) before reading them again. A change saved through this process is seen at once (the epoch
 * below); another app server sees it within this delay.
 */
export const EMBED_SETTINGS_TTL_MS = 1000;
const MAX_CACHED_SETTINGS = 1000;

type Entry = { at: number; epoch: number; value: EmbedSettings | undefined };
const caches = new WeakMap<Store, Map<string, Entry>>();

// The production server loads this module twice (its own graph and Next's bundle): the epoch lives on
// globalThis so that a change saved through one is seen by the other.
const EPOCH = Symbol.for('conforme.embedSettingsEpoch');
const holder = globalThis as { [EPOCH]?: number };
const epoch = () => holder[EPOCH] ?? 0;

/** Forget every cached embed setting in this process: called when a form's settings change. */
export function embedSettingsChanged(): void {
  holder[EPOCH] = epoch() + 1;
}

/** A form's embed settings, read at most once a second per form and process. */
export async function cachedEmbedSettings(
  store: Store,
  formId: string,
  now = Date.now(),
): Promise<EmbedSettings | undefined> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map<string, Entry>();
    caches.set(store, cache);
  }
  const hit = cache.get(formId);
  if (hit?.epoch === epoch() && now - hit.at < EMBED_SETTINGS_TTL_MS) return hit.value;
  const value = await formRepository(store).embedSettings(formId);
  if (cache.size >= MAX_CACHED_SETTINGS) cache.clear();
  cache.set(formId, { at: now, epoch: epoch(), value });
  return value;
}
