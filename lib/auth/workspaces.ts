import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../db/connect';
import { isRole, type Role } from './roles';

export type Member = { userId: string; name: string; email: string; role: Role };
export type Invitation = {
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
};

const INVITATION_DAYS = 7;
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const now = () => new Date().toISOString();

/** Workspaces, their members and roles, invitations and settings. Users themselves live in better-auth's tables. */
export function workspaceRepository({ db }: Store) {
  return {
    async userCount(): Promise<number> {
      const { rows } = await sql<{ n: number | string }>`select count(*) as n from "user"`.execute(
        db,
      );
      return Number(rows[0]?.n ?? 0);
    },

    /** The first workspace: created with the first administrator; forms made before accounts existed join it. */
    async createWorkspace(name: string, adminUserId: string): Promise<string> {
      const id = randomUUID();
      const at = now();
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('workspaces').values({ id, name, created_at: at }).execute();
        await tx
          .insertInto('memberships')
          .values({ workspace_id: id, user_id: adminUserId, role: 'admin', created_at: at })
          .execute();
        await tx
          .updateTable('forms')
          .set({ workspace_id: id })
          .where('workspace_id', 'is', null)
          .execute();
      });
      return id;
    },

    async membershipOf(
      userId: string,
    ): Promise<{ workspaceId: string; role: Role; workspaceName: string } | undefined> {
      const row = await db
        .selectFrom('memberships')
        .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
        .select(['memberships.workspace_id', 'memberships.role', 'workspaces.name'])
        .where('memberships.user_id', '=', userId)
        .orderBy('memberships.created_at')
        .executeTakeFirst();
      return row && isRole(row.role)
        ? { workspaceId: row.workspace_id, role: row.role, workspaceName: row.name }
        : undefined;
    },

    async members(workspaceId: string): Promise<Member[]> {
      const { rows } = await sql<{ user_id: string; role: string; name: string; email: string }>`
        select m.user_id, m.role, u.name, u.email from memberships m join "user" u on u.id = m.user_id
        where m.workspace_id = ${workspaceId} order by u.email`.execute(db);
      return rows.flatMap((r) =>
        isRole(r.role) ? [{ userId: r.user_id, name: r.name, email: r.email, role: r.role }] : [],
      );
    },

    async addMember(workspaceId: string, userId: string, role: Role): Promise<void> {
      await db
        .insertInto('memberships')
        .values({ workspace_id: workspaceId, user_id: userId, role, created_at: now() })
        .execute();
    },

    async setRole(workspaceId: string, userId: string, role: Role): Promise<void> {
      await db
        .updateTable('memberships')
        .set({ role })
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .execute();
    },

    async removeMember(workspaceId: string, userId: string): Promise<void> {
      await db
        .deleteFrom('memberships')
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .execute();
    },

    /** Creates an invitation and returns its one-time token (only its hash is stored). */
    async invite(
      workspaceId: string,
      email: string,
      role: Role,
      invitedBy: string | null,
    ): Promise<string> {
      const token = randomBytes(24).toString('base64url');
      const at = new Date();
      await db
        .insertInto('invitations')
        .values({
          token_hash: tokenHash(token),
          workspace_id: workspaceId,
          email: email.toLowerCase(),
          role,
          invited_by: invitedBy,
          created_at: at.toISOString(),
          expires_at: new Date(at.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
        })
        .execute();
      return token;
    },

    async invitation(
      token: string,
    ): Promise<{ workspaceId: string; email: string; role: Role } | undefined> {
      const row = await db
        .selectFrom('invitations')
        .selectAll()
        .where('token_hash', '=', tokenHash(token))
        .executeTakeFirst();
      if (!row || row.accepted_at || row.expires_at < now() || !isRole(row.role)) return undefined;
      return { workspaceId: row.workspace_id, email: row.email, role: row.role };
    },

    async acceptInvitation(token: string, userId: string): Promise<boolean> {
      const invitation = await this.invitation(token);
      if (!invitation) return false;
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable('invitations')
          .set({ accepted_at: now() })
          .where('token_hash', '=', tokenHash(token))
          .execute();
        await tx
          .insertInto('memberships')
          .values({
            workspace_id: invitation.workspaceId,
            user_id: userId,
            role: invitation.role,
            created_at: now(),
          })
          .execute();
      });
      return true;
    },

    async invitations(workspaceId: string): Promise<Invitation[]> {
      const rows = await db
        .selectFrom('invitations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.flatMap((r) =>
        isRole(r.role)
          ? [
              {
                email: r.email,
                role: r.role,
                createdAt: r.created_at,
                expiresAt: r.expires_at,
                acceptedAt: r.accepted_at,
              },
            ]
          : [],
      );
    },

    async requireApproval(workspaceId: string): Promise<boolean> {
      const row = await db
        .selectFrom('workspaces')
        .select('require_approval')
        .where('id', '=', workspaceId)
        .executeTakeFirst();
      return row?.require_approval !== 0;
    },

    async setRequireApproval(workspaceId: string, value: boolean): Promise<void> {
      await db
        .updateTable('workspaces')
        .set({ require_approval: value ? 1 : 0 })
        .where('id', '=', workspaceId)
        .execute();
    },
  };
}

export type WorkspaceRepository = ReturnType<typeof workspaceRepository>;
