import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Builder } from '@/components/builder/builder';
import { ArchivedNotice } from '@/components/forms/archived-notice';
import { DeleteLeadData } from '@/components/forms/delete-lead-data';
import { FormNav } from '@/components/forms/form-nav';
import { RemoveForm } from '@/components/forms/remove-form';
import { requireAccess } from '@/lib/auth/access';
import { can, refusalFor } from '@/lib/auth/roles';
import { formOrNotFound } from '@/lib/data';
import { anchorPath } from '@/lib/review/anchors';
import { deleteForm, saveDraft } from '../actions';
import { deleteLeadData } from '../lead-data-actions';

export const metadata: Metadata = { title: 'Form builder' };

export default async function FormBuilderPage({ params }: PageProps<'/forms/[id]'>) {
  const actor = await requireAccess('forms:read');
  const { id } = await params;
  const scoped = await formOrNotFound(actor, id);
  const [form, review, removal] = await Promise.all([
    scoped.get(),
    scoped.reviews.latest(),
    scoped.removal(),
  ]);
  if (!form || !removal) notFound();
  const comments = (review?.comments ?? []).map((c) => ({
    ...c,
    path: anchorPath(form.definition, c.anchor),
  }));
  return (
    <>
      <FormNav id={form.id} current="" submissions={can(actor.role, 'proofs:read')} />
      {removal.kind === 'archived' ? (
        <ArchivedNotice
          id={form.id}
          archivedAt={removal.archivedAt}
          leadsDeletedAt={removal.leadsDeletedAt}
          submissions={removal.submissions}
          versions={removal.versions}
        >
          {actor.role === 'admin' ? (
            <DeleteLeadData
              name={form.title}
              submissions={removal.submissions}
              action={deleteLeadData.bind(null, form.id)}
            />
          ) : null}
        </ArchivedNotice>
      ) : null}
      <Builder
        id={form.id}
        initial={form.definition}
        savedAt={form.updatedAt}
        save={saveDraft}
        removeControl={
          removal.kind === 'archived' || !can(actor.role, 'forms:write') ? undefined : (
            <RemoveForm id={form.id} removal={removal} remove={deleteForm} />
          )
        }
        review={review ? { status: review.status, comments } : undefined}
        readOnly={readOnlyReason(actor.role)}
      />
    </>
  );
}

/** Why this role reads the builder without editing it: what it may do instead. */
function readOnlyReason(role: Parameters<typeof can>[0]): string | undefined {
  const refused = refusalFor(role, 'forms:write');
  if (!refused) return undefined;
  return can(role, 'review:decide')
    ? `${refused} Comment, approve or request changes in the Legal review tab.`
    : refused;
}
