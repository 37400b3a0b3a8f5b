import 'server-only';
import { consentPurposes } from '../form';
import { submissions, versions } from './service';
import { columnsFor, filtersSchema, toRepositoryFilters, toRow } from '../submissions/table';

/** The rows of a form's submissions, filtered, with the same columns on the page and in the exports. */
export async function submissionTable(
  formId: string,
  query: Record<string, string | string[] | undefined>,
  withLeads: boolean,
) {
  const single = Object.fromEntries(
    Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const filters = filtersSchema.parse(single);
  const latest = await (await versions()).latest(formId);
  const purposeIds = latest ? consentPurposes(latest.definition).map((p) => p.id) : [];
  const fieldKeys = withLeads && latest ? latest.definition.fields.map((f) => f.key) : [];
  const list = await (await submissions()).list(formId, toRepositoryFilters(filters));
  for (const s of list)
    for (const id of Object.keys(s.consents)) if (!purposeIds.includes(id)) purposeIds.push(id);
  return {
    filters,
    purposeIds,
    fieldKeys,
    columns: columnsFor(purposeIds, fieldKeys),
    submissions: list,
    rows: list.map((s) => toRow(s, purposeIds, fieldKeys)),
  };
}
