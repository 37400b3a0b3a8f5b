import { tokenRepository } from '../auth/tokens';
import { workspaceRepository } from '../auth/workspaces';
import type { Permission, Role } from '../auth/roles';
import type { Store } from '../db/connect';
import type { FormDefinition } from '../form';
import { formRepository } from '../forms/repository';
import { auditLog } from '../review/audit';
import { reviewRepository } from '../review/repository';
import { submissionRepository } from '../submissions/repository';
import { scopedForm, type ScopedForm } from './scoped-form';

/**
 * The data of one workspace, and only of it: forms, their versions, reviews and submissions (through
 * `form(id)`), the ledger check, members, invitations, settings and API tokens. Every method is bound to
 * `workspaceId`; there is no way to pass another workspace's id, and an id of another workspace's form,
 * review, submission, member or token reads as unknown.
 */
export function workspaceData(
  store: Store,
  workspaceId: string,
  actor: { id: string | null; label: string | null } = { id: null, label: null },
) {
  const forms = formRepository(store);
  const tokens = tokenRepository(store);
  const workspaces = workspaceRepository(store);
  const reviews = reviewRepository(store);
  const audit = auditLog(store, workspaceId);
  const log = (action: Parameters<typeof audit.record>[1], detail: string) =>
    audit.record(actor.label, action, detail);
  return {
    workspaceId,
    forms: {
      list: () => forms.list(workspaceId),
      async create(definition: FormDefinition, by: string | null) {
        const id = await forms.create(definition, by, workspaceId);
        await audit.record(actor.label, 'created', definition.title.slice(0, 200), id);
        return id;
      },
    },

    /** The workspace audit log, newest first, paged by keyset with the true total; append-only. */
    audit: { page: (options: { before?: number; limit: number }) => audit.page(options) },

    /** One form of this workspace, or undefined: the workspace column alone is read, not the definition. */
    async form(id: string): Promise<ScopedForm | undefined> {
      return (await forms.workspaceOf(id)) === workspaceId
        ? scopedForm(store, workspaceId, id, actor)
        : undefined;
    },

    /** Checks this workspace's proof chain (and the chain of records made before workspaces existed). */
    verifyLedger: () => submissionRepository(store).verify({ workspace: { id: workspaceId } }),

    members: {
      list: () => workspaces.members(workspaceId),
      invitations: () => workspaces.invitations(workspaceId),
      async invite(email: string, role: Role, invitedBy: string | null) {
        const invitation = await workspaces.invite(workspaceId, email, role, invitedBy);
        await log('invited', `${email} as ${role}`);
        return invitation;
      },
      /** Members who review: the addresses "review requested" mails go to. */
      reviewers: async () =>
        (await workspaces.members(workspaceId)).filter((m) => m.role === 'legal'),
      /** False when the user is not a member of this workspace. */
      async setRole(userId: string, role: Role): Promise<boolean> {
        const member = (await workspaces.members(workspaceId)).find((m) => m.userId === userId);
        if (!member) return false;
        await workspaces.setRole(workspaceId, userId, role);
        await log('changed a role', `${member.email}: ${member.role} → ${role}`);
        return true;
      },
      async remove(userId: string): Promise<boolean> {
        const member = (await workspaces.members(workspaceId)).find((m) => m.userId === userId);
        if (!member) return false;
        await workspaces.removeMember(workspaceId, userId);
        await log('removed a member', member.email);
        return true;
      },
    },

    settings: {
      requireApproval: () => workspaces.requireApproval(workspaceId),
      async setRequireApproval(value: boolean) {
        await workspaces.setRequireApproval(workspaceId, value);
        await log(
          'changed a setting',
          `approval required before publishing: ${value ? 'yes' : 'no'}`,
        );
      },
      allowSelfApproval: () => reviews.allowsSelfApproval(workspaceId),
      async setAllowSelfApproval(value: boolean) {
        await reviews.setSelfApproval(workspaceId, value);
        await log(
          'changed a setting',
          `submitters may approve their own drafts: ${value ? 'yes' : 'no'}`,
        );
      },
    },

    tokens: {
      list: () => tokens.list(workspaceId),
      async create(name: string, scopes: Permission[], createdBy: string | null) {
        const created = await tokens.create(workspaceId, name, scopes, createdBy);
        await log('created a token', `${name} (${scopes.join(', ')})`);
        return created;
      },
      /** False when this workspace has no such live token. */
      async revoke(id: string) {
        const revoked = await tokens.revoke(workspaceId, id);
        if (revoked) await log('revoked a token', id);
        return revoked;
      },
    },
  };
}

export type WorkspaceData = ReturnType<typeof workspaceData>;
