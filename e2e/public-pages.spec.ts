import { expect, test, type Browser, type Page } from '@playwright/test';
import { startHostSite } from './host';
import { newQuoteRequest } from './forms';
import { publishApproved } from './review';

// Every page a visitor reaches speaks the form's language, whole, names the form by its public title, and,
// with JavaScript off, leads back to the page the form was on (snippet, iframe, hosted page).
test.describe.configure({ mode: 'serial' });

const BASE = 4600;
let formId = '';
let snippet = '';
let iframe = '';
const sites: Awaited<ReturnType<typeof startHostSite>>[] = [];
const site = (n: number) => `http://127.0.0.1:${BASE + n}`;
const [snippetSite, iframeSite, refusedSite] = [site(1), site(2), site(3)];

test.beforeAll(async () => {
  sites.push(await startHostSite(BASE + 1, () => snippet));
  sites.push(await startHostSite(BASE + 2, () => iframe));
  sites.push(await startHostSite(BASE + 3, () => snippet));
});
test.afterAll(() => Promise.all(sites.map((s) => s.close())));

const FIELDS = {
  fr: ['Nom', 'Adresse email', 'Téléphone', 'Code postal du projet'],
  en: ['Last name', 'Email address', 'Telephone', 'Project postcode'],
} as const;
const VALUES = ['Martin', 'martin@example.com', '06 12 34 56 78', '33000'];

async function fill(page: Page | ReturnType<Page['frameLocator']>, lang: 'fr' | 'en') {
  for (const [i, label] of FIELDS[lang].entries())
    await page.getByRole('textbox', { name: label, exact: true }).fill(VALUES[i] ?? '');
}
const noJs = (browser: Browser, locale: string) =>
  browser.newContext({ javaScriptEnabled: false, locale });

test('a form gets a public title per language, distinct from its internal name', async ({
  page,
}) => {
  formId = await newQuoteRequest(page);
  await page.getByLabel('Public title (French)').fill('Devis cuisine');
  await page.getByLabel('Public title (English)').fill('Kitchen quote');
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByLabel('Public title (English)')).toHaveValue('Kitchen quote', {
      timeout: 1000,
    });
  }).toPass();
  await publishApproved(page, formId);
  await page.getByLabel('Sites allowed to send this form').fill(snippetSite);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page
    .getByLabel('Address of the page the snippet goes on')
    .fill(`${snippetSite}/cuisines?x=1`);
  await page.getByRole('button', { name: 'Write it into the snippet' }).click();
  await expect(page.getByLabel('HTML snippet (fr)')).toHaveValue(/cuisines\?x=1/);
  snippet = await page.getByLabel('HTML snippet (fr)').inputValue();
  iframe = await page.getByLabel('Iframe (fr)').inputValue();

  for (const [lang, title, notice] of [
    ['fr', 'Devis cuisine', "Notice d'information — Devis cuisine"],
    ['en', 'Kitchen quote', 'Privacy notice — Kitchen quote'],
  ] as const) {
    await page.goto(`/f/${formId}?lang=${lang}`);
    await expect(page).toHaveTitle(title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.goto(`/n/${formId}/1?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(notice);
    await expect(page.locator('body')).not.toContainText('Demande de devis — Isolia');
  }
});

test('an unpublished form says so, styled, in the language asked or the browser’s', async ({
  browser,
}) => {
  for (const [locale, heading, reason] of [
    ['fr-FR', 'Page introuvable', 'Ce formulaire n’est pas publié.'],
    ['en-GB', 'Page not found', 'This form is not published.'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const res = await page.goto('/f/00000000-0000-4000-8000-000000000000');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.getByText(reason)).toBeVisible();
    await context.close();
  }
});

test('the app has a styled 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-page');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.locator('main')).toHaveCount(1);
});

test('without JavaScript, the snippet’s thank-you page gives a reference and leads back to the page', async ({
  browser,
}) => {
  const context = await noJs(browser, 'fr-FR');
  const page = await context.newPage();
  await page.goto(`${snippetSite}/cuisines?x=1`);
  await fill(page, 'fr');
  await page.getByRole('button', { name: 'Demander un devis' }).click();
  await expect(page.getByRole('heading', { name: 'Merci' })).toBeVisible();
  await expect(page.getByText(/Votre référence : [0-9A-F]{4}-[0-9A-F]{4}\./)).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await expect(page.getByRole('link', { name: 'Revenir à la page précédente' })).toHaveAttribute(
    'href',
    `${snippetSite}/cuisines?x=1`,
  );
  await context.close();
});

test('with JavaScript, the snippet thanks with a short reference, never the raw receipt', async ({
  page,
}) => {
  await page.goto(`${snippetSite}/cuisines`);
  await fill(page, 'fr');
  await page.waitForTimeout(1600);
  await page.getByRole('button', { name: 'Demander un devis' }).click();
  const thanks = page.getByRole('status').filter({ hasText: 'Merci' });
  await expect(thanks).toHaveText(/Votre référence : [0-9A-F]{4}-[0-9A-F]{4}\.$/);
});

test('without JavaScript, the iframe’s thank-you page leads the whole window back to its page', async ({
  browser,
}) => {
  const context = await noJs(browser, 'en-US');
  const page = await context.newPage();
  await page.goto(`${iframeSite}/jeu?a=1`);
  const frame = page.frameLocator('iframe');
  await fill(frame, 'fr');
  await frame.getByRole('button', { name: 'Demander un devis' }).click();
  const back = frame.getByRole('link', { name: 'Revenir à la page précédente' });
  await expect(back).toHaveAttribute('href', `${iframeSite}/jeu?a=1`);
  await back.click();
  await expect(page).toHaveURL(`${iframeSite}/jeu?a=1`);
  await context.close();
});

test('without JavaScript, the hosted page’s thank-you page leads back to it, in English', async ({
  browser,
}) => {
  const context = await noJs(browser, 'fr-FR');
  const page = await context.newPage();
  await page.goto(`/f/${formId}?lang=en`);
  await fill(page, 'en');
  await page.getByRole('button', { name: 'Request a quote' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await expect(page.getByText(/Your reference: [0-9A-F]{4}-[0-9A-F]{4}\./)).toBeVisible();
  await page.getByRole('link', { name: 'Back to the previous page' }).click();
  await expect(page.getByRole('heading', { name: 'Kitchen quote' })).toBeVisible();
  await context.close();
});

test('a French form refuses a site it does not allow in French, heading and reason', async ({
  browser,
}) => {
  const context = await noJs(browser, 'en-US');
  const page = await context.newPage();
  await page.goto(`${refusedSite}/ailleurs`);
  await fill(page, 'fr');
  await page.getByRole('button', { name: 'Demander un devis' }).click();
  await expect(
    page.getByRole('heading', { name: 'Votre envoi n’a pas été enregistré' }),
  ).toBeVisible();
  await expect(
    page.getByText(`Les envois depuis ${refusedSite} ne sont pas autorisés pour ce formulaire.`),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await context.close();
});
