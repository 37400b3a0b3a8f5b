import { expect, test, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { tokenRepository } from '../lib/auth/tokens';
import type { Store } from '../lib/db/connect';
import { formRepository } from '../lib/forms/repository';
import { versionRepository } from '../lib/publishing/versions';
import { reviewRepository } from '../lib/review/repository';
import {
  apiToken,
  callAction,
  membershipOf,
  openAppStore,
  secondWorkspace,
  seedForm,
} from './workspaces';

// Two workspaces in one store. Workspace A is the administrator's of auth.setup; workspace B is made here
// and its administrator (every permission, so a refusal can only come from the workspace) tries every page,
// route, API call and server action on A's ids: each answers 404 and nothing of A changes. The same calls on
// B's own ids answer 200, so the 404s are the scope's doing, not broken requests.
test.describe.configure({ mode: 'serial' });

type Ids = { formId: string; reviewId: string; receipt: string; token: string; tokenId: string };
const B_EMAIL = 'bruno@rival-agency.example';
/** The administrator auth.setup.ts creates (a spec may not import another test file). */
const ADMIN_EMAIL = 'alice@maison-lumiere.example';
let store: Store;
let a: Ids;
let b: Ids;
let adminUserId = '';
let rival: BrowserContext;

async function workspaceWithLead(request: APIRequestContext, workspaceId: string, title: string) {
  const { formId, reviewId } = await seedForm(store, workspaceId, title);
  expect(await versionRepository(store).publish(formId, null)).toEqual({ ok: true, version: 1 });
  const posted = await request.post(`/api/submit/${formId}`, {
    form: {
      cf_version: '1',
      cf_lang: 'fr',
      cf_embed: 'snippet',
      'field.email': 'lead@example.com',
    },
    headers: { Accept: 'application/json' },
  });
  expect(posted.status()).toBe(200);
  const { data } = (await posted.json()) as { data: { receipt: string } };
  const token = await apiToken(store, workspaceId);
  const [listed] = await tokenRepository(store).list(workspaceId);
  return { formId, reviewId, receipt: data.receipt, token, tokenId: listed?.id ?? '' };
}

const pages = (x: Ids) => [
  `/forms/${x.formId}`,
  `/forms/${x.formId}/review`,
  `/forms/${x.formId}/export`,
  `/forms/${x.formId}/submissions`,
  `/forms/${x.formId}/submissions/${x.receipt}`,
];
const routes = (x: Ids) => [
  `/forms/${x.formId}/test`,
  `/forms/${x.formId}/submissions/export?format=csv`,
  `/forms/${x.formId}/submissions/export?format=json`,
  `/api/forms/${x.formId}`,
];

test.beforeAll(async ({ browser, request }) => {
  store = openAppStore();
  const admin = await membershipOf(store, ADMIN_EMAIL);
  adminUserId = admin.user_id;
  a = await workspaceWithLead(request, admin.workspace_id, 'Workspace A newsletter');
  const second = await secondWorkspace(store, B_EMAIL);
  rival = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await rival.newPage();
  await page.goto(second.link);
  await page.getByLabel('Your name').fill('Bruno Rival');
  await page.getByLabel('Password (10 characters or more)').fill('another long password');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByRole('heading', { name: 'Forms', level: 1 })).toBeVisible();
  expect((await membershipOf(store, B_EMAIL)).workspace_id).toBe(second.id);
  b = await workspaceWithLead(request, second.id, 'Workspace B newsletter');
});

test.afterAll(async () => {
  await rival.close();
  await store.close();
});

test("B's member gets 404 on every page and route naming A's ids, 200 on B's own", async ({
  page,
}) => {
  const bPage = await rival.newPage();
  await bPage.goto(`/forms/${b.formId}/review`);
  const ogImage = new URL(
    (await bPage.locator('meta[property="og:image"]').getAttribute('content')) ?? '',
    bPage.url(),
  ).pathname;
  const og = (x: Ids) => ogImage.replace(b.formId, x.formId);
  for (const path of [
    ...pages(a),
    ...routes(a),
    og(a),
    `/forms/${b.formId}/submissions/${a.receipt}`,
  ]) {
    const response = await rival.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('Workspace A newsletter');
  }
  for (const path of [...pages(b), ...routes(b), og(b)])
    expect((await rival.request.get(path)).status(), path).toBe(200);
  const list = await rival.request.get('/api/forms');
  expect(JSON.stringify(await list.json())).not.toContain(a.formId);
  // The administrator of A still reaches every one of A's pages and routes.
  for (const path of [...pages(a), ...routes(a)])
    expect((await page.request.get(path)).status(), path).toBe(200);
});

test("B's API token gets 404 on A's forms and exports", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${b.token}` },
  });
  for (const path of routes(a).filter((p) => !p.endsWith('/test')))
    expect((await api.get(path)).status(), path).toBe(404);
  for (const path of routes(b).filter((p) => !p.endsWith('/test')))
    expect((await api.get(path)).status(), path).toBe(200);
  const list = JSON.stringify(await (await api.get('/api/forms')).json());
  expect(list).toContain(b.formId);
  expect(list).not.toContain(a.formId);
  await api.dispose();
});

test("every server action of B's member naming A's ids is refused (404) and changes nothing", async ({
  baseURL,
}) => {
  const origin = baseURL ?? '';
  const before = await formRepository(store).get(a.formId);
  const call = (path: string, action: string, args: unknown[], form?: Record<string, string>) =>
    callAction(rival.request, origin, path, action, args, form);
  const forms = 'app/(app)/forms/actions.ts';
  const review = 'app/(app)/forms/[id]/review/actions.ts';
  const settings = 'app/(app)/settings/actions.ts';
  const comment = { anchor: 'general', body: 'Written from another workspace.' };
  const attempts: [string, string, unknown[], Record<string, string>?][] = [
    [
      `/forms/${b.formId}`,
      `${forms}#saveDraft`,
      [a.formId, { ...before?.definition, title: 'Hijacked' }],
    ],
    [`/forms/${b.formId}`, `${forms}#publishForm`, [a.formId, null]],
    [
      `/forms/${b.formId}`,
      `${forms}#saveEmbedSettings`,
      [a.formId, null, '$FORM'],
      { allowedOrigins: 'https://evil.example' },
    ],
    [`/forms/${b.formId}`, `${forms}#deleteForm`, [a.formId]],
    [
      `/forms/${b.formId}`,
      'app/(app)/forms/lead-data-actions.ts#deleteLeadData',
      [a.formId, null, '$FORM'],
      { confirm: 'Workspace A newsletter' },
    ],
    [`/forms/${b.formId}/review`, `${review}#submitForReview`, [a.formId]],
    [`/forms/${b.formId}/review`, `${review}#decide`, [a.formId, a.reviewId, 'approved']],
    // A's review named through B's own form: the lookup is bound to the form in the URL.
    [`/forms/${b.formId}/review`, `${review}#decide`, [b.formId, a.reviewId, 'approved']],
    [
      `/forms/${b.formId}/review`,
      `${review}#addComment`,
      [a.formId, a.reviewId, null, '$FORM'],
      comment,
    ],
    [
      `/forms/${b.formId}/review`,
      `${review}#addComment`,
      [b.formId, a.reviewId, null, '$FORM'],
      comment,
    ],
    ['/settings', `${settings}#revokeToken`, ['$FORM'], { id: a.tokenId }],
    ['/settings', `${settings}#changeRole`, ['$FORM'], { userId: adminUserId, role: 'viewer' }],
    ['/settings', `${settings}#removeMember`, ['$FORM'], { userId: adminUserId }],
  ];
  for (const [path, action, args, form] of attempts) {
    const response = await call(path, action, args, form);
    expect(response.status(), `${action} ${JSON.stringify(args)}`).toBe(404);
  }

  const after = await formRepository(store).get(a.formId);
  expect(after?.updatedAt).toBe(before?.updatedAt);
  expect(after?.title).toBe('Workspace A newsletter');
  expect(after?.publishedVersion).toBe(1);
  expect((await formRepository(store).embedSettings(a.formId))?.allowedOrigins).toEqual([]);
  const reviewA = await reviewRepository(store).latest(a.formId);
  expect(reviewA?.id).toBe(a.reviewId);
  expect(reviewA?.status).toBe('pending');
  expect(reviewA?.comments.map((c) => c.body)).toEqual(['Seeded comment.']);
  expect((await tokenRepository(store).resolve(a.token))?.workspaceId).toBeTruthy();
  expect((await membershipOf(store, ADMIN_EMAIL)).role).toBe('admin');

  // The same actions on B's own review and token go through.
  expect(
    (
      await call(
        `/forms/${b.formId}/review`,
        `${review}#addComment`,
        [b.formId, b.reviewId, null, '$FORM'],
        comment,
      )
    ).status(),
  ).toBe(200);
  expect(
    (
      await call(`/forms/${b.formId}/review`, `${review}#decide`, [
        b.formId,
        b.reviewId,
        'approved',
      ])
    ).status(),
  ).toBe(200);
  expect((await reviewRepository(store).latest(b.formId))?.status).toBe('approved');
  expect(
    (await call('/settings', `${settings}#revokeToken`, ['$FORM'], { id: b.tokenId })).status(),
  ).toBe(200);
  expect(await tokenRepository(store).resolve(b.token)).toBeUndefined();
});
