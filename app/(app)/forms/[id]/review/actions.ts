'use server';

import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireAccess } from '@/lib/auth/access';
import { formOrNotFound, idSchema } from '@/lib/data';
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
const decisionSchema = z.enum(['approved', 'changes_requested']);

// Bound arguments (form id, review id, decision) come from the client like any other: each is validated,
// the form is looked up in the caller's workspace and the review within that form only. Anything else is
// Next's 404, the same answer as for an unknown id.

export async function submitForReview(formId: string): Promise<void> {
  const actor = await requireAccess('review:submit');
  const form = await formOrNotFound(actor, formId);
  const draft = await form.get();
  if (!draft) notFound();
  await form.reviews.submit(draft.definition, `${actor.name} <${actor.email}>`);
  revalidatePath(`/forms/${form.id}/review`);
}

export async function decide(formId: string, reviewId: string, decision: string): Promise<void> {
  const actor = await requireAccess('review:decide');
  const form = await formOrNotFound(actor, formId);
  const review = idSchema.safeParse(reviewId);
  const choice = decisionSchema.safeParse(decision);
  if (!review.success || !choice.success) notFound();
  const outcome = await form.reviews.decide(
    review.data,
    choice.data,
    `${actor.name} <${actor.email}>`,
  );
  if (outcome === 'unknown') notFound();
  // 'not pending': decided meanwhile by someone else; the page shows who and how.
  revalidatePath(`/forms/${form.id}/review`);
}

export async function addComment(
  formId: string,
  reviewId: string,
  _state: Result<null> | null,
  data: FormData,
): Promise<Result<null>> {
  const actor = await requireAccess('review:decide');
  const form = await formOrNotFound(actor, formId);
  const review = idSchema.safeParse(reviewId);
  if (!review.success) notFound();
  const parsed = commentSchema.safeParse({ anchor: data.get('anchor'), body: data.get('body') });
  if (!parsed.success) return fail('The comment was not added.', fieldErrorsOf(parsed.error));
  const added = await form.reviews.comment(
    review.data,
    parsed.data.anchor,
    parsed.data.body,
    `${actor.name} <${actor.email}>`,
  );
  if (!added) notFound();
  revalidatePath(`/forms/${form.id}/review`);
  return ok(null);
}
