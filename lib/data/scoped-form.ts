import type { Store } from '../db/connect';
import type { FormDefinition } from '../form';
import { archiveRepository } from '../forms/archive';
import { formRepository } from '../forms/repository';
import { versionRepository, type PublishResult } from '../publishing/versions';
import { reviewRepository, type ReviewStatus } from '../review/repository';
import { submissionRepository, type StoredSubmission } from '../submissions/repository';
import type { ExportFormat } from '../submissions/table';
import { submissionExport, submissionPage, type Query } from './submission-view';

/**
 * Everything about one form of the caller's workspace. It is built only by `workspaceData().form(id)`
 * once the form's workspace column matched, so every method here is already bound to that form: nothing
 * below takes a form id, and a review, version or submission id is looked up within this form only.
 */
export function scopedForm(store: Store, workspaceId: string, formId: string) {
  const forms = formRepository(store);
  const versions = versionRepository(store);
  const reviews = reviewRepository(store);
  const submissions = submissionRepository(store);
  const archive = archiveRepository(store);
  const repos = { versions, submissions };
  return {
    id: formId,
    /** The draft, read with its definition (the workspace is filtered again in SQL). */
    get: () => forms.get(formId, workspaceId),
    saveDraft: (definition: FormDefinition, actor: string | null) =>
      forms.saveDraft(formId, definition, actor),
    /** What deleting it would do: delete it, or archive it when it was published and has submissions. */
    removal: () => archive.removal(formId),
    /** Deletes it, or archives it when it holds evidence (see removal). */
    remove: (actor: string | null) => archive.remove(formId, actor),
    /** Deletes an archived form's lead answers, keeping the consent records: callers check the role. */
    deleteLeadData: (actor: string | null) => archive.deleteLeadData(formId, actor),
    embedSettings: () => forms.embedSettings(formId),
    setEmbedSettings: (settings: { allowedOrigins: string[]; recordNetwork: boolean }) =>
      forms.setEmbedSettings(formId, settings),
    history: () => forms.history(formId),

    versions: {
      /** Publishes the draft as a new version; an archived form takes none. */
      publish: async (
        actor: string | null,
        options: { requireApproval?: boolean },
      ): Promise<PublishResult> =>
        (await archive.isArchived(formId))
          ? { ok: false, error: 'This form is archived: it takes no new version.' }
          : versions.publish(formId, actor, options),
      get: (version: number) => versions.get(formId, version),
      latest: () => versions.latest(formId),
      list: () => versions.list(formId),
    },

    reviews: {
      submit: (definition: FormDefinition, actor: string | null) =>
        reviews.submit(formId, definition, actor),
      latest: () => reviews.latest(formId),
      lastApproved: () => reviews.lastApproved(formId),
      log: () => reviews.log(formId),
      record: (actor: string | null, action: string, detail: string) =>
        reviews.record(formId, actor, action, detail),
      decide: (
        reviewId: string,
        decision: Exclude<ReviewStatus, 'pending'>,
        actor: string | null,
      ) => reviews.decide(formId, reviewId, decision, actor),
      comment: (reviewId: string, anchor: string, body: string, actor: string | null) =>
        reviews.comment(formId, reviewId, anchor, body, actor),
    },

    submissions: {
      page: (query: Query, withLeads: boolean) => submissionPage(repos, formId, query, withLeads),
      export: (query: Query, withLeads: boolean, format: ExportFormat) =>
        submissionExport(repos, formId, query, withLeads, format),
      get: (submissionId: string) => submissions.get(formId, submissionId),
      /** The hash the record before this submission's record ends with (its link in the chain). */
      previousHash: (submission: StoredSubmission) =>
        submission.record
          ? submissions.previousHash(submission.record.chainId, submission.record.seq)
          : Promise.resolve(undefined),
    },
  };
}

export type ScopedForm = ReturnType<typeof scopedForm>;
