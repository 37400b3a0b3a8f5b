import type { Store } from '../db/connect';
import type { FormDefinition } from '../form';
import { archiveRepository } from '../forms/archive';
import { formRepository } from '../forms/repository';
import { versionRepository, type PublishResult } from '../publishing/versions';
import { auditLog } from '../review/audit';
import { reviewRepository, type Decision } from '../review/repository';
import { reviewShares } from '../review/shares';
import { submissionRepository, type StoredSubmission } from '../submissions/repository';
import type { ExportFormat } from '../submissions/table';
import { submissionExport, submissionPage, type Query } from './submission-view';

/**
 * Everything about one form of the caller's workspace. It is built only by `workspaceData().form(id)`
 * once the form's workspace column matched, so every method here is already bound to that form: nothing
 * below takes a form id, and a review, version or submission id is looked up within this form only.
 */
export function scopedForm(
  store: Store,
  workspaceId: string,
  formId: string,
  actor: { id: string | null; label: string | null },
) {
  const forms = formRepository(store);
  const versions = versionRepository(store);
  const reviews = reviewRepository(store);
  const shares = reviewShares(store);
  const audit = auditLog(store, workspaceId);
  const log = (action: Parameters<typeof audit.record>[1], detail: string) =>
    audit.record(actor.label, action, detail, formId);
  const submissions = submissionRepository(store);
  const archive = archiveRepository(store);
  const repos = { versions, submissions };
  return {
    id: formId,
    /** The draft, read with its definition (the workspace is filtered again in SQL). */
    get: () => forms.get(formId, workspaceId),
    async saveDraft(definition: FormDefinition, by: string | null) {
      const saved = await forms.saveDraft(formId, definition, by);
      if (saved.saved) await audit.edited(formId, actor.label, 'draft saved');
      return saved;
    },
    /** What deleting it would do: delete it, or archive it when it was published and has submissions. */
    removal: () => archive.removal(formId),
    /** Deletes it, or archives it when it holds evidence (see removal); either is logged. */
    async remove(by: string | null) {
      const removed = await archive.remove(formId, by);
      if (removed?.outcome === 'deleted') await log('deleted', 'form and its versions');
      if (removed?.outcome === 'archived')
        await log('archived', 'closed to new submissions, evidence kept');
      return removed;
    },
    /** Deletes an archived form's lead answers, keeping the consent records: callers check the role. */
    async deleteLeadData(by: string | null) {
      const deleted = await archive.deleteLeadData(formId, by);
      if (deleted.deleted)
        await log(
          'deleted',
          `the answers of ${String(deleted.submissions)} leads (consent records kept)`,
        );
      return deleted;
    },
    embedSettings: () => forms.embedSettings(formId),
    setEmbedSettings: (settings: { allowedOrigins: string[]; recordNetwork: boolean }) =>
      forms.setEmbedSettings(formId, settings),
    history: () => forms.history(formId),

    versions: {
      /** Publishes the draft as a new version; an archived form takes none. */
      async publish(
        by: string | null,
        options: { requireApproval?: boolean },
      ): Promise<PublishResult> {
        if (await archive.isArchived(formId))
          return { ok: false, error: 'This form is archived: it takes no new version.' };
        const result = await versions.publish(formId, by, options);
        if (result.ok) await log('published', `version ${result.version}`);
        return result;
      },
      get: (version: number) => versions.get(formId, version),
      latest: () => versions.latest(formId),
      list: () => versions.list(formId),
    },

    reviews: {
      async submit(definition: FormDefinition) {
        const id = await reviews.submit(formId, definition, actor);
        await log('submitted for review', `review ${id}`);
        return id;
      },
      latest: () => reviews.latest(formId),
      lastApproved: () => reviews.lastApproved(formId),
      previous: () => reviews.previous(formId),
      /** This form's audit entries, a page at a time, newest first, with the true total. */
      log: (query: { before?: number; limit: number }) => audit.page({ ...query, formId }),
      /** Records an action on this form in the workspace audit log. */
      record: log,
      /** Self-approval is refused unless the workspace allows it; then it is recorded as such. */
      async decide(reviewId: string, decision: Decision) {
        const allowSelf = await reviews.allowsSelfApproval(workspaceId);
        const outcome = await reviews.decide(formId, reviewId, decision, actor, allowSelf);
        if (outcome === 'decided') {
          const self = (await reviews.latest(formId))?.selfApproved === true;
          await log(
            decision === 'changes_requested'
              ? 'requested changes'
              : self
                ? 'self-approved'
                : 'approved',
            `review ${reviewId}`,
          );
        }
        return outcome;
      },
      async comment(reviewId: string, input: { anchor: string; body: string; parentId?: number }) {
        const added = await reviews.comment(formId, reviewId, input, actor.label);
        if (added)
          await log(
            input.parentId === undefined ? 'commented' : 'replied',
            `${input.anchor}: ${input.body.slice(0, 200)}`,
          );
        return added;
      },
      shares: {
        list: () => shares.list(formId),
        async create() {
          const token = await shares.create(formId, actor.label);
          await log('shared a review', 'share link created');
          return token;
        },
        async revoke(id: string) {
          const revoked = await shares.revoke(formId, id);
          if (revoked) await log('revoked a share link', 'share link revoked');
          return revoked;
        },
      },
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
