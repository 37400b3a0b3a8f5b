import { randomBytes, randomUUID } from 'node:crypto';
import type { Store } from '../db/connect';
import type { Permission } from './roles';
import { tokenHash } from './workspaces';

export type ApiToken = {
  id: string;
  name: string;
  scopes: Permission[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

const parseScopes = (json: string): Permission[] => {
  const value: unknown = JSON.parse(json);
  const known: readonly string[] = ['forms:read', 'proofs:read', 'leads:read'];
  return Array.isArray(value)
    ? value.filter((v): v is Permission => typeof v === 'string' && known.includes(v))
    : [];
};

/** Workspace API tokens: scoped, revocable; only a hash is stored, the token is shown once. */
export function tokenRepository({ db }: Store) {
  return {
    async create(
      workspaceId: string,
      name: string,
      scopes: Permission[],
      createdBy: string | null,
    ): Promise<string> {
      const token = `cf_${randomBytes(24).toString('base64url')}`;
      await db
        .insertInto('api_tokens')
        .values({
          id: randomUUID(),
          workspace_id: workspaceId,
          name,
          token_hash: tokenHash(token),
          scopes: JSON.stringify(scopes),
          created_by: createdBy,
          created_at: new Date().toISOString(),
        })
        .execute();
      return token;
    },

    async list(workspaceId: string): Promise<ApiToken[]> {
      const rows = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        scopes: parseScopes(r.scopes),
        createdAt: r.created_at,
        lastUsedAt: r.last_used_at,
        revokedAt: r.revoked_at,
      }));
    },

    /** Revokes a live token of the workspace; false when the workspace has no such live token. */
    async revoke(workspaceId: string, id: string): Promise<boolean> {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: new Date().toISOString() })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** The workspace and scopes of a live token, or undefined. */
    async resolve(
      token: string,
    ): Promise<{ workspaceId: string; scopes: Permission[]; name: string } | undefined> {
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash(token))
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (!row) return undefined;
      await db
        .updateTable('api_tokens')
        .set({ last_used_at: new Date().toISOString() })
        .where('id', '=', row.id)
        .execute();
      return { workspaceId: row.workspace_id, scopes: parseScopes(row.scopes), name: row.name };
    },
  };
}
