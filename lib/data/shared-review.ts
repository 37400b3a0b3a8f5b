import 'server-only';
import { lint, summarize } from '../compliance';
import { getStore } from '../db';
import { formRepository } from '../forms/repository';
import { reviewRepository, type ReviewStatus } from '../review/repository';
import { reviewShares } from '../review/shares';

/** What a review share link shows: no member's name or address, no lead, only the form and its counts. */
export type SharedReview = {
  title: string;
  controller: string;
  status: ReviewStatus | 'not submitted';
  languages: string[];
  purposes: number;
  fields: number;
  blocking: number;
  warnings: number;
  submittedAt: string | null;
};

/** The summary a live share token opens, or undefined for an unknown, malformed or revoked token. */
export async function sharedReview(token: string): Promise<SharedReview | undefined> {
  const store = await getStore();
  const formId = await reviewShares(store).resolve(token);
  if (!formId) return undefined;
  const [form, review] = await Promise.all([
    formRepository(store).get(formId),
    reviewRepository(store).latest(formId),
  ]);
  if (!form) return undefined;
  const def = review?.definition ?? form.definition;
  const counts = summarize(lint(def));
  return {
    title: form.title,
    controller: def.controller.name,
    status: review?.status ?? 'not submitted',
    languages: [...def.languages],
    purposes: def.purposes.length,
    fields: def.fields.length,
    blocking: counts.blocking,
    warnings: counts.warning,
    submittedAt: review?.submittedAt ?? null,
  };
}
