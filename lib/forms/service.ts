import 'server-only';
import { getStore } from '../db';
import { versionRepository } from '../publishing/versions';
import { submissionRepository } from '../submissions/repository';
import { formRepository } from './repository';

/** The repositories on the application's store. */
export async function forms() {
  return formRepository(await getStore());
}

export async function versions() {
  return versionRepository(await getStore());
}

export async function submissions() {
  return submissionRepository(await getStore());
}
