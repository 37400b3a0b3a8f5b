import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FormNav } from '@/components/forms/form-nav';
import { VerifyLedger } from '@/components/forms/verify-ledger';
import { requireAccess } from '@/lib/auth/access';
import { can } from '@/lib/auth/roles';
import { formOf } from '@/lib/data/service';
import { submissionTable } from '@/lib/data/view';
import { formatDateTime } from '@/lib/intl/format';
import { verifyLedger } from '../../actions';

export const metadata: Metadata = { title: 'Submissions' };

export default async function SubmissionsPage({
  params,
  searchParams,
}: PageProps<'/forms/[id]/submissions'>) {
  const actor = await requireAccess('proofs:read');
  const { id } = await params;
  const form = await formOf(actor, id);
  if (!form) notFound();
  const query = await searchParams;
  const { filters, purposeIds, fieldKeys, submissions, rows } = await submissionTable(
    id,
    query,
    can(actor.role, 'leads:read'),
  );
  const exportQuery = new URLSearchParams(
    Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );

  return (
    <>
      <h1>{form.title}</h1>
      <FormNav id={id} current="/submissions" />
      <form className="filters" method="get" aria-label="Filter submissions">
        <div className="input">
          <label htmlFor="f-from">From</label>
          <input id="f-from" type="date" name="from" defaultValue={filters.from} />
        </div>
        <div className="input">
          <label htmlFor="f-to">To</label>
          <input id="f-to" type="date" name="to" defaultValue={filters.to} />
        </div>
        <div className="input">
          <label htmlFor="f-campaign">Campaign (utm_campaign)</label>
          <input id="f-campaign" name="campaign" defaultValue={filters.campaign} />
        </div>
        <div className="input">
          <label htmlFor="f-purpose">Consent to</label>
          <select id="f-purpose" name="purpose" defaultValue={filters.purpose ?? ''}>
            <option value="">Any purpose</option>
            {purposeIds.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <div className="input">
          <label htmlFor="f-consent">Answer</label>
          <select id="f-consent" name="consent" defaultValue={filters.consent ?? ''}>
            <option value="">Given or refused</option>
            <option value="given">Given</option>
            <option value="refused">Refused</option>
          </select>
        </div>
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      <p>
        {submissions.length} submission{submissions.length === 1 ? '' : 's'} ·{' '}
        <a href={`/forms/${id}/submissions/export?${exportQuery}&format=csv`}>Export CSV</a> ·{' '}
        <a href={`/forms/${id}/submissions/export?${exportQuery}&format=json`}>Export JSON</a>
      </p>
      <VerifyLedger verify={verifyLedger} />
      {submissions.length === 0 ? (
        <p className="empty">
          No submission
          {Object.values(filters).some(Boolean)
            ? ' matches these filters'
            : ' yet: publish the form and embed it'}
          .
        </p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="sr-only">Submissions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Created</th>
                <th scope="col">Page</th>
                <th scope="col">Campaign</th>
                <th scope="col">Embed</th>
                {purposeIds.map((p) => (
                  <th key={p} scope="col">
                    {p}
                  </th>
                ))}
                {fieldKeys.map((k) => (
                  <th key={k} scope="col">
                    {k}
                  </th>
                ))}
                <th scope="col">Proof</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.receipt}>
                  <td>
                    <time dateTime={r.created_at}>{formatDateTime(r.created_at)}</time>
                  </td>
                  <td className="page-cell">{r.page || r.origin || '—'}</td>
                  <td>
                    {[r.utm_campaign, r.utm_source, r.utm_medium].filter(Boolean).join(' / ') ||
                      '—'}
                  </td>
                  <td>{r.embed}</td>
                  {purposeIds.map((p) => (
                    <td key={p}>
                      {r[`consent:${p}`] === 'given'
                        ? 'Given'
                        : r[`consent:${p}`] === 'refused'
                          ? 'Refused'
                          : '—'}
                    </td>
                  ))}
                  {fieldKeys.map((k) => (
                    <td key={k}>{r[`field:${k}`] || '—'}</td>
                  ))}
                  <td>
                    <Link
                      href={`/forms/${id}/submissions/${r.receipt}`}
                      aria-label={`Proof of submission ${r.receipt}`}
                    >
                      Proof
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
