import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../db/connect';
import { storedSecret } from '../db/settings';
import { canonicalJson } from '../proof/canonical';
import { chainHash, GENESIS, verifyChain, type ChainCheck, type LedgerRow } from '../proof/ledger';
import type { ConsentRecordContent, Provenance } from './record';

export type NewSubmission = {
  id: string;
  formId: string;
  version: number;
  createdAt: string;
  lang: string;
  fields: Record<string, string>;
  provenance: Provenance;
  consents: Record<string, boolean>;
  idempotencyKey: string | null;
  ip: string | null;
  userAgent: string | null;
  record: ConsentRecordContent;
};

export type StoredSubmission = Omit<NewSubmission, 'record' | 'formId' | 'idempotencyKey'> & {
  record: {
    seq: number;
    hash: string;
    prevHash: string;
    raw: string;
    content: ConsentRecordContent;
  } | null;
};

export type SubmissionFilters = {
  from?: string;
  to?: string;
  campaign?: string;
  purpose?: string;
  consent?: 'given' | 'refused';
};

/** Columns this repository wrote itself with JSON.stringify: read back as the shape written. */
const stored = (json: string): unknown => JSON.parse(json);

export function submissionRepository(store: Store) {
  const { db, dialect } = store;
  return {
    async findByIdempotencyKey(formId: string, key: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('submissions')
        .select('id')
        .where('form_id', '=', formId)
        .where('idempotency_key', '=', key)
        .executeTakeFirst();
      return row?.id;
    },

    /**
     * Writes the lead and its consent record in one transaction, chaining the record to the ledger's head.
     * Returns the receipt id; a replayed idempotency key returns the first receipt and writes nothing.
     */
    async save(s: NewSubmission): Promise<{ receipt: string; replayed: boolean }> {
      try {
        await db.transaction().execute(async (tx) => {
          if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(7171001)`.execute(tx);
          await tx
            .insertInto('submissions')
            .values({
              id: s.id,
              form_id: s.formId,
              version: s.version,
              created_at: s.createdAt,
              lang: s.lang,
              fields: JSON.stringify(s.fields),
              provenance: JSON.stringify(s.provenance),
              consents: JSON.stringify(s.consents),
              campaign: s.provenance.utm.utm_campaign ?? null,
              idempotency_key: s.idempotencyKey,
              ip: s.ip,
              user_agent: s.userAgent,
            })
            .execute();
          const head = await tx
            .selectFrom('consent_records')
            .select('hash')
            .orderBy('seq', 'desc')
            .limit(1)
            .executeTakeFirst();
          const prev = head?.hash ?? GENESIS;
          const content = canonicalJson(s.record);
          await tx
            .insertInto('consent_records')
            .values({
              id: s.record.recordId,
              submission_id: s.id,
              form_id: s.formId,
              created_at: s.createdAt,
              content,
              prev_hash: prev,
              hash: chainHash(prev, content),
            })
            .execute();
        });
        return { receipt: s.id, replayed: false };
      } catch (error) {
        // Two retries of one submission raced: the unique key kept the first; answer with its receipt.
        const existing = s.idempotencyKey
          ? await this.findByIdempotencyKey(s.formId, s.idempotencyKey)
          : undefined;
        if (existing) return { receipt: existing, replayed: true };
        throw error;
      }
    },

    async list(
      formId: string,
      filters: SubmissionFilters = {},
      limit = 500,
    ): Promise<StoredSubmission[]> {
      let query = db.selectFrom('submissions').selectAll().where('form_id', '=', formId);
      if (filters.from) query = query.where('created_at', '>=', filters.from);
      if (filters.to) query = query.where('created_at', '<', filters.to);
      if (filters.campaign) query = query.where('campaign', '=', filters.campaign);
      const rows = await query.orderBy('created_at', 'desc').limit(limit).execute();
      return rows
        .map((r) => ({
          id: r.id,
          version: r.version,
          createdAt: r.created_at,
          lang: r.lang,
          fields: stored(r.fields) as NewSubmission['fields'],
          provenance: stored(r.provenance) as Provenance,
          consents: stored(r.consents) as NewSubmission['consents'],
          ip: r.ip,
          userAgent: r.user_agent,
          record: null,
        }))
        .filter(
          (s) =>
            !filters.purpose ||
            !filters.consent ||
            s.consents[filters.purpose] === (filters.consent === 'given'),
        );
    },

    async get(formId: string, id: string): Promise<StoredSubmission | undefined> {
      const row = await db
        .selectFrom('submissions')
        .selectAll()
        .where('form_id', '=', formId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const rec = await db
        .selectFrom('consent_records')
        .select(['seq', 'hash', 'prev_hash', 'content'])
        .where('submission_id', '=', id)
        .executeTakeFirst();
      return {
        id: row.id,
        version: row.version,
        createdAt: row.created_at,
        lang: row.lang,
        fields: stored(row.fields) as NewSubmission['fields'],
        provenance: stored(row.provenance) as Provenance,
        consents: stored(row.consents) as NewSubmission['consents'],
        ip: row.ip,
        userAgent: row.user_agent,
        record: rec
          ? {
              seq: rec.seq,
              hash: rec.hash,
              prevHash: rec.prev_hash,
              raw: rec.content,
              content: stored(rec.content) as ConsentRecordContent,
            }
          : null,
      };
    },

    /** Checks the whole ledger, in order, and names the first record that does not match. */
    async verify(): Promise<ChainCheck> {
      const rows = await db
        .selectFrom('consent_records')
        .select(['seq', 'id', 'content', 'prev_hash', 'hash'])
        .orderBy('seq', 'asc')
        .execute();
      return verifyChain(rows.map((r): LedgerRow => r));
    },

    /** The key that turns an email address into the proof's subject hash; created on first use. */
    subjectKey(): Promise<string> {
      return storedSecret(store, 'subject_key');
    },
  };
}

export type SubmissionRepository = ReturnType<typeof submissionRepository>;

export const subjectHash = (key: string, email: string) =>
  createHmac('sha256', key).update(email.trim().toLowerCase()).digest('hex');
