import { consentPurposes } from '../form';
import type { VersionRepository } from '../publishing/versions';
import type { StoredSubmission, SubmissionRepository } from '../submissions/repository';
import { exportStream } from '../submissions/export';
import {
  decodeCursor,
  filtersSchema,
  toRepositoryFilters,
  toRow,
  type ExportFormat,
} from '../submissions/table';

export type Query = Record<string, string | string[] | undefined>;
type Repositories = { versions: VersionRepository; submissions: SubmissionRepository };

const single = (query: Query) =>
  Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));

/**
 * The columns of a form's submissions, the same on the page and in every export: each consent purpose of
 * the latest version and any purpose older submissions have a box for; lead fields for those who may read them.
 */
async function columnsOf(
  { versions, submissions }: Repositories,
  formId: string,
  withLeads: boolean,
) {
  const latest = await versions.latest(formId);
  const purposeIds = latest ? consentPurposes(latest.definition).map((p) => p.id) : [];
  for (const id of await submissions.purposes(formId))
    if (!purposeIds.includes(id)) purposeIds.push(id);
  const fieldKeys = withLeads && latest ? latest.definition.fields.map((f) => f.key) : [];
  return { purposeIds, fieldKeys };
}

/** One page of a form's submissions, filtered in SQL, with the true total and the counts per purpose. */
export async function submissionPage(
  repos: Repositories,
  formId: string,
  query: Query,
  withLeads: boolean,
) {
  const raw = single(query);
  const filters = filtersSchema.parse(raw);
  const repoFilters = toRepositoryFilters(filters);
  const { purposeIds, fieldKeys } = await columnsOf(repos, formId, withLeads);
  const [page, counts] = await Promise.all([
    repos.submissions.page(formId, repoFilters, {
      after: decodeCursor(raw.after),
      before: decodeCursor(raw.before),
    }),
    repos.submissions.counts(formId, repoFilters),
  ]);
  return {
    filters,
    purposeIds,
    fieldKeys,
    page,
    counts,
    rows: page.items.map((s: StoredSubmission) => toRow(s, purposeIds, fieldKeys)),
  };
}

/**
 * Every matching submission as CSV, JSON or NDJSON, streamed: rows are read in batches as the client
 * reads, so memory stays flat at any volume and nothing is left out.
 */
export async function submissionExport(
  repos: Repositories,
  formId: string,
  query: Query,
  withLeads: boolean,
  format: ExportFormat,
): Promise<{ contentType: string; body: ReadableStream<Uint8Array> }> {
  const filters = toRepositoryFilters(filtersSchema.parse(single(query)));
  const { purposeIds, fieldKeys } = await columnsOf(repos, formId, withLeads);
  return exportStream(repos.submissions.stream(formId, filters), format, purposeIds, fieldKeys);
}
