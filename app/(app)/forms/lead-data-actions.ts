'use server';

import { forbidden } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { requireAccess } from '@/lib/auth/access';
import { formOrNotFound } from '@/lib/data';
import { leadDataDeletionSchema } from '@/lib/forms/lead-data';
import { fail, fieldErrorsOf, ok, type Result } from '@/lib/result';

/**
 * Deletes the lead answers of an archived form: admins only, the form's name typed to confirm, logged in
 * the form's history. The consent records, versions and notices stay, so the ledger still verifies.
 */
export async function deleteLeadData(
  id: string,
  _state: Result<{ submissions: number }> | null,
  formData: FormData,
): Promise<Result<{ submissions: number }>> {
  const actor = await requireAccess('forms:write');
  if (actor.role !== 'admin') forbidden();
  const form = await formOrNotFound(actor, id);
  const stored = await form.get();
  if (!stored) return fail('This form no longer exists.');
  const parsed = leadDataDeletionSchema(stored.title).safeParse({
    confirm: formData.get('confirm') ?? '',
  });
  if (!parsed.success)
    return fail('Nothing was deleted: the name does not match.', fieldErrorsOf(parsed.error));
  const result = await form.deleteLeadData(actor.id);
  if (!result.deleted) return fail('Only an archived form’s lead data can be deleted.');
  revalidatePath(`/forms/${form.id}`);
  return ok({ submissions: result.submissions });
}
