import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { newQuoteRequest } from './forms';
import { publishApproved } from './review';
import { callAction } from './workspaces';

/** A marketer invited by the administrator (`page`), signed in on a page of their own. */
async function invitedMarketer(page: Page, browser: Browser): Promise<Page> {
  await page.goto('/settings');
  await page.getByLabel('Email', { exact: true }).fill('mia-archive@maison-lumiere.example');
  await page.getByLabel('Role', { exact: true }).selectOption('marketer');
  await page.getByRole('button', { name: 'Invite' }).click();
  const link = await page.getByLabel('Invitation link').inputValue();
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const marketer = await context.newPage();
  await marketer.goto(link);
  await marketer.getByLabel('Your name').fill('Mia Marketer');
  await marketer.getByLabel('Password (10 characters or more)').fill('a long enough password');
  await marketer.getByRole('button', { name: 'Create my account' }).click();
  await expect(marketer).toHaveURL(/\/forms$/);
  return marketer;
}

/** A visitor's submission, as the snippet posts it; the JSON answer. */
const submitLead = (page: Page, formId: string, i: number, lang = 'fr') =>
  page.request.post(`/api/submit/${formId}`, {
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      'x-forwarded-for': `198.18.7.${i + 1}`,
    },
    data: new URLSearchParams({
      cf_version: '1',
      cf_lang: lang,
      cf_embed: 'snippet',
      'field.last_name': `Martin ${i}`,
      'field.email': `archived-lead${i}@example.com`,
      'field.phone': '06 12 34 56 78',
      'field.postal_code': '33000',
    }).toString(),
  });

const csvOf = async (page: Page, formId: string) =>
  (await page.request.get(`/forms/${formId}/submissions/export?format=csv`)).text();

test('a form never published is deleted, after a dialog that says what goes', async ({ page }) => {
  const formId = await newQuoteRequest(page);
  await expect(page.getByRole('button', { name: 'Archive form' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete form' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this form?' });
  await expect(dialog).toContainText('Deleted for good: the draft and its edit history');
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page).toHaveURL(/\/forms$/);
  await expect(page.locator(`a[href="/forms/${formId}"]`)).toHaveCount(0);
  expect((await page.request.get(`/forms/${formId}`)).status()).toBe(404);
});

test('publishing twice without a change is refused, and makes no version', async ({ page }) => {
  const formId = await newQuoteRequest(page);
  await publishApproved(page, formId);
  await page.reload();
  await page.getByRole('button', { name: 'Publish version 2' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Nothing changed since version 1.' }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Publish version 2' })).toBeVisible();
});

test('a published form with submissions is archived: closed, evidence kept, lead data deleted by an admin', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const formId = await newQuoteRequest(page);
  const name = await page.getByRole('heading', { level: 1 }).innerText();
  await publishApproved(page, formId);
  for (const i of [0, 1]) expect((await submitLead(page, formId, i)).status()).toBe(200);

  // Archive, not delete: the dialog says what stays.
  await page.goto(`/forms/${formId}`);
  await expect(page.getByRole('button', { name: 'Delete form' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Archive form' }).click();
  const dialog = page.getByRole('dialog', { name: 'Archive this form?' });
  await expect(dialog).toContainText('has 2 submissions: it is archived, not deleted');
  await expect(dialog).toContainText('exports still work');
  await dialog.getByRole('button', { name: 'Archive' }).click();

  await expect(page).toHaveURL(/\/forms\?show=archived$/);
  await expect(page.getByRole('link', { name: /^Archived \(\d+\)$/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.locator(`a[href="/forms/${formId}"]`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: /^Live \(\d+\)$/ }).click();
  await expect(page.locator(`a[href="/forms/${formId}"]`)).toHaveCount(0);

  // Closed to new submissions, in the form's language; the hosted page says so.
  const fr = await submitLead(page, formId, 2, 'fr');
  expect(fr.status()).toBe(410);
  expect(((await fr.json()) as { error: string }).error).toMatch(/^Ce formulaire est clos/);
  const en = await submitLead(page, formId, 3, 'en');
  expect(en.status()).toBe(410);
  expect(((await en.json()) as { error: string }).error).toMatch(/^This form is closed/);
  const hosted = await page.request.get(`/f/${formId}?lang=en`);
  expect(hosted.status()).toBe(410);
  expect(await hosted.text()).toContain('This form is closed');

  // The evidence stays reachable: submissions, their export, the notices of the version.
  let csv = await csvOf(page, formId);
  expect(csv.trimEnd().split('\r\n')).toHaveLength(3);
  expect(csv).toContain('archived-lead0@example.com');
  expect((await page.request.get(`/n/${formId}/1?lang=fr`)).status()).toBe(200);

  // A marketer sees the archive but not the deletion, and the action refuses them.
  const marketer = await invitedMarketer(page, browser);
  await marketer.goto(`/forms/${formId}`);
  await expect(marketer.getByRole('heading', { name: 'Archived' })).toBeVisible();
  await expect(marketer.getByText('Delete lead data (admin)')).toHaveCount(0);
  const refused = await callAction(
    marketer.request,
    baseURL ?? '',
    `/forms/${formId}`,
    'app/(app)/forms/lead-data-actions.ts#deleteLeadData',
    [formId, null, '$FORM'],
    { confirm: name },
  );
  expect(refused.status()).toBe(403);
  await marketer.context().close();
  expect(await csvOf(page, formId)).toContain('archived-lead0@example.com');

  // Deleting the lead data: an admin, the name typed, the consent records kept.
  await page.goto(`/forms/${formId}`);
  await expect(page.getByRole('heading', { name: 'Archived' })).toBeVisible();
  await page.getByText('Delete lead data (admin)').click();
  const confirm = page.getByLabel(/Type the form name/);
  await confirm.fill('not the name');
  await page.getByRole('button', { name: 'Delete lead data' }).click();
  await expect(page.getByText(/Type the form name exactly/)).toBeVisible();
  expect(await csvOf(page, formId)).toContain('archived-lead0@example.com');
  await confirm.fill(name);
  await page.getByRole('button', { name: 'Delete lead data' }).click();
  // The page now says when the lead data was deleted, and offers the deletion no more.
  await expect(page.getByRole('status').filter({ hasText: /^Lead data deleted on/ })).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Lead data deleted on/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete lead data' })).toHaveCount(0);

  csv = await csvOf(page, formId);
  expect(csv.trimEnd().split('\r\n')).toHaveLength(3);
  expect(csv).not.toContain('archived-lead');
  await page.goto(`/forms/${formId}/submissions`);
  await page.getByRole('button', { name: 'Check the proof ledger' }).click();
  await expect(page.getByText(/^The ledger is intact/)).toBeVisible();
});
