import { createHmac } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { SubmissionsTable } from '../db/schema';
import type { Store } from '../db/connect';
import { storedSecret } from '../db/settings';
import { GENESIS, type ChainCheck } from '../proof/ledger';
import { verifyLedger, type VerifyOptions } from './ledger-verify';
import { writerFor, type NewSubmission, type RecordReceipt } from './writer';

export type { NewSubmission, RecordReceipt } from './writer';

export { chainOf } from './ledger-check';
import type { ConsentRecordContent, Provenance } from './record';

export type StoredSubmission = Omit<
  NewSubmission,
  'record' | 'formId' | 'idempotencyKey' | 'chainId'
> & {
  record: {
    chainId: string;
    /** The record's place in its chain. */
    seq: number;
    kind: string;
    createdAt: string;
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
  /** With `consent`: submissions where this box was ticked (given) or not (refused); alone: shown. */
  purpose?: string;
  consent?: 'given' | 'refused';
};

/** Where a page starts: the submission just before it (newest first) or just after it. */
export type Cursor = { createdAt: string; id: string };
export type PageRequest = { after?: Cursor; before?: Cursor; size?: number };
export type Page = {
  items: StoredSubmission[];
  /** The cursor of the next (older) page, if any. */
  next: Cursor | null;
  /** The cursor of the previous (newer) page, if any. */
  prev: Cursor | null;
};

export const PAGE_SIZE = 50;
export const BATCH_SIZE = 500;

/** Columns this repository wrote itself with JSON.stringify: read back as the shape written. */
const stored = (json: string): unknown => JSON.parse(json);

type SubmissionRow = Selectable<SubmissionsTable>;

const toStored = (r: SubmissionRow): StoredSubmission => ({
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
});

/** The subject key per database: created once, never changed, so read once per process. */
const subjectKeys = new WeakMap<object, Promise<string>>();

export function submissionRepository(store: Store) {
  const { db } = store;

  /** The form's submissions matching the filters, every filter in SQL. */
  function matching(formId: string, filters: SubmissionFilters) {
    let query = db.selectFrom('submissions').where('submissions.form_id', '=', formId);
    if (filters.from) query = query.where('submissions.created_at', '>=', filters.from);
    if (filters.to) query = query.where('submissions.created_at', '<', filters.to);
    if (filters.campaign) query = query.where('submissions.campaign', '=', filters.campaign);
    const { purpose, consent } = filters;
    if (purpose)
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('submission_consents as c')
            .select('c.submission_id')
            .whereRef('c.submission_id', '=', 'submissions.id')
            .where('c.form_id', '=', formId)
            .where('c.purpose', '=', purpose)
            .$if(consent !== undefined, (q) =>
              q.where('c.given', '=', consent === 'given' ? 1 : 0),
            ),
        ),
      );
    return query;
  }

  /** Rows strictly older (`older`) or newer than the cursor, in the page order. */
  function fromCursor(
    formId: string,
    filters: SubmissionFilters,
    cursor: Cursor | undefined,
    older: boolean,
  ) {
    const op = older ? '<' : '>';
    return matching(formId, filters)
      .selectAll('submissions')
      .$if(cursor !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            eb('submissions.created_at', op, cursor?.createdAt ?? ''),
            eb.and([
              eb('submissions.created_at', '=', cursor?.createdAt ?? ''),
              eb('submissions.id', op, cursor?.id ?? ''),
            ]),
          ]),
        ),
      )
      .orderBy('submissions.created_at', older ? 'desc' : 'asc')
      .orderBy('submissions.id', older ? 'desc' : 'asc');
  }

  const cursorOf = (s: StoredSubmission): Cursor => ({ createdAt: s.createdAt, id: s.id });

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
     * Writes the lead, its consent boxes and its consent record atomically, appending the record to its
     * workspace's chain, and resolves once that is durably committed (see ./writer: concurrent submissions
     * share a commit). Returns the receipt id and where its record sits in the ledger (the visitor keeps
     * its hash); a replayed idempotency key returns the first receipt and writes nothing.
     */
    async save(
      s: NewSubmission,
    ): Promise<{ receipt: string; replayed: boolean; record: RecordReceipt | null }> {
      try {
        const record = await writerFor(store).write(s);
        return { receipt: s.id, replayed: false, record };
      } catch (error) {
        // Two retries of one submission raced: the unique key kept the first; answer with its receipt.
        const existing = s.idempotencyKey
          ? await this.findByIdempotencyKey(s.formId, s.idempotencyKey)
          : undefined;
        if (existing)
          return { receipt: existing, replayed: true, record: await this.recordOf(existing) };
        throw error;
      }
    },

    /** Where a submission's record sits in the ledger (chain, place, hash): its receipt's proof. */
    async recordOf(submissionId: string): Promise<RecordReceipt | null> {
      const row = await db
        .selectFrom('consent_records')
        .select(['chain_id', 'chain_seq', 'hash'])
        .where('submission_id', '=', submissionId)
        .executeTakeFirst();
      return row ? { chainId: row.chain_id, seq: row.chain_seq, hash: row.hash } : null;
    },

    /** One page of the matching submissions, newest first, by keyset (stable while new ones arrive). */
    async page(
      formId: string,
      filters: SubmissionFilters,
      request: PageRequest = {},
    ): Promise<Page> {
      const size = request.size ?? PAGE_SIZE;
      const older = request.before === undefined;
      const rows = await fromCursor(formId, filters, request.before ?? request.after, older)
        .limit(size + 1)
        .execute();
      const more = rows.length > size;
      const items = rows.slice(0, size).map(toStored);
      if (!older) items.reverse();
      const first = items[0];
      const last = items[items.length - 1];
      return {
        items,
        next: last && (older ? more : true) ? cursorOf(last) : null,
        prev: first && (older ? request.after !== undefined : more) ? cursorOf(first) : null,
      };
    },

    /** How many submissions match, and for each purpose how many gave and refused consent among them. */
    async counts(
      formId: string,
      filters: SubmissionFilters,
    ): Promise<{ total: number; byPurpose: Record<string, { given: number; refused: number }> }> {
      const total = await matching(formId, filters)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      const ids = matching(formId, filters).select('submissions.id');
      const rows = await db
        .selectFrom('submission_consents')
        .select(['purpose', 'given', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('form_id', '=', formId)
        .where('submission_id', 'in', ids)
        .groupBy(['purpose', 'given'])
        .execute();
      const byPurpose: Record<string, { given: number; refused: number }> = {};
      for (const r of rows) {
        const entry = (byPurpose[r.purpose] ??= { given: 0, refused: 0 });
        entry[r.given ? 'given' : 'refused'] = Number(r.n);
      }
      return { total: Number(total.n), byPurpose };
    },

    /** Every purpose a submission of this form has a box for, in the order first seen. */
    async purposes(formId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('submission_consents')
        .select('purpose')
        .distinct()
        .where('form_id', '=', formId)
        .orderBy('purpose')
        .execute();
      return rows.map((r) => r.purpose);
    },

    /** Every matching submission, newest first, read in batches: constant memory at any volume. */
    async *stream(
      formId: string,
      filters: SubmissionFilters,
      batch = BATCH_SIZE,
    ): AsyncGenerator<StoredSubmission> {
      let after: Cursor | undefined;
      for (;;) {
        const rows = await fromCursor(formId, filters, after, true).limit(batch).execute();
        for (const row of rows) yield toStored(row);
        const last = rows[rows.length - 1];
        if (!last || rows.length < batch) return;
        after = { createdAt: last.created_at, id: last.id };
      }
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
        .select(['chain_id', 'chain_seq', 'kind', 'created_at', 'hash', 'prev_hash', 'content'])
        .where('submission_id', '=', id)
        .executeTakeFirst();
      return {
        ...toStored(row),
        record: rec
          ? {
              chainId: rec.chain_id,
              seq: rec.chain_seq,
              kind: rec.kind,
              createdAt: rec.created_at,
              hash: rec.hash,
              prevHash: rec.prev_hash,
              raw: rec.content,
              content: stored(rec.content) as ConsentRecordContent,
            }
          : null,
      };
    },

    /** The hash of the record before `seq` in a chain (GENESIS before the first): links one record. */
    async previousHash(chainId: string, seq: number): Promise<string | undefined> {
      if (seq === 1) return GENESIS;
      const row = await db
        .selectFrom('consent_records')
        .select('hash')
        .where('chain_id', '=', chainId)
        .where('chain_seq', '=', seq - 1)
        .executeTakeFirst();
      return row?.hash;
    },

    /** Checks every chain (or a workspace's), in batches, against its signed head and checkpoints: see ./ledger-verify. */
    verify(options: VerifyOptions = {}): Promise<ChainCheck> {
      return verifyLedger(store, options);
    },

    /** The key that turns an email address into the proof's subject hash; created on first use. */
    subjectKey(): Promise<string> {
      let key = subjectKeys.get(db);
      if (!key) {
        key = storedSecret(store, 'subject_key');
        subjectKeys.set(db, key);
        key.catch(() => subjectKeys.delete(db));
      }
      return key;
    },
  };
}

export type SubmissionRepository = ReturnType<typeof submissionRepository>;

export const subjectHash = (key: string, email: string) =>
  createHmac('sha256', key).update(email.trim().toLowerCase()).digest('hex');
