import { tokenRepository } from '../auth/tokens';
import { workspaceRepository } from '../auth/workspaces';
import type { Permission, Role } from '../auth/roles';
import type { Store } from '../db/connect';
import type { FormDefinition } from '../form';
import { formRepository } from '../forms/repository';
import { submissionRepository } from '../submissions/repository';
import { scopedForm, type ScopedForm } from './scoped-form';

/**
 * The data of one workspace, and only of it: forms, their versions, reviews and submissions (through
 * `form(id)`), the ledger check, members, invitations, settings and API tokens. Every method is bound to
 * `workspaceId`; there is no way to pass another workspace's id, and an id of another workspace's form,
 * review, submission, member or token reads as unknown.
 */
export function workspaceData(store: Store, workspaceId: string) {
  const forms = formRepository(store);
  const tokens = tokenRepository(store);
  const workspaces = workspaceRepository(store);
  const isMember = async (userId: string) =>
    (await workspaces.members(workspaceId)).some((m) => m.userId === userId);
  return {
    workspaceId,
    forms: {
      list: () => forms.list(workspaceId),
      create: (definition: FormDefinition, actor: string | null) =>
        forms.create(definition, actor, workspaceId),
    },

    /** One form of this workspace, or undefined: the workspace column alone is read, not the definition. */
    async form(id: string): Promise<ScopedForm | undefined> {
      return (await forms.workspaceOf(id)) === workspaceId
        ? scopedForm(store, workspaceId, id)
        : undefined;
    },

    /** Checks this workspace's proof chain (and the chain of records made before workspaces existed). */
    verifyLedger: () => submissionRepository(store).verify({ workspace: { id: workspaceId } }),

    members: {
      list: () => workspaces.members(workspaceId),
      invitations: () => workspaces.invitations(workspaceId),
      invite: (email: string, role: Role, invitedBy: string | null) =>
        workspaces.invite(workspaceId, email, role, invitedBy),
      /** False when the user is not a member of this workspace. */
      async setRole(userId: string, role: Role): Promise<boolean> {
        if (!(await isMember(userId))) return false;
        await workspaces.setRole(workspaceId, userId, role);
        return true;
      },
      async remove(userId: string): Promise<boolean> {
        if (!(await isMember(userId))) return false;
        await workspaces.removeMember(workspaceId, userId);
        return true;
      },
    },

    settings: {
      requireApproval: () => workspaces.requireApproval(workspaceId),
      setRequireApproval: (value: boolean) => workspaces.setRequireApproval(workspaceId, value),
    },

    tokens: {
      list: () => tokens.list(workspaceId),
      create: (name: string, scopes: Permission[], createdBy: string | null) =>
        tokens.create(workspaceId, name, scopes, createdBy),
      /** False when this workspace has no such live token. */
      revoke: (id: string) => tokens.revoke(workspaceId, id),
    },
  };
}

export type WorkspaceData = ReturnType<typeof workspaceData>;
