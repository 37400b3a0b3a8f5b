import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { startHostSite } from './host';
import { newQuoteRequest } from './forms';
import { publishApproved } from './review';

test.describe.configure({ mode: 'serial' });

const HOST_PORT = 3101;
let snippet = '';
let formId = '';
let host: Awaited<ReturnType<typeof startHostSite>>;

test.beforeAll(async () => {
  host = await startHostSite(HOST_PORT, () => snippet);
});
test.afterAll(() => host.close());

async function fillQuote(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(name);
  await page
    .getByRole('textbox', { name: 'Adresse email' })
    .fill(`${name.toLowerCase()}@example.com`);
  await page.getByRole('textbox', { name: 'Téléphone' }).fill('06 12 34 56 78');
  await page.getByRole('textbox', { name: 'Code postal du projet' }).fill('33000');
}

type Export = { columns: string[]; rows: Record<string, string>[] };
const exported = async (page: Page): Promise<Export> =>
  (await page.request.get(`/forms/${formId}/submissions/export?format=json`)).json();

test('publish a form and copy its snippet for another site', async ({ page }) => {
  formId = await newQuoteRequest(page);
  await page
    .getByRole('navigation', { name: 'This form' })
    .getByRole('link', { name: 'Publish & export' })
    .click();
  await page.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(page.getByText('Only a version approved by legal can be published')).toBeVisible();
  await publishApproved(page, formId);
  await page.getByLabel('Sites allowed to send this form').fill(`${host.origin}\nnot an origin`);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('"not an origin" is not an origin')).toBeVisible();
  await page.getByLabel('Sites allowed to send this form').fill(host.origin);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  snippet = await page.getByLabel('HTML snippet (fr)').inputValue();
  expect(snippet).toContain(`/api/submit/${formId}`);
  await expectAccessible(page);
});

test('a visitor with JavaScript submits in place from the other site, with campaign parameters', async ({
  page,
}) => {
  await page.goto(
    `${host.origin}/landing?utm_source=google&utm_medium=cpc&utm_campaign=printemps&utm_term=cuisine&utm_content=ad1`,
  );
  await page.getByRole('button', { name: 'Demander un devis' }).click();
  await expect(page.getByText('Ce champ est obligatoire.').first()).toBeVisible();
  const lastName = page.getByRole('textbox', { name: 'Nom', exact: true });
  await expect(lastName).toBeFocused();
  await expect(lastName).toHaveAttribute('aria-invalid', 'true');
  await expect(lastName).toHaveAccessibleDescription('Ce champ est obligatoire.');
  await expectAccessible(page);

  await fillQuote(page, 'Durand');
  const offers = page.getByRole('checkbox', { name: /offres commerciales d'Isolia Cuisines/ });
  await expect(offers).not.toBeChecked();
  await offers.check();
  await page.waitForTimeout(1600);
  await page.getByRole('button', { name: 'Demander un devis' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Merci, votre demande a bien été enregistrée.' }),
  ).toBeVisible();
  expect(page.url()).toContain(host.origin);
});

test('a visitor without JavaScript posts normally and lands on a thank-you page that links back', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${host.origin}/offres?utm_campaign=sans-js`);
  await fillQuote(page, 'Martin');
  await page.getByRole('checkbox', { name: /m'appelle au téléphone/ }).check();
  await page.getByRole('button', { name: 'Demander un devis' }).click();
  await expect(page.getByRole('heading', { name: 'Merci' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Revenir à la page précédente' })).toHaveAttribute(
    'href',
    new RegExp(`^${host.origin}/`),
  );
  await context.close();
});

test('the stored records carry provenance, creation date and every consent, refusals included', async ({
  page,
}) => {
  const { rows } = await exported(page);
  expect(rows).toHaveLength(2);
  const [nojs, js] = rows;
  expect(js).toMatchObject({
    embed: 'snippet',
    origin: host.origin,
    page: `${host.origin}/landing?utm_source=google&utm_medium=cpc&utm_campaign=printemps&utm_term=cuisine&utm_content=ad1`,
    utm_source: 'google',
    utm_medium: 'cpc',
    utm_campaign: 'printemps',
    utm_term: 'cuisine',
    utm_content: 'ad1',
    'consent:offers': 'given',
    'consent:phone_offers': 'refused',
    version: '1',
    lang: 'fr',
  });
  expect(nojs).toMatchObject({
    embed: 'snippet',
    origin: host.origin,
    'consent:offers': 'refused',
    'consent:phone_offers': 'given',
  });
  for (const row of rows)
    expect(Date.now() - Date.parse(row.created_at ?? '')).toBeLessThan(5 * 60_000);

  await page.goto(`/forms/${formId}/submissions`);
  await expect(page.getByRole('row')).toHaveCount(3);
  await expectAccessible(page);
  await page.getByRole('link', { name: `Proof of submission ${js?.receipt}` }).click();
  await expect(page.getByRole('heading', { name: 'Proof of consent' })).toBeVisible();
  await expect(page.getByRole('row', { name: /phone_offers/ })).toContainText(
    "J'accepte qu'Isolia Cuisines m'appelle au téléphone pour me présenter ses offres commerciales.",
  );
  await expect(page.getByRole('row', { name: /phone_offers/ })).toContainText('Not ticked');
  await expect(page.getByText('linked to the record before it.')).toBeVisible();
  await page.getByRole('button', { name: 'Check the proof ledger' }).click();
  await expect(page.getByText('The ledger is intact: 2 records in 1 chain')).toBeVisible();
  await expect(page.getByText('(matches the published definition)')).toBeVisible();
  await expectAccessible(page);
});

test('a forged consent is refused, and a retried submission is stored once', async ({ page }) => {
  const base = {
    cf_version: '1',
    cf_lang: 'fr',
    cf_embed: 'snippet',
    cf_started: String(Date.now() - 5000),
    'field.last_name': 'Petit',
    'field.email': 'petit@example.com',
    'field.phone': '0612345678',
    'field.postal_code': '75001',
  };
  const headers = { Accept: 'application/json', Origin: host.origin };
  const forged = await page.request.post(`/api/submit/${formId}`, {
    form: { ...base, 'consent.resale': 'yes' },
    headers,
  });
  expect(forged.status()).toBe(422);
  expect((await forged.json()).fieldErrors['consent.resale']).toMatch(
    /Finalité inconnue ou falsifiée « resale »/,
  );

  const other = await page.request.post(`/api/submit/${formId}`, {
    form: base,
    headers: { ...headers, Origin: 'http://127.0.0.1:3999' },
  });
  expect(other.status()).toBe(403);

  const retry = { ...base, cf_idem: 'e2e-retry-key-1' };
  const first = await page.request.post(`/api/submit/${formId}`, { form: retry, headers });
  const second = await page.request.post(`/api/submit/${formId}`, { form: retry, headers });
  expect(first.status()).toBe(200);
  expect((await second.json()).data.receipt).toBe((await first.json()).data.receipt);
  expect((await exported(page)).rows).toHaveLength(3);

  await page.goto(`/forms/${formId}/submissions`);
  await page.getByRole('button', { name: 'Check the proof ledger' }).click();
  await expect(page.getByText('The ledger is intact: 3 records')).toBeVisible();
});
