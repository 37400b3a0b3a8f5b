import { rmSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { SMTPServer } from 'smtp-server';
import { kill, startApp, type AppServer } from './app-server';

// The whole review loop on an app server of this spec's own (ports 4701-4702), whose mails go to a local
// SMTP server the spec runs: submit → changes requested → reply and resubmit → approval by another member →
// publication, each notification captured.
test.describe.configure({ mode: 'serial' });

const SMTP_PORT = 4701;
const APP_PORT = 4702;
const DATA_DIR = 'test-results/review-loop-data';
const PASSWORD = 'a long enough password';
type Mail = { to: string[]; raw: string };
const mails: Mail[] = [];
let smtp: SMTPServer;
let app: AppServer;

test.beforeAll(async () => {
  rmSync(DATA_DIR, { recursive: true, force: true });
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(SMTP_PORT, '127.0.0.1', resolve));
  app = await startApp(
    { CONFORME_DATA_DIR: DATA_DIR, SMTP_URL: `smtp://127.0.0.1:${String(SMTP_PORT)}` },
    APP_PORT,
  );
});

test.afterAll(async () => {
  await kill(app, 'SIGTERM');
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** A raw message made readable: encoded-word headers and quoted-printable bodies decoded, folds joined. */
function readable(raw: string): string {
  const words = raw
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, word: string) => word.replace(/_/g, ' '))
    .replace(/\r?\n[ \t]+/g, ' ')
    .replace(/=\r?\n/g, '');
  const bytes = words.replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** The latest mail to `to` whose subject starts with `subject`, once it arrived, decoded. */
async function mailTo(to: string, subject: string): Promise<string> {
  const find = () =>
    mails
      .map((m) => ({ to: m.to, text: readable(m.raw) }))
      .filter((m) => m.to.includes(to) && m.text.includes(`Subject: ${subject}`));
  await expect.poll(() => find().length, { message: `${subject} → ${to}` }).toBeGreaterThan(0);
  return find().at(-1)?.text ?? '';
}

async function open(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: app.url,
    storageState: { cookies: [], origins: [] },
  });
  return context.newPage();
}

const members = {
  admin: 'ada@loop.example',
  marketer: 'marc@loop.example',
  legal: 'lea@loop.example',
};
const pages: Partial<Record<keyof typeof members, Page>> = {};
let formId = '';

test('the administrator invites a marketer and a legal reviewer by email', async ({ browser }) => {
  const admin = await open(browser);
  await admin.goto('/setup');
  await admin.getByLabel('Company or workspace name').fill('Loop Studio');
  await admin.getByLabel('Your name').fill('Ada Admin');
  await admin.getByLabel('Email').fill(members.admin);
  await admin.getByLabel('Password (10 characters or more)').fill(PASSWORD);
  await admin.getByRole('button', { name: 'Create the administrator' }).click();
  await expect(admin.getByRole('heading', { name: 'Forms', level: 1 })).toBeVisible();
  pages.admin = admin;
  for (const role of ['marketer', 'legal'] as const) {
    await admin.goto('/settings');
    await admin.getByLabel('Email', { exact: true }).fill(members[role]);
    await admin.getByLabel('Role', { exact: true }).selectOption(role);
    await admin.getByRole('button', { name: 'Invite' }).click();
    await expect(admin.getByText('Invitation sent by email.')).toBeVisible();
    const link = /https?:\/\/\S+\/invite\/\S+/.exec(await mailTo(members[role], 'You are invited'));
    const member = await open(browser);
    await member.goto(link?.[0] ?? '/missing');
    await member.getByLabel('Your name').fill(role === 'legal' ? 'Léa Legal' : 'Marc Marketer');
    await member.getByLabel('Password (10 characters or more)').fill(PASSWORD);
    await member.getByRole('button', { name: 'Create my account' }).click();
    await expect(member).toHaveURL(/\/forms$/);
    pages[role] = member;
  }
});

test('the marketer submits; legal is told by email, comments on a label and requests changes', async () => {
  const marketer = pages.marketer;
  const legal = pages.legal;
  if (!marketer || !legal) throw new Error('members missing');
  await marketer.goto('/forms/new');
  await marketer.getByRole('button', { name: 'Use the template: Newsletter' }).click();
  await expect(marketer.getByLabel('Legal name')).toHaveValue('Maison Lumière SAS');
  formId = new URL(marketer.url()).pathname.split('/').at(-1) ?? '';
  await marketer.goto(`/forms/${formId}/review`);
  await marketer.getByRole('button', { name: 'Submit for review' }).click();
  await expect(
    marketer.getByRole('heading', { name: 'Status: Waiting for legal review' }),
  ).toBeVisible();
  expect(await mailTo(members.legal, 'Review requested')).toContain(`/forms/${formId}/review`);

  await legal.goto(`/forms/${formId}/review`);
  const visitors = legal.getByRole('region', { name: 'The form as visitors see it' });
  await expect(visitors.getByRole('group', { name: 'French' })).toBeVisible();
  await expect(visitors.getByRole('checkbox')).not.toHaveCount(0);
  const about = legal.getByLabel('About');
  const label = await about
    .locator('option[value^="text:purpose:newsletter:label:fr"]')
    .getAttribute('value');
  await about.selectOption(label ?? '');
  await legal.getByLabel('Comment', { exact: true }).fill('Say how often the newsletter is sent.');
  await legal.getByRole('button', { name: 'Add comment' }).click();
  await expect(
    legal.getByText('Consent label of purpose newsletter (fr)', { exact: true }),
  ).toBeVisible();
  await legal.getByRole('button', { name: 'Request changes' }).click();
  await expect(legal.getByRole('heading', { name: 'Status: Changes requested' })).toBeVisible();
  expect(await mailTo(members.marketer, 'Changes requested')).toContain(
    'Léa Legal requested changes',
  );
});

test('the marketer reads the comment, replies, changes the draft and resubmits with one button', async () => {
  const marketer = pages.marketer;
  if (!marketer) throw new Error('marketer missing');
  await marketer.goto(`/forms/${formId}`);
  await expect(
    marketer.getByRole('region', { name: /Legal review: changes requested/ }),
  ).toContainText('Say how often the newsletter is sent.');
  await marketer
    .getByLabel('What the data is used for (a verb phrase: “send you our newsletter”) (French)')
    .fill('vous envoyer chaque mois par email notre newsletter');
  await expect(marketer.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible({
    timeout: 10_000,
  });
  await marketer.getByRole('link', { name: /Reply to the comments and resubmit/ }).click();
  await marketer.locator('summary', { hasText: 'Reply' }).click();
  await marketer.getByLabel('Reply', { exact: true }).fill('Now monthly, said in the purpose.');
  await marketer.getByRole('button', { name: 'Send reply' }).click();
  await expect(marketer.getByRole('list', { name: 'Replies' })).toContainText(
    'Now monthly, said in the purpose.',
  );
  await marketer.getByRole('button', { name: 'Resubmit for review' }).click();
  await expect(
    marketer.getByRole('heading', { name: 'Status: Waiting for legal review' }),
  ).toBeVisible();
  await expect
    .poll(() => mails.filter((m) => readable(m.raw).includes('Subject: Review requested')).length)
    .toBe(2);
});

test('the marketer cannot approve; another member approves, the marketer is told and publishes', async () => {
  const marketer = pages.marketer;
  const legal = pages.legal;
  if (!marketer || !legal) throw new Error('members missing');
  await expect(marketer.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await legal.goto(`/forms/${formId}/review`);
  await expect(legal.getByRole('list', { name: 'Replies' })).toContainText('Now monthly');
  await legal.getByRole('button', { name: 'Approve' }).click();
  await expect(legal.getByRole('heading', { name: 'Status: Approved' })).toBeVisible();
  expect(await mailTo(members.marketer, 'Approved')).toContain('Léa Legal approved');

  await marketer.goto(`/forms/${formId}/export`);
  await marketer.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(
    marketer.getByRole('status').filter({ hasText: 'Version 1 is published.' }),
  ).toBeVisible();

  await legal.goto('/audit');
  const log = legal.getByRole('table');
  for (const action of ['published', 'approved', 'requested changes', 'replied', 'commented'])
    await expect(log.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
  await marketer.goto('/audit');
  await expect(marketer.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test('the submitter may not approve their own draft, and sees why', async () => {
  const admin = pages.admin;
  if (!admin) throw new Error('admin missing');
  await admin.goto(`/forms/${formId}`);
  await admin.getByLabel('Legal name').fill('Maison Lumière SA');
  await expect(admin.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible({
    timeout: 10_000,
  });
  await admin.goto(`/forms/${formId}/review`);
  await admin.getByRole('button', { name: 'Resubmit for review' }).click();
  await admin.getByRole('button', { name: 'Approve' }).click();
  await expect(
    admin.getByRole('alert').filter({ hasText: 'another member must approve it' }),
  ).toBeVisible();
  await expect(
    admin.getByRole('heading', { name: 'Status: Waiting for legal review' }),
  ).toBeVisible();
});

test('once self-approval is allowed, approving a draft with blocking findings needs a confirmation', async () => {
  const admin = pages.admin;
  if (!admin) throw new Error('admin missing');
  await admin.goto('/settings');
  await admin.getByLabel(/may also approve it/).check();
  await admin
    .getByLabel(/may also approve it/)
    .locator('xpath=ancestor::form')
    .getByRole('button', { name: 'Save' })
    .click();
  await expect(admin.getByLabel(/may also approve it/)).toBeChecked();
  await admin.goto(`/forms/${formId}`);
  await admin.getByLabel('Legal name').fill('');
  await expect(admin.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible({
    timeout: 10_000,
  });
  await admin.goto(`/forms/${formId}/review`);
  await admin.getByRole('button', { name: 'Resubmit for review' }).click();
  const blocking = admin.getByRole('group', { name: /blocking finding/ });
  await expect(blocking).toContainText('R-');
  await admin.getByRole('button', { name: 'Approve' }).click();
  await expect(admin.getByText(/Tick the box to approve despite/)).toBeVisible();
  await expect(
    admin.getByRole('heading', { name: 'Status: Waiting for legal review' }),
  ).toBeVisible();
  await blocking.getByLabel(/approve this draft despite them/).check();
  await admin.getByRole('button', { name: 'Approve' }).click();
  await expect(admin.getByRole('heading', { name: 'Status: Approved' })).toBeVisible();
  await expect(admin.getByText(/self-approved by Ada Admin/)).toBeVisible();
});

test('a share link unfurls without sign-in, shows no person, and stops working once revoked', async ({
  browser,
}) => {
  const legal = pages.legal;
  if (!legal) throw new Error('legal missing');
  await legal.goto(`/forms/${formId}/review`);
  await legal.getByRole('button', { name: 'Create a share link' }).click();
  const link = await legal.getByLabel('Share link (shown once: copy it now)').inputValue();
  expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);

  const anonymous = await open(browser);
  const response = await anonymous.goto(link);
  expect(response?.status()).toBe(200);
  await expect(anonymous.getByRole('heading', { name: 'Newsletter Maison Lumière' })).toBeVisible();
  const body = await anonymous.locator('body').innerText();
  for (const person of ['Ada', 'Léa', 'Marc', '@loop.example']) expect(body).not.toContain(person);
  const image = await anonymous.locator('meta[property="og:image"]').getAttribute('content');
  const card = await anonymous.request.get(image ?? '');
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');

  await legal.reload();
  await legal.getByRole('button', { name: 'Revoke' }).click();
  await expect(legal.getByText('No live share link.')).toBeVisible();
  expect((await anonymous.goto(link))?.status()).toBe(404);
});
