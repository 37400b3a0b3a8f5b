'use server';

import { redirect } from 'next/navigation';
import { requireAccess } from '@/lib/auth/access';
import { blankDefinition, formDefinitionSchema, parseDefinition } from '@/lib/form';
import { REFERENCES, loadReference } from '@/lib/form/references';
import { forms } from '@/lib/forms/service';
import { fail, ok, type Result } from '@/lib/result';

export async function createForm(formData: FormData): Promise<void> {
  const actor = await requireAccess('forms:write');
  const template = String(formData.get('template') ?? 'blank');
  const reference = REFERENCES.find((r) => r.id === template);
  const definition = reference ? loadReference(reference.id) : formDefinitionSchema.parse(blankDefinition());
  const id = await (await forms()).create(definition, actor.id);
  redirect(`/forms/${id}`);
}

export async function saveDraft(id: string, input: unknown): Promise<Result<{ updatedAt: string }>> {
  const actor = await requireAccess('forms:write');
  const parsed = parseDefinition(input);
  if (!parsed.ok)
    return fail(
      `Not saved: ${parsed.problems.length} field${parsed.problems.length > 1 ? 's need' : ' needs'} fixing.`,
      Object.fromEntries(parsed.problems.map((p) => [p.path, p.message])),
    );
  const result = await (await forms()).saveDraft(id, parsed.data, actor.id);
  return result.saved ? ok({ updatedAt: result.updatedAt }) : fail('This form no longer exists: it may have been deleted.');
}

export async function deleteForm(id: string): Promise<void> {
  await requireAccess('forms:write');
  await (await forms()).remove(id);
  redirect('/forms');
}
