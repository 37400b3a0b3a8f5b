import 'server-only';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getStore } from '../db';
import type { ScopedForm } from './scoped-form';
import { workspaceData, type WorkspaceData } from './workspace';

export type { ScopedForm } from './scoped-form';
export type { WorkspaceData } from './workspace';
export { reviewedNotices } from '../review/repository';
export { UnreadableVersionError } from '../publishing/versions';
export { sharedReview, type SharedReview } from './shared-review';
export { notifyReviewDecided, notifyReviewRequested } from './review-mail';

/**
 * The one entry from app/ to stored data: the repositories of the caller's workspace, already scoped.
 * `access` is what requireAccess (pages, actions) or accessForRequest (route handlers) returned.
 */
export async function dataFor(access: DataAccess): Promise<WorkspaceData> {
  return workspaceData(await getStore(), access.workspaceId, actorOf(access));
}

/** A signed-in member (requireAccess) or a route's access (accessForRequest, maybe an API token). */
type DataAccess = {
  workspaceId: string;
  id?: string;
  name?: string;
  email?: string;
  actorId?: string | null;
};

/** Who the audit log and the review rules see acting: "Name <email>" and the user id, or the API token. */
function actorOf(access: DataAccess): { id: string | null; label: string | null } {
  if (access.id !== undefined && access.email !== undefined)
    return { id: access.id, label: `${access.name ?? ''} <${access.email}>`.trim() };
  if (access.actorId) return { id: access.actorId, label: access.actorId };
  return { id: null, label: 'API token' };
}

/** An id as a page, action or route receives it: any string a client sent, never trusted beyond that. */
export const idSchema = z.string().min(1).max(200);

/**
 * The form `id` of the caller's workspace, or Next's 404 (for a page or a server action): an unknown id,
 * a malformed one and another workspace's form are refused alike.
 */
export async function formOrNotFound(access: DataAccess, id: unknown): Promise<ScopedForm> {
  const parsed = idSchema.safeParse(id);
  const form = parsed.success ? await (await dataFor(access)).form(parsed.data) : undefined;
  if (!form) notFound();
  return form;
}
