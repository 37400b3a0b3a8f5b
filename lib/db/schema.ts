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
}

export interface FormEditsTable {
  id: Generated<number>;
  form_id: string;
  at: string;
  actor: string | null;
  /** JSON array of the definition paths this edit changed. */
  changes: string;
}

export interface Database {
  forms: FormsTable;
  form_edits: FormEditsTable;
}

export type FormRow = Selectable<FormsTable>;
export type NewFormRow = Insertable<FormsTable>;
