import { Fragment } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FormNav } from '@/components/forms/form-nav';
import { VerifyLedger } from '@/components/forms/verify-ledger';
import { requireAccess } from '@/lib/auth/access';
import { can } from '@/lib/auth/roles';
import { formOrNotFound } from '@/lib/data';
import { formatCount, formatDateTime } from '@/lib/intl/format';
import type { Cursor } from '@/lib/submissions/repository';
import { encodeCursor, EXPORT_FORMATS } from '@/lib/submissions/table';
import { verifyLedger } from '../../actions';

export const metadata: Metadata = { title: 'Submissions' };

export default async function SubmissionsPage({
  params,
  searchParams,
}: PageProps<'/forms/[id]/submissions'>) {
  const actor = await requireAccess('proofs:read');
  const { id } = await params;
  const scoped = await formOrNotFound(actor, id);
  const query = await searchParams;
  const [form, { filters, purposeIds, fieldKeys, page, counts, rows }] = await Promise.all([
    scoped.get(),
    scoped.submissions.page(query, can(actor.role, 'leads:read')),
  ]);
  if (!form) notFound();
  const filterQuery = new URLSearchParams(
    Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const withCursor = (key: 'after' | 'before', cursor: Cursor) =>
    `?${new URLSearchParams([...filterQuery, [key, encodeCursor(cursor)]])}`;
  const filtered = Object.values(filters).some(Boolean);

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
      <p id="submission-count">
        {formatCount(counts.total)} submission{counts.total === 1 ? '' : 's'}
        {filtered ? ' match these filters' : ''} · export every one:{' '}
        {EXPORT_FORMATS.map((format, i) => (
          <Fragment key={format}>
            {i > 0 ? ' · ' : ''}
            <a
              href={`/forms/${id}/submissions/export?${new URLSearchParams([...filterQuery, ['format', format]])}`}
              download
            >
              {format.toUpperCase()}
            </a>
          </Fragment>
        ))}
      </p>
      {purposeIds.length > 0 && counts.total > 0 ? (
        <ul className="consent-counts" aria-label="Consent answers among these submissions">
          {purposeIds.map((p) => (
            <li key={p}>
              <strong>{p}</strong>: {formatCount(counts.byPurpose[p]?.given ?? 0)} given,{' '}
              {formatCount(counts.byPurpose[p]?.refused ?? 0)} refused
            </li>
          ))}
        </ul>
      ) : null}
      <VerifyLedger verify={verifyLedger} />
      {rows.length === 0 ? (
        <p className="empty">
          No submission
          {filtered ? ' matches these filters' : ' yet: publish the form and embed it'}.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="sr-only">
              Submissions, newest first: {rows.length} of {formatCount(counts.total)}
            </caption>
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
      {page.prev || page.next ? (
        <nav className="pager" aria-label="Pages of submissions">
          {page.prev ? (
            <Link href={withCursor('before', page.prev)} rel="prev">
              ← Newer
            </Link>
          ) : null}
          {page.next ? (
            <Link href={withCursor('after', page.next)} rel="next">
              Older →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
