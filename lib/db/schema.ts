import type { Generated, Insertable, Selectable } from 'kysely';

/** Timestamps are ISO-8601 UTC strings and JSON is text, so both stores hold identical values. */
export type FormsTable = {
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
  workspace_id: string | null;
  /** draft → in_review → changes_requested | approved (of the draft whose hash the latest review holds). */
  review_status: Generated<string>;
  /** Set when the form was archived: closed to new submissions, its evidence kept (lib/forms/archive.ts). */
  archived_at: string | null;
  archived_by: string | null;
  /** Set when an admin deleted the leads' answers of this archived form; the consent records stay. */
  leads_deleted_at: string | null;
  leads_deleted_by: string | null;
};

export type FormEditsTable = {
  id: Generated<number>;
  form_id: string;
  at: string;
  actor: string | null;
  /** JSON array of the definition paths this edit changed. */
  changes: string;
};

/** An immutable published version: definition, notices and their hashes, frozen. */
export type FormVersionsTable = {
  form_id: string;
  version: number;
  /** Canonical JSON (RFC 8785) of the definition as published: its SHA-256 is definition_hash. */
  definition: string;
  definition_hash: string;
  /** The definition schema version it was written under (lib/form/frozen.ts). */
  schema_version: Generated<number>;
  /** JSON { fr?: { short, full }, en?: { short, full } } of HTML notices. */
  notices: string;
  /** JSON { fr?: hash, en?: hash } of the notice texts (short and full) per language. */
  notice_hashes: string;
  /** JSON { fr?: hash, en?: hash } of the rendered form per language. */
  form_hashes: string;
  published_at: string;
  published_by: string | null;
  /** JSON { reviewId, reviewer, at, noticeHashes } of the legal approval this version was published under. */
  approval: string | null;
};

/** A lead: the field values the visitor gave, and where the submission came from. */
export type SubmissionsTable = {
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
};

/**
 * The proof ledger: append-only hash chains, one per workspace (the records written before that form the
 * `legacy` chain). `seq` is the row's order of insertion across chains; `chain_seq` its place in its chain.
 */
export type ConsentRecordsTable = {
  seq: Generated<number>;
  chain_id: string;
  chain_seq: number;
  kind: string;
  id: string;
  submission_id: string | null;
  form_id: string;
  created_at: string;
  content: string;
  prev_hash: string;
  hash: string;
};

/** One consent box of a submission: filters and counts by purpose run in SQL. */
export type SubmissionConsentsTable = {
  submission_id: string;
  form_id: string;
  purpose: string;
  given: number;
};

/** The last record of each chain; appending locks this row only. */
export type ChainHeadsTable = {
  chain_id: string;
  seq: number;
  hash: string;
  /** JSON of the head's signed checkpoint (lib/proof/checkpoint.ts); null before head signing. */
  signature: string | null;
};

/** One accepted submission per row, per key (form and address), for the shared rate limit. */
export type RateLimitsTable = {
  key: string;
  /** ISO-8601 UTC, to the millisecond. */
  at: string;
};

/** A sign-in attempt not known to have succeeded, once per key it counts against (account, address). */
export type SignInAttemptsTable = {
  attempt_id: string;
  key: string;
  /** ISO-8601 UTC, to the millisecond. */
  at: string;
};

export type SettingsTable = {
  key: string;
  value: string;
};

export type WorkspacesTable = {
  id: string;
  name: string;
  require_approval: Generated<number>;
  /** 1 when the member who submitted a draft for review may approve it; 0 (default) otherwise. */
  allow_self_approval: Generated<number>;
  created_at: string;
};

export type MembershipsTable = {
  workspace_id: string;
  user_id: string;
  role: string;
  created_at: string;
};

export type InvitationsTable = {
  token_hash: string;
  workspace_id: string;
  email: string;
  role: string;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
};

export type ApiTokensTable = {
  id: string;
  workspace_id: string;
  name: string;
  token_hash: string;
  scopes: string;
  created_by: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};

export type ReviewsTable = {
  id: string;
  form_id: string;
  definition: string;
  definition_hash: string;
  /** The definition schema version it was written under (lib/form/frozen.ts). */
  schema_version: Generated<number>;
  notice_hashes: string;
  status: string;
  submitted_by: string | null;
  submitted_at: string;
  decided_by: string | null;
  decided_at: string | null;
  /** The submitting member's user id: the no-self-approval rule compares it with the approver's. */
  submitter_id: string | null;
  /** 1 when the submitter approved it (allowed by the workspace setting); said in the version's proof. */
  self_approved: Generated<number>;
};

export type ReviewCommentsTable = {
  id: Generated<number>;
  review_id: string;
  anchor: string;
  body: string;
  author: string | null;
  created_at: string;
  /** The comment this one replies to (threads are one level deep), or null. */
  parent_id: number | null;
};

/** A revocable, unguessable link to a review's summary and card, readable without signing in. */
export type ReviewSharesTable = {
  /** SHA-256 of the token; the token itself is shown once, in the link. */
  token_hash: string;
  form_id: string;
  created_by: string | null;
  created_at: string;
  revoked_at: string | null;
};

export type AuditLogTable = {
  id: Generated<number>;
  form_id: string | null;
  workspace_id: string | null;
  at: string;
  actor: string | null;
  action: string;
  detail: string;
};

export type Database = {
  forms: FormsTable;
  form_edits: FormEditsTable;
  form_versions: FormVersionsTable;
  submissions: SubmissionsTable;
  consent_records: ConsentRecordsTable;
  submission_consents: SubmissionConsentsTable;
  chain_heads: ChainHeadsTable;
  rate_limits: RateLimitsTable;
  sign_in_attempts: SignInAttemptsTable;
  settings: SettingsTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  api_tokens: ApiTokensTable;
  reviews: ReviewsTable;
  review_comments: ReviewCommentsTable;
  review_shares: ReviewSharesTable;
  audit_log: AuditLogTable;
};

export type FormRow = Selectable<FormsTable>;
export type NewFormRow = Insertable<FormsTable>;
