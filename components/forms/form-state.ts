/** What the forms list needs to say where a form stands. */
export type FormStanding = {
  reviewStatus: string;
  draftHash: string;
  reviewedHash: string | null;
  publishedHash: string | null;
};

/** The latest review's state, said of the draft as it is now (a review holds the draft it was given). */
function reviewState({ reviewStatus, draftHash, reviewedHash }: FormStanding): string | undefined {
  const current = reviewedHash === draftHash;
  switch (reviewStatus) {
    case 'in_review':
      return current ? 'In review' : 'In review (edited since submission)';
    case 'changes_requested':
      return 'Changes requested';
    case 'approved':
      return current ? 'Approved' : undefined;
    default:
      return undefined;
  }
}

/**
 * Draft, In review, Changes requested, Approved, Published, or Published with "edited since publication" and
 * where those edits stand.
 */
export function formState(form: FormStanding): string {
  const review = reviewState(form);
  if (form.publishedHash === null)
    return review ?? (form.reviewStatus === 'approved' ? 'Draft, edited since approval' : 'Draft');
  if (form.publishedHash === form.draftHash) return 'Published';
  return review && review !== 'Approved'
    ? `Published, edited since publication: ${review.toLowerCase()}`
    : review === 'Approved'
      ? 'Published, edited since publication: approved, not yet published'
      : 'Published, edited since publication';
}
