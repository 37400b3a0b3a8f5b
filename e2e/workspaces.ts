import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { sql } from 'kysely';
import { tokenRepository } from '../lib/auth/tokens';
import { workspaceRepository } from '../lib/auth/workspaces';
import { openStore, type Store } from '../lib/db/connect';
import { formRepository } from '../lib/forms/repository';
import { reviewRepository } from '../lib/review/repository';
import { readReference } from './app-server';

/** The store of the app server Playwright starts (playwright.config.ts): the same database, opened directly. */
export const openAppStore = (): Store =>
  openStore({ databaseUrl: process.env.DATABASE_URL, dataDir: 'test-results/data' });

/** A form of `workspaceId` with a pending review carrying one comment: what a member can act on. */
export async function seedForm(store: Store, workspaceId: string, title: string) {
  const def = readReference('newsletter');
  def.title = title;
  const formId = await formRepository(store).create(def, null, workspaceId);
  const reviewId = await reviewRepository(store).submit(formId, def, { label: 'seed', id: null });
  await reviewRepository(store).comment(
    formId,
    reviewId,
    { anchor: 'general', body: 'Seeded comment.' },
    'seed',
  );
  return { formId, reviewId, def };
}

/** A second workspace, empty, and a one-time link that makes its administrator. */
export async function secondWorkspace(store: Store, email: string) {
  const id = randomUUID();
  await store.db
    .insertInto('workspaces')
    .values({ id, name: 'Rival Agency', created_at: new Date().toISOString() })
    .execute();
  const token = await workspaceRepository(store).invite(id, email, 'admin', null);
  return { id, link: `/invite/${token}` };
}

/** The workspace and user id of a member, by email. */
export async function membershipOf(store: Store, email: string) {
  const { rows } = await sql<{ workspace_id: string; user_id: string; role: string }>`
    select m.workspace_id, m.user_id, m.role from memberships m join "user" u on u.id = m.user_id
    where u.email = ${email}`.execute(store.db);
  const row = rows[0];
  if (!row) throw new Error(`no member ${email}`);
  return row;
}

export const apiToken = (store: Store, workspaceId: string) =>
  tokenRepository(store).create(
    workspaceId,
    `probe ${randomUUID()}`,
    ['forms:read', 'proofs:read', 'leads:read'],
    null,
  );

/** Server action ids of the build under test, by "file#export" (the build's own manifest). */
function actionIds(): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync('.next/server/server-reference-manifest.json', 'utf8'),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  return new Map(
    Object.entries(manifest.node).map(([id, a]) => [`${a.filename}#${a.exportedName}`, id]),
  );
}

/**
 * Calls a server action the way React's client does (the fetch protocol), with arguments the caller
 * chooses: what an attacker can send whatever the page bound. `form` entries become a FormData argument
 * where an argument is the string '$FORM'. Posted to `path`, a page that uses the action.
 */
export async function callAction(
  request: APIRequestContext,
  origin: string,
  path: string,
  action: string,
  args: unknown[],
  form?: Record<string, string>,
) {
  const id = actionIds().get(action);
  if (!id) throw new Error(`no server action ${action} in the build`);
  const headers = { 'Next-Action': id, Origin: origin, Accept: 'text/x-component' };
  if (!form)
    return request.post(path, {
      headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' },
      data: JSON.stringify(args),
    });
  // As React's client encodes it: the FormData's entries first (prefixed "_1_"), the arguments last, since
  // the server resolves the "$K1" reference with the entries received before the arguments.
  const multipart = new FormData();
  for (const [key, value] of Object.entries(form)) multipart.append(`_1_${key}`, value);
  multipart.append('0', JSON.stringify(args.map((a) => (a === '$FORM' ? '$K1' : a))));
  return request.post(path, { headers, multipart });
}
