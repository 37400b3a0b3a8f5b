import 'server-only';
import { reviewDecidedMail, reviewRequestedMail, sendMail, type Mail } from '../auth/mailer';
import type { WorkspaceData } from './workspace';

/**
 * Sends each mail, one after another; a mail that fails is logged and does not undo the review action
 * that caused it (the page shows the state either way). Returns how many went out.
 */
async function deliver(mails: Mail[]): Promise<number> {
  let sent = 0;
  for (const mail of mails) {
    try {
      if (await sendMail(mail)) sent += 1;
    } catch (error) {
      console.error(`conforme: the review mail to ${mail.to} was not sent:`, error);
    }
  }
  return sent;
}

/** "Review requested" to every legal member of the workspace but the submitter. */
export async function notifyReviewRequested(
  data: WorkspaceData,
  submitter: { id: string; name: string },
  form: string,
  link: string,
) {
  const reviewers = (await data.members.reviewers()).filter((m) => m.userId !== submitter.id);
  return deliver(reviewers.map((m) => reviewRequestedMail(m.email, form, submitter.name, link)));
}

/** "Approved" or "Changes requested" to the member who submitted the draft, if still a member. */
export async function notifyReviewDecided(
  data: WorkspaceData,
  submitterId: string | null,
  decision: 'approved' | 'changes_requested',
  reviewer: string,
  form: string,
  link: string,
) {
  const submitter = (await data.members.list()).find((m) => m.userId === submitterId);
  if (!submitter) return 0;
  return deliver([reviewDecidedMail(submitter.email, form, decision, reviewer, link)]);
}
