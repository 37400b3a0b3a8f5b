import { z } from 'zod';
import type { Cursor, StoredSubmission, SubmissionFilters } from './repository';
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

/**
 * One CSV cell per RFC 4180 (quoted when it holds a quote, comma or line break, quotes doubled). A cell a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return, as OWASP lists) is
 * prefixed with an apostrophe so it shows as text. Small enough to own: csv-stringify would need the same
 * formula guard written as a cast, and this is the whole of what the exports need.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record, CRLF-terminated; missing columns are empty cells. */
export const csvLine = (columns: readonly string[], row: Row): string =>
  `${columns.map((c) => csvCell(row[c] ?? '')).join(',')}\r\n`;

/** The whole CSV of a small table (tests); exports stream csvLine per row. */
export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const header = Object.fromEntries(columns.map((c) => [c, c]));
  return [header, ...rows].map((r) => csvLine(columns, r)).join('');
}

export const EXPORT_FORMATS = ['csv', 'json', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The text pieces of an export: before the rows, each row, between rows, after the rows. */
export function exportParts(format: ExportFormat, columns: readonly string[]) {
  switch (format) {
    case 'csv':
      return {
        contentType: 'text/csv; charset=utf-8',
        head: csvLine(columns, Object.fromEntries(columns.map((c) => [c, c]))),
        row: (r: Row) => csvLine(columns, r),
        separator: '',
        tail: '',
      };
    case 'json':
      return {
        contentType: 'application/json; charset=utf-8',
        head: `{"columns":${JSON.stringify(columns)},"rows":[\n`,
        row: (r: Row) => JSON.stringify(r),
        separator: ',\n',
        tail: '\n]}\n',
      };
    case 'ndjson':
      return {
        contentType: 'application/x-ndjson; charset=utf-8',
        head: '',
        row: (r: Row) => `${JSON.stringify(r)}\n`,
        separator: '',
        tail: '',
      };
  }
}

/** A page cursor as it travels in a URL: base64url of [createdAt, id]. */
export const encodeCursor = (c: Cursor): string =>
  Buffer.from(JSON.stringify([c.createdAt, c.id])).toString('base64url');

const cursorTuple = z.tuple([z.iso.datetime(), z.string().min(1).max(100)]);

/** The cursor in a URL, or undefined when absent or not one of ours. */
export function decodeCursor(value: string | undefined): Cursor | undefined {
  if (!value || value.length > 300) return undefined;
  try {
    const parsed = cursorTuple.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString()));
    return parsed.success ? { createdAt: parsed.data[0], id: parsed.data[1] } : undefined;
  } catch {
    return undefined;
  }
}
