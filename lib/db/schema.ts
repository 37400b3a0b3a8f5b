import type { Generated, Insertable, Selectable } from 'kysely';

/** Timestamps are ISO-8601 UTC strings and JSON is text, so both stores hold identical values. */
export interface FormsTable {
  id: string;
  title: string;
  status: 'draft' | 'published';
  definition: string;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
  /** JSON array of origins (scheme://host[:port]) allowed to post the embedded form. */
  allowed_origins: Generated<string>;
  /** 1 when submissions keep a truncated IP address and the user agent; 0 (default) otherwise. */
  record_network: Generated<number>;
  published_version: number | null;
}

export interface FormEditsTable {
  id: Generated<number>;
  form_id: string;
  at: string;
  actor: string | null;
  /** JSON array of the definition paths this edit changed. */
  changes: string;
}

/** An immutable published version: definition, notices and their hashes, frozen. */
export interface FormVersionsTable {
  form_id: string;
  version: number;
  definition: string;
  definition_hash: string;
  /** JSON { fr?: { short, full }, en?: { short, full } } of HTML notices. */
  notices: string;
  /** JSON { fr?: hash, en?: hash } of the notice texts (short and full) per language. */
  notice_hashes: string;
  /** JSON { fr?: hash, en?: hash } of the rendered form per language. */
  form_hashes: string;
  published_at: string;
  published_by: string | null;
}

/** A lead: the field values the visitor gave, and where the submission came from. */
export interface SubmissionsTable {
  id: string;
  form_id: string;
  version: number;
  created_at: string;
  lang: string;
  fields: string;
  provenance: string;
  /** JSON { purposeId: true|false } of every consent box, refusals included. */
  consents: string;
  /** utm_campaign of the page, for filtering. */
  campaign: string | null;
  idempotency_key: string | null;
  ip: string | null;
  user_agent: string | null;
}

/** The proof ledger: append-only, each record's hash covers its content and the previous hash. */
export interface ConsentRecordsTable {
  seq: Generated<number>;
  id: string;
  submission_id: string | null;
  form_id: string;
  created_at: string;
  content: string;
  prev_hash: string;
  hash: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface Database {
  forms: FormsTable;
  form_edits: FormEditsTable;
  form_versions: FormVersionsTable;
  submissions: SubmissionsTable;
  consent_records: ConsentRecordsTable;
  settings: SettingsTable;
}

export type FormRow = Selectable<FormsTable>;
export type NewFormRow = Insertable<FormsTable>;
