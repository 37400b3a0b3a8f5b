import { randomBytes } from 'node:crypto';
import { sql, type Kysely, type Migration } from 'kysely';
import { parseDefinition } from '../form/parse';
import { canonicalJson, hashOf } from '../proof/canonical';
import { signInAttempts } from './migration-007-sign-in';
import { archiveForms } from './migration-009-archive';
import { reviewLoop } from './migration-010-review';

// Portable DDL only (text, integer, serial via autoIncrement/identity): every migration runs on SQLite and PostgreSQL.
type AnyDb = Kysely<unknown>;

const idColumn = (dialect: 'sqlite' | 'postgres') =>
  dialect === 'postgres' ? 'serial' : 'integer';

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
          .addColumn('id', idColumn(dialect), (c) =>
            dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
          )
          .addColumn('form_id', 'text', (c) =>
            c.notNull().references('forms.id').onDelete('cascade'),
          )
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text')
          .addColumn('changes', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('form_edits_form')
          .on('form_edits')
          .columns(['form_id', 'at'])
          .execute();
      },
      async down(db: AnyDb) {
        await db.schema.dropTable('form_edits').execute();
        await db.schema.dropTable('forms').execute();
      },
    },
    '002_publishing_and_proof': {
      async up(db: AnyDb) {
        await db.schema
          .alterTable('forms')
          .addColumn('allowed_origins', 'text', (c) => c.notNull().defaultTo('[]'))
          .execute();
        await db.schema
          .alterTable('forms')
          .addColumn('record_network', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema.alterTable('forms').addColumn('published_version', 'integer').execute();
        await db.schema
          .createTable('form_versions')
          .addColumn('form_id', 'text', (c) =>
            c.notNull().references('forms.id').onDelete('cascade'),
          )
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
          .addColumn('form_id', 'text', (c) =>
            c.notNull().references('forms.id').onDelete('cascade'),
          )
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
        await db.schema
          .createIndex('submissions_form_created')
          .on('submissions')
          .columns(['form_id', 'created_at'])
          .execute();
        // Proof outlives the lead data and the form: no foreign keys, nothing cascades into the ledger.
        await db.schema
          .createTable('consent_records')
          .addColumn('seq', idColumn(dialect), (c) =>
            dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
          )
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('submission_id', 'text')
          .addColumn('form_id', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('content', 'text', (c) => c.notNull())
          .addColumn('prev_hash', 'text', (c) => c.notNull())
          .addColumn('hash', 'text', (c) => c.notNull().unique())
          .execute();
        await db.schema
          .createIndex('consent_records_submission')
          .on('consent_records')
          .column('submission_id')
          .execute();
        await db.schema
          .createTable('settings')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();
      },
      async down(db: AnyDb) {
        for (const table of ['settings', 'consent_records', 'submissions', 'form_versions'])
          await db.schema.dropTable(table).execute();
      },
    },
    '003_workspaces_and_review': {
      async up(db: AnyDb) {
        const serial = (t: string) =>
          db.schema
            .createTable(t)
            .addColumn('id', idColumn(dialect), (c) =>
              dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
            );
        await db.schema
          .createTable('workspaces')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('require_approval', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('memberships')
          .addColumn('workspace_id', 'text', (c) =>
            c.notNull().references('workspaces.id').onDelete('cascade'),
          )
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('memberships_pk', ['workspace_id', 'user_id'])
          .execute();
        await db.schema
          .createTable('invitations')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) =>
            c.notNull().references('workspaces.id').onDelete('cascade'),
          )
          .addColumn('email', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('invited_by', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('accepted_at', 'text')
          .execute();
        await db.schema
          .createTable('api_tokens')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) =>
            c.notNull().references('workspaces.id').onDelete('cascade'),
          )
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('scopes', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('last_used_at', 'text')
          .addColumn('revoked_at', 'text')
          .execute();
        await db.schema.alterTable('forms').addColumn('workspace_id', 'text').execute();
        await db.schema
          .alterTable('forms')
          .addColumn('review_status', 'text', (c) => c.notNull().defaultTo('draft'))
          .execute();
        await db.schema.alterTable('form_versions').addColumn('approval', 'text').execute();
        await db.schema
          .createTable('reviews')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('form_id', 'text', (c) =>
            c.notNull().references('forms.id').onDelete('cascade'),
          )
          .addColumn('definition', 'text', (c) => c.notNull())
          .addColumn('definition_hash', 'text', (c) => c.notNull())
          .addColumn('notice_hashes', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('submitted_by', 'text')
          .addColumn('submitted_at', 'text', (c) => c.notNull())
          .addColumn('decided_by', 'text')
          .addColumn('decided_at', 'text')
          .execute();
        await serial('review_comments')
          .addColumn('review_id', 'text', (c) =>
            c.notNull().references('reviews.id').onDelete('cascade'),
          )
          .addColumn('anchor', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('author', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await serial('audit_log')
          .addColumn('form_id', 'text')
          .addColumn('workspace_id', 'text')
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text')
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('detail', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '004_definition_schema_version': {
      async up(db: AnyDb) {
        // Every frozen definition so far was written under schema version 1.
        for (const table of ['form_versions', 'reviews'])
          await db.schema
            .alterTable(table)
            .addColumn('schema_version', 'integer', (c) => c.notNull().defaultTo(1))
            .execute();
        // Versions published before this migration stored the draft as typed, but fingerprinted its parsed
        // form (trimmed strings). Store exactly what was fingerprinted, so each version verifies from its own
        // bytes; a row is rewritten only when the fingerprint proves the parsed form is what was published.
        const { rows } = await sql<{
          form_id: string;
          version: number;
          definition: string;
          definition_hash: string;
        }>`select form_id, version, definition, definition_hash from form_versions`.execute(db);
        for (const row of rows) {
          const parsed = parseDefinition(JSON.parse(row.definition));
          if (!parsed.ok || hashOf(parsed.data) !== row.definition_hash) continue;
          const canonical = canonicalJson(parsed.data);
          if (canonical === row.definition) continue;
          await sql`update form_versions set definition = ${canonical} where form_id = ${row.form_id} and version = ${row.version}`.execute(
            db,
          );
        }
      },
      // Rewritten definitions stay canonical: they are what the fingerprints were taken of.
      async down(db: AnyDb) {
        for (const table of ['form_versions', 'reviews'])
          await db.schema.alterTable(table).dropColumn('schema_version').execute();
      },
    },
    '005_volume_and_chains': {
      async up(db: AnyDb) {
        // Keyset paging (newest first) and the campaign filter, served by indexes on both stores.
        await db.schema.dropIndex('submissions_form_created').execute();
        await db.schema
          .createIndex('submissions_form_page')
          .on('submissions')
          .columns(['form_id', 'created_at', 'id'])
          .execute();
        await db.schema
          .createIndex('submissions_form_campaign')
          .on('submissions')
          .columns(['form_id', 'campaign', 'created_at', 'id'])
          .execute();
        // One row per consent box of each submission: the purpose filter and the counts run in SQL.
        await db.schema
          .createTable('submission_consents')
          .addColumn('submission_id', 'text', (c) =>
            c.notNull().references('submissions.id').onDelete('cascade'),
          )
          .addColumn('form_id', 'text', (c) => c.notNull())
          .addColumn('purpose', 'text', (c) => c.notNull())
          .addColumn('given', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('submission_consents_pk', ['submission_id', 'purpose'])
          .execute();
        await db.schema
          .createIndex('submission_consents_filter')
          .on('submission_consents')
          .columns(['form_id', 'purpose', 'given', 'submission_id'])
          .execute();
        let after = '';
        for (;;) {
          const { rows } = await sql<{ id: string; form_id: string; consents: string }>`
            select id, form_id, consents from submissions where id > ${after} order by id limit 1000`.execute(
            db,
          );
          if (!rows.length) break;
          const values = rows.flatMap((r) =>
            Object.entries(JSON.parse(r.consents) as Record<string, boolean>).map(
              ([purpose, given]) => ({
                submission_id: r.id,
                form_id: r.form_id,
                purpose,
                given: given ? 1 : 0,
              }),
            ),
          );
          if (values.length)
            await (db as Kysely<{ submission_consents: (typeof values)[number] }>)
              .insertInto('submission_consents')
              .values(values)
              .execute();
          after = rows[rows.length - 1]?.id ?? after;
        }
        // One chain per workspace (../shared/LEDGER.md). Records so far form the legacy chain, in order.
        await db.schema
          .alterTable('consent_records')
          .addColumn('chain_id', 'text', (c) => c.notNull().defaultTo('legacy'))
          .execute();
        await db.schema.alterTable('consent_records').addColumn('chain_seq', 'integer').execute();
        await db.schema
          .alterTable('consent_records')
          .addColumn('kind', 'text', (c) => c.notNull().defaultTo('submission'))
          .execute();
        await sql`update consent_records as r set chain_seq = x.n
          from (select seq, row_number() over (order by seq) as n from consent_records) as x
          where x.seq = r.seq`.execute(db);
        await db.schema
          .createIndex('consent_records_chain')
          .on('consent_records')
          .columns(['chain_id', 'chain_seq'])
          .unique()
          .execute();
        // Each chain's head: appending locks this row only, and verify compares it with the chain's end.
        await db.schema
          .createTable('chain_heads')
          .addColumn('chain_id', 'text', (c) => c.primaryKey())
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('hash', 'text', (c) => c.notNull())
          .execute();
        await sql`insert into chain_heads (chain_id, seq, hash)
          select 'legacy', chain_seq, hash from consent_records
          where chain_seq = (select max(chain_seq) from consent_records)`.execute(db);
        // Recent submissions per key (form and address), shared by every app server (PostgreSQL).
        await db.schema
          .createTable('rate_limits')
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('rate_limits_key_at')
          .on('rate_limits')
          .columns(['key', 'at'])
          .execute();
        await db.schema.createIndex('rate_limits_at').on('rate_limits').column('at').execute();
      },
      // Back to one chain: only meaningful while every record is still in the legacy chain.
      async down(db: AnyDb) {
        for (const table of ['rate_limits', 'chain_heads', 'submission_consents'])
          await db.schema.dropTable(table).execute();
        await db.schema.dropIndex('consent_records_chain').execute();
        for (const column of ['kind', 'chain_seq', 'chain_id'])
          await db.schema.alterTable('consent_records').dropColumn(column).execute();
        await db.schema.dropIndex('submissions_form_campaign').execute();
        await db.schema.dropIndex('submissions_form_page').execute();
        await db.schema
          .createIndex('submissions_form_created')
          .on('submissions')
          .columns(['form_id', 'created_at'])
          .execute();
      },
    },
    // Each chain's head carries its signed checkpoint (lib/proof/checkpoint.ts), signed with a key kept
    // outside the database: null for heads written before, until their chain's next append or verify.
    '006_ledger_head_signature': {
      async up(db: AnyDb) {
        await db.schema.alterTable('chain_heads').addColumn('signature', 'text').execute();
      },
      async down(db: AnyDb) {
        await db.schema.alterTable('chain_heads').dropColumn('signature').execute();
      },
    },
    '007_sign_in_attempts': signInAttempts,
    // The id that names this database in the checkpoint file (lib/submissions/seal.ts), created with the
    // schema rather than on first use, so that checking the ledger writes nothing it does not have to.
    '008_ledger_id': {
      async up(db: AnyDb) {
        await sql`insert into settings (key, value) values ('ledger_id', ${randomBytes(32).toString('hex')})
          on conflict (key) do nothing`.execute(db);
      },
      async down() {
        // The id stays: checkpoints already written name the database by it.
      },
    },
    '009_archive_forms': archiveForms,
    '010_review_loop': reviewLoop,
  };
}
