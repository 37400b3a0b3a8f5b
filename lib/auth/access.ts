import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { forbidden, redirect } from 'next/navigation';
import { getStore } from '../db';
import { createAuth, type Auth } from './auth';
import { can, type Permission, type Role } from './roles';
import { tokenRepository } from './tokens';
import { workspaceRepository } from './workspaces';

export type { Permission } from './roles';
export type Actor = {
  id: string;
  name: string;
  email: string;
  role: Role;
  workspaceId: string;
  workspaceName: string;
};

let auth: Promise<Auth> | undefined;
export function getAuth(): Promise<Auth> {
  auth ??= getStore()
    .then(createAuth)
    .catch((error: unknown) => {
      auth = undefined;
      throw error;
    });
  return auth;
}

/** The store once the accounts tables (better-auth's) exist: what workspace and member queries need. */
export async function accountsStore() {
  await getAuth();
  return getStore();
}

/** The signed-in member behind these request headers, or undefined. */
export async function currentActor(h: Headers): Promise<Actor | undefined> {
  const session = await (await getAuth()).api.getSession({ headers: h });
  if (!session) return undefined;
  const membership = await workspaceRepository(await getStore()).membershipOf(session.user.id);
  if (!membership) return undefined;
  return { id: session.user.id, name: session.user.name, email: session.user.email, ...membership };
}

/** The member of the current request, looked up once per request (the layout and the page both ask). */
export const requestActor = cache(async (): Promise<Actor | undefined> =>
  currentActor(await headers()),
);

/**
 * The one access check of pages and server actions: no session → the sign-in page; a role without the
 * permission → 403. Returns the member acting.
 */
export async function requireAccess(permission: Permission): Promise<Actor> {
  const actor = await requestActor();
  if (!actor) redirect('/sign-in');
  if (!can(actor.role, permission)) forbidden();
  return actor;
}

export type RequestAccess =
  | { ok: true; workspaceId: string; actorId: string | null; can: (p: Permission) => boolean }
  | { ok: false; response: Response };

/** The same check for route handlers: a session cookie or a workspace API token (Bearer) with the scope. */
export async function accessForRequest(
  request: Request,
  permission: Permission,
): Promise<RequestAccess> {
  const deny = (status: 401 | 403, error: string) => ({
    ok: false as const,
    response: Response.json(
      { ok: false, error },
      { status, headers: { 'Cache-Control': 'no-store' } },
    ),
  });
  const bearer = request.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const token = await tokenRepository(await getStore()).resolve(bearer);
    if (!token) return deny(401, 'This API token is unknown or revoked.');
    if (!token.scopes.includes(permission))
      return deny(403, `This API token lacks the "${permission}" scope.`);
    return {
      ok: true,
      workspaceId: token.workspaceId,
      actorId: null,
      can: (p) => token.scopes.includes(p),
    };
  }
  const actor = await currentActor(request.headers);
  if (!actor) return deny(401, 'Sign in first.');
  if (!can(actor.role, permission)) return deny(403, 'Your role does not allow this.');
  return {
    ok: true,
    workspaceId: actor.workspaceId,
    actorId: actor.id,
    can: (p) => can(actor.role, p),
  };
}
