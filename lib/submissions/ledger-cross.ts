import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { canonicalJson } from '../proof/canonical';
import type { ConsentRecordContent } from './record';

/** A record as verify reads it: its columns, and its submission's row when there is one. */
export type CheckedRow = {
  id: string;
  submission_id: string | null;
  form_id: string;
  created_at: string;
  content: string;
  s_id: string | null;
  s_form: string | null;
  s_version: number | null;
  s_created: string | null;
  s_lang: string | null;
  s_consents: string | null;
  s_provenance: string | null;
  s_campaign: string | null;
  s_ip: string | null;
  s_user_agent: string | null;
  /** The record's form, null once the form was deleted (which removes its submissions, never the proof). */
  f_id: string | null;
};

/** The consent rows (submission_consents) of a batch's submissions: what filters and counts read. */
export type ConsentRows = Map<string, { form: string; given: Record<string, boolean> }>;

export async function consentRowsOf(
  db: Kysely<Database>,
  submissionIds: readonly string[],
): Promise<ConsentRows> {
  const rows = submissionIds.length
    ? await db
        .selectFrom('submission_consents')
        .select(['submission_id', 'form_id', 'purpose', 'given'])
        .where('submission_id', 'in', submissionIds)
        .execute()
    : [];
  const out: ConsentRows = new Map();
  for (const r of rows) {
    const entry = out.get(r.submission_id) ?? { form: r.form_id, given: {} };
    if (entry.form !== r.form_id) entry.form = `${entry.form}, ${r.form_id}`;
    entry.given[r.purpose] = r.given === 1;
    out.set(r.submission_id, entry);
  }
  return out;
}

const word = (given: boolean | undefined) =>
  given === undefined ? 'absent' : given ? 'given' : 'refused';

/** The first box on which two { purpose: given } maps disagree, worded; null when they agree. */
function boxesDiffer(
  where: string,
  shown: Record<string, boolean>,
  recorded: Record<string, boolean>,
): string | null {
  for (const id of new Set([...Object.keys(shown), ...Object.keys(recorded)]))
    if (shown[id] !== recorded[id])
      return `${where} says consent to "${id}" was ${word(shown[id])}, the record says ${word(recorded[id])}`;
  return null;
}

/**
 * Whether every column a page, an export or an API shows still says what the hashed record says: the
 * record's own columns outside its hash (id, submission_id, form_id, created_at), its submission's row
 * (ids, form, version, date, language, each box, provenance, network) and its consent rows. The lead's
 * field values are not in the record (personal data stays out of the proof) and cannot be checked here.
 */
export function crossCheck(row: CheckedRow, consentRows: ConsentRows): string | null {
  const c = JSON.parse(row.content) as ConsentRecordContent;
  if (row.id !== c.recordId) return `its id column (${row.id}) differs from the record's id`;
  if (row.submission_id !== c.submissionId)
    return `its submission_id column names ${row.submission_id ?? 'nothing'}, the record names ${c.submissionId}`;
  if (row.form_id !== c.form.id)
    return `its form_id column names ${row.form_id}, the record names ${c.form.id}`;
  if (row.created_at !== c.createdAt)
    return `its created_at column (${row.created_at}) differs from the record's date (${c.createdAt})`;
  if (row.s_id === null)
    return row.f_id === null
      ? null
      : `its submission ${c.submissionId} is missing while its form still exists (the submission row was deleted)`;
  if (row.s_form !== c.form.id || row.s_version !== c.form.version)
    return `its submission row names form ${row.s_form ?? '?'} version ${String(row.s_version)}, the record form ${c.form.id} version ${c.form.version}`;
  if (row.s_created !== c.createdAt)
    return `its submission row is dated ${row.s_created ?? '?'}, the record ${c.createdAt}`;
  if (row.s_lang !== c.notice.lang)
    return `its submission row's language (${row.s_lang ?? '?'}) differs from the record's (${c.notice.lang})`;
  const recorded = Object.fromEntries(c.consents.map((b) => [b.id, b.ticked]));
  const boxes = boxesDiffer(
    'its submission row',
    JSON.parse(row.s_consents ?? '{}') as Record<string, boolean>,
    recorded,
  );
  if (boxes) return boxes;
  const rows = consentRows.get(row.s_id) ?? { form: c.form.id, given: {} };
  if (rows.form !== c.form.id)
    return `its consent rows name form ${rows.form}, the record ${c.form.id}`;
  const counted = boxesDiffer('its consent rows (filters and counts)', rows.given, recorded);
  if (counted) return counted;
  if (
    row.s_provenance !== null &&
    canonicalJson(JSON.parse(row.s_provenance)) !== canonicalJson(c.provenance)
  )
    return 'its submission row shows another provenance (page, origin, referrer or campaign) than the record';
  if ((row.s_campaign ?? undefined) !== c.provenance.utm.utm_campaign)
    return `its submission row's campaign (${row.s_campaign ?? 'none'}) differs from the record's`;
  if (row.s_ip !== (c.network?.ip ?? null) || row.s_user_agent !== (c.network?.userAgent ?? null))
    return 'its submission row shows another address or user agent than the record';
  return null;
}
