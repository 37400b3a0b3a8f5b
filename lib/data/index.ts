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

/**
 * The one entry from app/ to stored data: the repositories of the caller's workspace, already scoped.
 * `access` is what requireAccess (pages, actions) or accessForRequest (route handlers) returned.
 */
export async function dataFor(access: { workspaceId: string }): Promise<WorkspaceData> {
  return workspaceData(await getStore(), access.workspaceId);
}

/** An id as a page, action or route receives it: any string a client sent, never trusted beyond that. */
export const idSchema = z.string().min(1).max(200);

/**
 * The form `id` of the caller's workspace, or Next's 404 (for a page or a server action): an unknown id,
 * a malformed one and another workspace's form are refused alike.
 */
export async function formOrNotFound(
  access: { workspaceId: string },
  id: unknown,
): Promise<ScopedForm> {
  const parsed = idSchema.safeParse(id);
  const form = parsed.success ? await (await dataFor(access)).form(parsed.data) : undefined;
  if (!form) notFound();
  return form;
}
