import 'server-only';
import { getStore } from '../db';
import { versionRepository } from '../publishing/versions';
import { reviewRepository } from '../review/repository';
import { submissionRepository } from '../submissions/repository';
import { formRepository } from '../forms/repository';

/** A form of the actor's workspace, or undefined (another workspace's form is as good as missing). */
export async function formOf(actor: { workspaceId: string }, id: string) {
  const form = await (await forms()).get(id);
  return form?.workspaceId === actor.workspaceId ? form : undefined;
}

/** The repositories on the application's store. */
export async function forms() {
  return formRepository(await getStore());
}

export async function versions() {
  return versionRepository(await getStore());
}

export async function reviews() {
  return reviewRepository(await getStore());
}

export async function submissions() {
  return submissionRepository(await getStore());
}
