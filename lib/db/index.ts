import 'server-only';
import { appStore, type Store } from './connect';

export type { Store } from './connect';
export type * from './schema';

/** The application's store, opened and migrated once per process (see appStore). */
export function getStore(): Promise<Store> {
  return appStore();
}
