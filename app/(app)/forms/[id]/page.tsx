import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Builder } from '@/components/builder/builder';
import { FormNav } from '@/components/forms/form-nav';
import { requireAccess } from '@/lib/auth/access';
import { can, refusalFor } from '@/lib/auth/roles';
import { formOrNotFound } from '@/lib/data';
import { anchorPath } from '@/lib/review/anchors';
import { deleteForm, saveDraft } from '../actions';

export const metadata: Metadata = { title: 'Form builder' };

export default async function FormBuilderPage({ params }: PageProps<'/forms/[id]'>) {
  const actor = await requireAccess('forms:read');
  const { id } = await params;
  const scoped = await formOrNotFound(actor, id);
  const [form, review] = await Promise.all([scoped.get(), scoped.reviews.latest()]);
  if (!form) notFound();
  const comments = (review?.comments ?? []).map((c) => ({
    ...c,
    path: anchorPath(form.definition, c.anchor),
  }));
  return (
    <>
      <FormNav id={form.id} current="" />
      <Builder
        id={form.id}
        initial={form.definition}
        savedAt={form.updatedAt}
        save={saveDraft}
        remove={deleteForm}
        review={review ? { status: review.status, comments } : undefined}
        readOnly={readOnlyReason(actor.role)}
        canDelete={can(actor.role, 'forms:write')}
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
