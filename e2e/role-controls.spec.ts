import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { sql } from 'kysely';
import { expectAccessible } from './axe';
import { callAction, membershipOf, openAppStore } from './workspaces';

// Each role sees only the controls it may use; a refused action reads as refused, never as a network failure.
test.describe.configure({ mode: 'serial' });

type Role = 'marketer' | 'legal' | 'viewer';
type State = Awaited<ReturnType<BrowserContext['storageState']>>;
const run = randomUUID().slice(0, 8);
const emails: Record<Role, string> = {
  marketer: `mia-${run}@controls.example`,
  legal: `lou-${run}@controls.example`,
  viewer: `val-${run}@controls.example`,
};
const states = new Map<Role, State>();
let formId = '';
const forms = 'app/(app)/forms/actions.ts';

async function as(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext({ storageState: states.get(role) });
  return context.newPage();
}

test('the administrator invites a marketer, a legal reviewer and a viewer', async ({
  page,
  browser,
}) => {
  for (const role of ['marketer', 'legal', 'viewer'] as const) {
    await page.goto('/settings');
    await page.getByLabel('Email', { exact: true }).fill(emails[role]);
    await page.getByLabel('Role', { exact: true }).selectOption(role);
    await page.getByRole('button', { name: 'Invite' }).click();
    const link = await page.getByLabel('Invitation link').inputValue();
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const invited = await context.newPage();
    await invited.goto(link);
    await invited.getByLabel('Your name').fill(`${role} ${run}`);
    await invited.getByLabel('Password (10 characters or more)').fill('a long enough password');
    await invited.getByRole('button', { name: 'Create my account' }).click();
    await expect(invited).toHaveURL(/\/forms$/);
    states.set(role, await context.storageState());
    await context.close();
  }
});

test('a marketer edits: adding the proposed telephone purpose shows it in Purposes at once', async ({
  browser,
}) => {
  const page = await as(browser, 'marketer');
  await page.goto('/forms');
  await page.getByRole('link', { name: 'New form' }).click();
  await page.getByRole('button', { name: 'Start from blank' }).click();
  await expect(page).toHaveURL(/\/forms\/[0-9a-f-]{36}$/);
  formId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  const purposes = page.getByRole('region', { name: 'Purposes' });
  await expect(purposes).toContainText('No purpose yet');
  await page.getByLabel('Title (internal)').fill(`Controls ${run}`);
  await page.getByLabel('New field').selectOption('phone');
  await page.getByRole('button', { name: 'Add field' }).click();
  await page.getByRole('button', { name: 'Add the telephone canvassing purpose' }).click();
  await expect(purposes.getByRole('group', { name: 'Purpose telephone' })).toBeVisible();
  await expect(purposes).not.toContainText('No purpose yet');
  await expect(page.getByRole('button', { name: 'Remove purpose telephone' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete form' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible({
    timeout: 10_000,
  });
  await page.reload();
  await expect(purposes.getByRole('group', { name: 'Purpose telephone' })).toBeVisible();
});

test('a legal reviewer reads a read-only builder and cannot create, delete or publish', async ({
  browser,
}) => {
  const page = await as(browser, 'legal');
  await page.goto('/forms');
  await expect(page.getByRole('link', { name: `Controls ${run}` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New form' })).toHaveCount(0);
  await expect(page.getByRole('row', { name: new RegExp(`Controls ${run}`) })).toContainText(
    'Draft',
  );

  await page.getByRole('link', { name: `Controls ${run}` }).click();
  await expect(page.getByRole('note')).toContainText(
    'You are not allowed to edit forms: your role is legal reviewer (403).',
  );
  await expect(page.getByLabel('Title (internal)')).toBeDisabled();
  const editor = page.getByRole('form', { name: 'Form definition' });
  for (const control of await editor.locator('input, select, textarea').all())
    await expect(control).toBeDisabled();
  for (const name of [
    'Delete form',
    'Undo last change',
    'Add field',
    'Add purpose',
    'Add recipient',
    'Add acknowledgement',
    /^Remove /,
    /^Move /,
  ])
    await expect(
      editor.or(page.locator('.builder-head')).getByRole('button', { name }),
    ).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Purpose telephone' })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/forms/${formId}/export`);
  await expect(page.getByRole('button', { name: /^Publish version/ })).toHaveCount(0);
  await expect(page.getByText('You are not allowed to publish forms')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save settings' })).toBeHidden();
  await expect(page.getByLabel(/Sites allowed to send this form/)).toBeDisabled();
});

test('a viewer reads the forms in a read-only builder and sees no submissions', async ({
  browser,
}) => {
  const page = await as(browser, 'viewer');
  await page.goto('/guidance');
  await page.getByRole('link', { name: 'Forms', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Forms', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New form' })).toHaveCount(0);
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByText(/^Read only:/)).toBeVisible();
  await expect(page.getByText(/your role is viewer/)).toBeVisible();
  await expect(page.getByLabel('Title (internal)')).toBeDisabled();
  await expect(page.getByRole('button', { name: /Delete form|Archive form|Undo/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Submissions', exact: true })).toHaveCount(0);
});

test('a save or delete forced by a legal reviewer is refused with its reason, and changes nothing', async ({
  browser,
  baseURL,
}) => {
  const page = await as(browser, 'legal');
  const origin = baseURL ?? '';
  const saved = await callAction(page.request, origin, `/forms/${formId}`, `${forms}#saveDraft`, [
    formId,
    { title: 'Hijacked' },
  ]);
  expect(saved.status()).toBe(200);
  expect(await saved.text()).toContain(
    'You are not allowed to edit forms: your role is legal reviewer (403).',
  );
  const deleted = await callAction(
    page.request,
    origin,
    `/forms/${formId}`,
    `${forms}#deleteForm`,
    [formId],
  );
  expect(await deleted.text()).toContain('You are not allowed to edit forms');
  await page.goto('/forms');
  await expect(page.getByRole('link', { name: `Controls ${run}` })).toBeVisible();
});

test('a marketer whose role became legal while editing sees the save refused, not a network error', async ({
  browser,
}) => {
  const page = await as(browser, 'marketer');
  await page.goto(`/forms/${formId}`);
  await expect(page.getByLabel('Title (internal)')).toBeEditable();
  const store = openAppStore();
  try {
    const { user_id } = await membershipOf(store, emails.marketer);
    await sql`update memberships set role = 'legal' where user_id = ${user_id}`.execute(store.db);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByLabel('Title (internal)').fill(`Controls ${run} edited`);
    const status = page.locator('.save-status');
    await expect(status).toHaveText(
      'You are not allowed to edit forms: your role is legal reviewer (403).',
      { timeout: 10_000 },
    );
    await expect(page.getByText('could not be reached')).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    const { user_id } = await membershipOf(store, emails.marketer);
    await sql`update memberships set role = 'marketer' where user_id = ${user_id}`.execute(
      store.db,
    );
    await store.close();
  }
});
