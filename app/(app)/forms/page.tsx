import type { Metadata } from 'next';
import Link from 'next/link';
import { requireAccess } from '@/lib/auth/access';
import { can } from '@/lib/auth/roles';
import { dataFor } from '@/lib/data';
import { formatDateTime } from '@/lib/intl/format';
import { formState } from '@/components/forms/form-state';
import { LintBadge } from '@/components/forms/lint-badge';
import { ArchiveFilter } from '@/components/forms/archive-filter';

export const metadata: Metadata = { title: 'Forms' };
export const dynamic = 'force-dynamic';

export default async function FormsPage({ searchParams }: PageProps<'/forms'>) {
  const actor = await requireAccess('forms:read');
  const archived = (await searchParams).show === 'archived';
  const all = await (await dataFor(actor)).forms.list();
  const list = all.filter((form) => (form.archivedAt !== null) === archived);
  const archivedCount = all.filter((form) => form.archivedAt !== null).length;
  const canCreate = can(actor.role, 'forms:write');
  return (
    <>
      <div className="page-head">
        <h1>Forms</h1>
        {canCreate ? (
          <Link className="button primary" href="/forms/new">
            New form
          </Link>
        ) : null}
      </div>
      <ArchiveFilter
        archived={archived}
        live={all.length - archivedCount}
        archivedCount={archivedCount}
      />
      {archived && list.length === 0 ? (
        <p>No archived form. A published form with submissions is archived when it is deleted.</p>
      ) : list.length === 0 ? (
        <section className="empty">
          <h2>No form yet</h2>
          {canCreate ? (
            <>
              <p>
                Start from a reviewed template (newsletter, quote request, contest…) or from a blank
                form. Conforme writes the notice and checks the law as you go.
              </p>
              <Link className="button primary" href="/forms/new">
                Create your first form
              </Link>
            </>
          ) : (
            <p>Forms that marketers create appear here for you to read and review.</p>
          )}
        </section>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col">Last edit</th>
              <th scope="col">Compliance</th>
            </tr>
          </thead>
          <tbody>
            {list.map((form) => (
              <tr key={form.id}>
                <td>
                  <Link href={`/forms/${form.id}`}>{form.title}</Link>
                </td>
                <td>
                  {form.archivedAt
                    ? `Archived, ${formatDateTime(form.archivedAt)}`
                    : formState(form)}
                </td>
                <td>
                  <time dateTime={form.updatedAt}>{formatDateTime(form.updatedAt)}</time>
                </td>
                <td>
                  <LintBadge counts={form.lint} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
