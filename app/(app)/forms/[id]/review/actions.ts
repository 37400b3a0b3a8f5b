'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireAccess } from '@/lib/auth/access';
import { formOf, reviews } from '@/lib/data/service';
import { fail, fieldErrorsOf, ok, type Result } from '@/lib/result';

const commentSchema = z.object({
  anchor: z.string().regex(/^(purpose|field|notice):[a-z][a-z0-9_-]{0,39}$|^general$/, {
    error: 'Choose what the comment is about.',
  }),
  body: z
    .string()
    .trim()
    .min(1, { error: 'Write the comment.' })
    .max(2000, { error: 'Keep it under 2,000 characters.' }),
});

export async function submitForReview(formId: string): Promise<void> {
  const actor = await requireAccess('review:submit');
  const form = await formOf(actor, formId);
  if (!form) return;
  await (await reviews()).submit(formId, form.definition, `${actor.name} <${actor.email}>`);
  revalidatePath(`/forms/${formId}/review`);
}

export async function decide(
  formId: string,
  reviewId: string,
  decision: 'approved' | 'changes_requested',
): Promise<void> {
  const actor = await requireAccess('review:decide');
  if (!(await formOf(actor, formId))) return;
  await (await reviews()).decide(reviewId, decision, `${actor.name} <${actor.email}>`);
  revalidatePath(`/forms/${formId}/review`);
}

export async function addComment(
  formId: string,
  reviewId: string,
  _state: Result<null> | null,
  data: FormData,
): Promise<Result<null>> {
  const actor = await requireAccess('review:decide');
  if (!(await formOf(actor, formId))) return fail('This form no longer exists.');
  const parsed = commentSchema.safeParse({ anchor: data.get('anchor'), body: data.get('body') });
  if (!parsed.success) return fail('The comment was not added.', fieldErrorsOf(parsed.error));
  await (
    await reviews()
  ).comment(reviewId, parsed.data.anchor, parsed.data.body, `${actor.name} <${actor.email}>`);
  revalidatePath(`/forms/${formId}/review`);
  return ok(null);
}
