import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requireAccess } from '@/lib/auth/access';
import { dataFor } from '@/lib/data';
import { formatDateTime } from '@/lib/intl/format';
import { auditPageQuery, mayReadAudit } from '@/lib/data/audit-access';

export const metadata: Metadata = { title: 'Audit log' };

/** The workspace audit log, newest first, 50 a page, for admins and legal reviewers. */
export default async function AuditPage({ searchParams }: PageProps<'/audit'>) {
  const actor = await requireAccess('account');
  if (!mayReadAudit(actor.role)) forbidden();
  const query = auditPageQuery(await searchParams);
  const page = await (await dataFor(actor)).audit.page(query);
  return (
    <>
      <h1>Audit log</h1>
      <p>
        {page.total} entr{page.total === 1 ? 'y' : 'ies'} in all: who created, edited, submitted,
        approved, published, archived or deleted a form, invited a member, changed a role, a token
        or a setting, and when. Entries are never changed or removed.
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Form</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {page.entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at)}</td>
              <td>{e.actor ?? 'system'}</td>
              <td>{e.action}</td>
              <td>
                {e.formId ? (
                  <Link href={`/forms/${e.formId}/review`}>{e.formId.slice(0, 8)}</Link>
                ) : (
                  '—'
                )}
              </td>
              <td>{e.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Audit log pages" className="actions">
        {query.before !== undefined ? <Link href="/audit">Newest</Link> : null}
        {page.next !== undefined ? (
          <Link href={`/audit?before=${String(page.next)}`}>Older entries</Link>
        ) : null}
      </nav>
    </>
  );
}
