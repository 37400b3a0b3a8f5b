import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Builder } from '@/components/builder/builder';
import { FormNav } from '@/components/forms/form-nav';
import { requireAccess } from '@/lib/auth/access';
import { forms } from '@/lib/forms/service';
import { deleteForm, saveDraft } from '../actions';

export const metadata: Metadata = { title: 'Form builder' };

export default async function FormBuilderPage({ params }: PageProps<'/forms/[id]'>) {
  await requireAccess('forms:read');
  const { id } = await params;
  const form = await (await forms()).get(id);
  if (!form) notFound();
  return (
    <>
      <FormNav id={form.id} current="" />
      <Builder id={form.id} initial={form.definition} savedAt={form.updatedAt} save={saveDraft} remove={deleteForm} />
    </>
  );
}
