import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectAccessible } from './axe';

test.describe.configure({ mode: 'serial' });

type Member = {
  role: 'marketer' | 'legal' | 'viewer';
  email: string;
  state?: Awaited<ReturnType<BrowserContext['storageState']>>;
};
const members: Record<Member['role'], Member> = {
  marketer: { role: 'marketer', email: 'marc@maison-lumiere.example' },
  legal: { role: 'legal', email: 'lea@maison-lumiere.example' },
  viewer: { role: 'viewer', email: 'victor@maison-lumiere.example' },
};
let formId = '';
let receipt = '';

async function as(browser: Browser, member: Member): Promise<Page> {
  const context = await browser.newContext({ storageState: member.state });
  return context.newPage();
}

test('the administrator invites a marketer, a legal reviewer and a viewer, who join with the link', async ({
  page,
  browser,
}) => {
  await page.goto('/settings');
  await expectAccessible(page);
  for (const member of Object.values(members)) {
    await page.getByLabel('Email', { exact: true }).fill(member.email);
    await page.getByLabel('Role', { exact: true }).selectOption(member.role);
    await page.getByRole('button', { name: 'Invite' }).click();
    await expect(page.getByText('No mail server is configured')).toBeVisible();
    const link = await page.getByLabel('Invitation link').inputValue();
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const invited = await context.newPage();
    await invited.goto(link);
    await expect(invited.getByText(`You are invited as ${member.role}`)).toBeVisible();
    await invited
      .getByLabel('Your name')
      .fill(member.role === 'legal' ? 'Léa Legal' : `${member.role} user`);
    await invited.getByLabel('Password (10 characters or more)').fill('a long enough password');
    await invited.getByRole('button', { name: 'Create my account' }).click();
    await expect(invited).toHaveURL(member.role === 'viewer' ? /\/forms$/ : /\/forms$/);
    member.state = await context.storageState();
    await context.close();
    await page.goto('/settings');
  }
  await expect(page.getByRole('row', { name: /lea@maison-lumiere\.example/ })).toBeVisible();
});

test('a marketer builds a form and submits it for review, but cannot approve it', async ({
  browser,
}) => {
  const page = await as(browser, members.marketer);
  await page.goto('/forms/new');
  await page.getByRole('button', { name: 'Use the template: Newsletter' }).click();
  await expect(page.getByLabel('Legal name')).toHaveValue('Maison Lumière SAS');
  formId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  await page.goto(`/forms/${formId}/review`);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(
    page.getByRole('heading', { name: 'Status: Waiting for legal review' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await page.goto(`/forms/${formId}/export`);
  await page.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(page.getByText('Only a version approved by legal can be published')).toBeVisible();
});

test('legal requests a change on a purpose; the marketer sees it in the builder and fixes it; legal approves', async ({
  browser,
}) => {
  const legal = await as(browser, members.legal);
  await legal.goto(`/forms/${formId}/review`);
  await expect(
    legal.getByRole('heading', { name: 'The notices as visitors will see them' }),
  ).toBeVisible();
  await expect(
    legal
      .getByText(
        'Les informations recueillies sur ce formulaire sont enregistrées par Maison Lumière SAS',
      )
      .first(),
  ).toBeVisible();
  await legal.getByLabel('About').selectOption('purpose:newsletter');
  await legal.getByLabel('Comment', { exact: true }).fill('Say how often the newsletter is sent.');
  await legal.getByRole('button', { name: 'Add comment' }).click();
  await expect(legal.getByText('Say how often the newsletter is sent.')).toBeVisible();
  await expectAccessible(legal);
  await legal.getByRole('button', { name: 'Request changes' }).click();
  await expect(legal.getByRole('heading', { name: 'Status: Changes requested' })).toBeVisible();

  const marketer = await as(browser, members.marketer);
  await marketer.goto(`/forms/${formId}`);
  const comments = marketer.getByRole('region', { name: /Legal review: changes requested/ });
  await comments.getByRole('button', { name: /Say how often the newsletter is sent/ }).click();
  await expect(marketer.locator(':focus')).toHaveAttribute('name', /^purposes\.0\./);
  await marketer
    .getByLabel('What the data is used for (a verb phrase: “send you our newsletter”) (French)')
    .fill('vous envoyer chaque mois par email notre newsletter');
  await expect(marketer.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible({
    timeout: 10_000,
  });
  await marketer.goto(`/forms/${formId}/review`);
  await expect(
    marketer.getByText('The draft has changed since the last submission.'),
  ).toBeVisible();
  await marketer.getByRole('button', { name: 'Submit for review' }).click();

  await legal.goto(`/forms/${formId}/review`);
  await legal.getByRole('button', { name: 'Approve' }).click();
  await expect(legal.getByRole('heading', { name: 'Status: Approved' })).toBeVisible();
  await expect(legal.getByRole('region', { name: 'History' })).toContainText(
    'Léa Legal <lea@maison-lumiere.example>: approved',
  );
});

test('the marketer publishes the approved version and the snippet records a submission', async ({
  browser,
}) => {
  const page = await as(browser, members.marketer);
  await page.goto(`/forms/${formId}/export`);
  await page.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Version 1 is published.' }),
  ).toBeVisible();
  const snippet = await page.getByLabel('HTML snippet (fr)').inputValue();
  expect(snippet).toContain('chaque mois par email');
  const response = await page.request.post(`/api/submit/${formId}`, {
    form: {
      cf_version: '1',
      cf_lang: 'fr',
      cf_embed: 'snippet',
      'field.email': 'lecteur@example.com',
      'consent.newsletter': 'yes',
    },
    headers: { Accept: 'application/json' },
  });
  expect(response.status()).toBe(200);
  receipt = (await response.json()).data.receipt;
  await page.goto(`/forms/${formId}/submissions/${receipt}`);
  await expect(page.getByText(/Approved by Léa Legal <lea@maison-lumiere\.example>/)).toBeVisible();
});

test('the review link has an Open Graph card: a 1200×630 PNG', async ({ browser }) => {
  const page = await as(browser, members.legal);
  await page.goto(`/forms/${formId}/review`);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBeTruthy();
  const response = await page.request.get(new URL(image ?? '', page.url()).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('API tokens are scoped and revocable', async ({ page, playwright }) => {
  await page.goto('/settings');
  await page.getByLabel('Token name').fill('CRM sync');
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = await page.getByLabel('API token', { exact: true }).inputValue();
  expect(token).toMatch(/^cf_/);
  const api = await playwright.request.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  const exported = await api.get(`/forms/${formId}/submissions/export?format=json`);
  expect(exported.status()).toBe(200);
  const body = await exported.json();
  expect(body.rows).toHaveLength(1);
  expect(body.columns).not.toContain('field:email');
  expect(JSON.stringify(body)).not.toContain('lecteur@example.com');
  expect((await api.get('/api/forms')).status()).toBe(403);
  await page.reload();
  await page.getByRole('button', { name: 'Revoke token CRM sync' }).click();
  await expect(page.getByRole('row', { name: /CRM sync/ })).toContainText('revoked');
  expect((await api.get(`/forms/${formId}/submissions/export?format=json`)).status()).toBe(401);
  await api.dispose();
});

test("the marketer's export carries the leads; legal's does not", async ({ browser }) => {
  const marketer = await as(browser, members.marketer);
  const rows = (
    await (await marketer.request.get(`/forms/${formId}/submissions/export?format=json`)).json()
  ).rows;
  expect(rows[0]['field:email']).toBe('lecteur@example.com');
  const legal = await as(browser, members.legal);
  const legalExport = await (
    await legal.request.get(`/forms/${formId}/submissions/export?format=json`)
  ).json();
  expect(legalExport.columns).not.toContain('field:email');
  await legal.goto(`/forms/${formId}/submissions`);
  await expect(legal.getByRole('table')).not.toContainText('lecteur@example.com');
});

const privateRoutes = () => [
  '/forms',
  '/forms/new',
  `/forms/${formId}`,
  `/forms/${formId}/review`,
  `/forms/${formId}/export`,
  `/forms/${formId}/submissions`,
  `/forms/${formId}/submissions/${receipt}`,
  '/settings',
];
const privateData = () => [
  '/api/forms',
  `/api/forms/${formId}`,
  `/forms/${formId}/submissions/export?format=json`,
  `/forms/${formId}/submissions/export?format=csv`,
  `/forms/${formId}/test`,
];

test('a viewer reads the forms read-only, and reaches no submission, proof or export', async ({
  browser,
}) => {
  const page = await as(browser, members.viewer);
  const readable = [
    '/forms',
    `/forms/${formId}`,
    `/forms/${formId}/review`,
    `/forms/${formId}/export`,
  ];
  for (const path of privateRoutes()) {
    const response = await page.goto(path);
    if (readable.includes(path)) {
      expect(response?.status(), path).toBe(200);
    } else {
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    }
    await expect(page.locator('body')).not.toContainText('lecteur@example.com');
  }
  // The builder is read-only for a viewer: nothing to type into, nothing to delete or publish.
  await page.goto(`/forms/${formId}`);
  await expect(page.getByText(/^Read only:/)).toBeVisible();
  await expect(page.getByLabel('Title (internal)')).toBeDisabled();
  await expect(page.getByRole('button', { name: /Delete form|Archive form/ })).toHaveCount(0);
  for (const path of privateData()) {
    const status = (await page.request.get(path)).status();
    // The forms' JSON and the live test page are form reading; exports hold the proofs and leads.
    expect(status, path).toBe(path.includes('/submissions/') ? 403 : 200);
  }
});

test('an anonymous visitor is sent to sign in and learns nothing', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  for (const path of privateRoutes()) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in\?next=/);
  }
  for (const path of privateData()) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    // Data answers 401; the test page, an HTML page, redirects to sign-in like every page.
    if (path.endsWith('/test'))
      expect(response.headers().location, path).toMatch(/^\/sign-in\?next=/);
    else expect(response.status(), path).toBe(401);
    expect(await response.text()).not.toContain('lecteur');
  }
  // The public endpoints stay public.
  expect((await page.request.get(`/f/${formId}`)).status()).toBe(200);
  expect((await page.request.get(`/n/${formId}/1`)).status()).toBe(200);
  await context.close();
});

test('members sign in, change their password and sign out', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(members.legal.email);
  await page.getByLabel('Password').fill('wrong password!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }),
  ).toBeVisible();
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Forms', level: 1 })).toBeVisible();
  await page.goto('/account');
  await page.getByLabel('Current password').fill('a long enough password');
  await page.getByLabel('New password (10 characters or more)').fill('an even longer password');
  await page.getByLabel('New password again').fill('an even longer password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(
    page.getByText('Your password was changed and every session was closed'),
  ).toBeVisible();
  await page.getByLabel('Email').fill(members.legal.email);
  await page.getByLabel('Password').fill('an even longer password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Forms', level: 1 })).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/forms');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fforms/);
  await context.close();
});
