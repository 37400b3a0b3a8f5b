import 'server-only';
import { getStore } from '../db';
import { formRepository } from './repository';

/** The form repository on the application's store. */
export async function forms() {
  return formRepository(await getStore());
}
