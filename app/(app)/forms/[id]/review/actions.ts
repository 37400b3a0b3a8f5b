'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { forbidden, notFound } from 'next/navigation';
import { requireAccess } from '@/lib/auth/access';
import { can } from '@/lib/auth/roles';
import { lint } from '@/lib/compliance';
import {
  dataFor,
  formOrNotFound,
  idSchema,
  notifyReviewDecided,
  notifyReviewRequested,
} from '@/lib/data';
import { publicUrlFromHeaders } from '@/lib/embed/public-url';
import { commentSchema, decisionSchema } from '@/lib/review/schemas';
import { fail, fieldErrorsOf, ok, type Result } from '@/lib/result';

// Bound arguments (form id, review id, decision) come from the client like any other: each is validated,
// the form is looked up in the caller's workspace and the review within that form only. Anything else is
// Next's 404, the same answer as for an unknown id.

const reviewLink = async (formId: string) =>
  `${publicUrlFromHeaders(await headers())}/forms/${formId}/review`;

export async function submitForReview(formId: string): Promise<void> {
  const actor = await requireAccess('review:submit');
  const form = await formOrNotFound(actor, formId);
  const draft = await form.get();
  if (!draft) notFound();
  await form.reviews.submit(draft.definition);
  await notifyReviewRequested(
    await dataFor(actor),
    { id: actor.id, name: actor.name },
    draft.title,
    await reviewLink(form.id),
  );
  revalidatePath(`/forms/${form.id}/review`);
  revalidatePath(`/forms/${form.id}`);
}

export async function decide(
  formId: string,
  reviewId: string,
  decision: string,
  _state: Result<null> | null,
  data: FormData,
): Promise<Result<null>> {
  const actor = await requireAccess('review:decide');
  const form = await formOrNotFound(actor, formId);
  const review = idSchema.safeParse(reviewId);
  const choice = decisionSchema.safeParse(decision);
  if (!review.success || !choice.success) notFound();
  const latest = await form.reviews.latest();
  if (latest?.id !== review.data) notFound();
  const blocking = lint(latest.definition).filter((f) => f.severity === 'blocking').length;
  if (choice.data === 'approved' && blocking > 0 && data.get('confirmBlocking') !== 'on')
    return fail('Not approved.', {
      confirmBlocking: `Tick the box to approve despite ${String(blocking)} blocking finding${blocking > 1 ? 's' : ''}, or request changes.`,
    });
  const outcome = await form.reviews.decide(review.data, choice.data);
  if (outcome === 'unknown') notFound();
  if (outcome === 'self-approval')
    return fail(
      'You submitted this draft for review: another member must approve it. (An admin can allow self-approval in Settings.)',
    );
  if (outcome === 'decided') {
    const draft = await form.get();
    await notifyReviewDecided(
      await dataFor(actor),
      latest.submitterId,
      choice.data,
      actor.name,
      draft?.title ?? 'your form',
      await reviewLink(form.id),
    );
  }
  // 'not pending': decided meanwhile by someone else; the page shows who and how.
  revalidatePath(`/forms/${form.id}/review`);
  return ok(null);
}

/** A reviewer comments on anything; a reply (parentId) may also come from the members who submit. */
export async function addComment(
  formId: string,
  reviewId: string,
  _state: Result<null> | null,
  data: FormData,
): Promise<Result<null>> {
  const actor = await requireAccess('forms:read');
  const form = await formOrNotFound(actor, formId);
  const review = idSchema.safeParse(reviewId);
  if (!review.success) notFound();
  const parsed = commentSchema.safeParse({
    anchor: data.get('anchor') ?? 'general',
    body: data.get('body'),
    parentId: data.get('parentId') ?? undefined,
  });
  if (!parsed.success) return fail('The comment was not added.', fieldErrorsOf(parsed.error));
  const reply = parsed.data.parentId !== undefined;
  if (!can(actor.role, 'review:decide') && !(reply && can(actor.role, 'review:submit')))
    forbidden();
  const added = await form.reviews.comment(review.data, parsed.data);
  if (!added) notFound();
  revalidatePath(`/forms/${form.id}/review`);
  revalidatePath(`/forms/${form.id}`);
  return ok(null);
}

export async function createShareLink(
  formId: string,
  _state: Result<{ link: string }> | null,
): Promise<Result<{ link: string }>> {
  const actor = await requireAccess('forms:read');
  if (!can(actor.role, 'review:submit') && !can(actor.role, 'review:decide')) forbidden();
  const form = await formOrNotFound(actor, formId);
  const token = await form.reviews.shares.create();
  revalidatePath(`/forms/${form.id}/review`);
  return ok({ link: `${publicUrlFromHeaders(await headers())}/r/${token}` });
}

export async function revokeShareLink(formId: string, shareId: string): Promise<void> {
  const actor = await requireAccess('forms:read');
  if (!can(actor.role, 'review:submit') && !can(actor.role, 'review:decide')) forbidden();
  const form = await formOrNotFound(actor, formId);
  const id = idSchema.safeParse(shareId);
  if (!id.success || !(await form.reviews.shares.revoke(id.data))) notFound();
  revalidatePath(`/forms/${form.id}/review`);
}
