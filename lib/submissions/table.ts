import { z } from 'zod';
import type { StoredSubmission, SubmissionFilters } from './repository';
import { UTM_KEYS } from './record';

/** Filters as they arrive in the page's query string; bad values are ignored, not fatal. */
export const filtersSchema = z.object({
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  campaign: z.string().trim().max(200).optional().catch(undefined),
  purpose: z
    .string()
    .regex(/^[a-z][a-z0-9_-]{0,39}$/)
    .optional()
    .catch(undefined),
  consent: z.enum(['given', 'refused']).optional().catch(undefined),
});

export function toRepositoryFilters(f: z.infer<typeof filtersSchema>): SubmissionFilters {
  const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();
  return {
    from: f.from ? `${f.from}T00:00:00.000Z` : undefined,
    to: f.to ? nextDay(f.to) : undefined,
    campaign: f.campaign || undefined,
    purpose: f.purpose,
    consent: f.consent,
  };
}

export type Row = Record<string, string>;

/** The columns of the table, the CSV and the JSON export: the same for all three. */
export function columnsFor(
  purposeIds: readonly string[],
  fieldKeys: readonly string[] = [],
): string[] {
  return [
    'created_at',
    'receipt',
    'version',
    'lang',
    'embed',
    'origin',
    'page',
    'referrer',
    ...UTM_KEYS,
    ...purposeIds.map((id) => `consent:${id}`),
    ...fieldKeys.map((k) => `field:${k}`),
  ];
}

/** One row; field values only when `fieldKeys` is given (members allowed to read leads). */
export function toRow(
  s: StoredSubmission,
  purposeIds: readonly string[],
  fieldKeys: readonly string[] = [],
): Row {
  const row: Row = {
    created_at: s.createdAt,
    receipt: s.id,
    version: String(s.version),
    lang: s.lang,
    embed: s.provenance.embed,
    origin: s.provenance.origin ?? '',
    page: s.provenance.page ?? '',
    referrer: s.provenance.referrer ?? '',
  };
  for (const key of UTM_KEYS) row[key] = s.provenance.utm[key] ?? '';
  for (const id of purposeIds)
    row[`consent:${id}`] = id in s.consents ? (s.consents[id] ? 'given' : 'refused') : '';
  for (const key of fieldKeys) row[`field:${key}`] = s.fields[key] ?? '';
  return row;
}

/** RFC 4180 CSV; cells that a spreadsheet would run as a formula are prefixed with an apostrophe. */
export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `${[columns.map(cell).join(','), ...rows.map((r) => columns.map((c) => cell(r[c] ?? '')).join(','))].join('\r\n')}\r\n`;
}
