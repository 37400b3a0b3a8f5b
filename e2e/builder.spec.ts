import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';

// Runs first among the specs that create forms (alphabetical order, one worker): the list starts empty.

const findings = (page: Page) => page.getByRole('region', { name: /Findings/ });
const preview = (page: Page) => page.getByTestId('form-preview');

async function waitSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible({
    timeout: 10_000,
  });
}

test('a new marketer builds a lawful newsletter form from blank', async ({ page }) => {
  await page.goto('/forms');
  await expect(page.getByRole('heading', { name: 'No form yet' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Create your first form' }).click();
  await page.getByRole('button', { name: 'Start from blank' }).click();
  await expect(page).toHaveURL(/\/forms\/[0-9a-f-]{36}$/);

  await page.getByLabel('Title (internal)').fill('Newsletter Maison Lumière');
  await page.getByLabel('Legal name').fill('Maison Lumière SAS');
  await page.getByLabel('Postal address').fill('12 rue des Lilas, 69003 Lyon');
  await page.getByLabel('Email for exercising rights').fill('privacy@maison-lumiere.example');
  await expect(findings(page).getByText('R-CONTROLLER')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add purpose' }).click();
  const consentBox = preview(page).getByRole('checkbox', {
    name: /J'accepte de recevoir par email les offres et actualités de Maison Lumière SAS/,
  });
  await expect(consentBox).toBeVisible();
  await expect(consentBox).not.toBeChecked();
  await expect(preview(page).getByRole('group', { name: 'Vos choix' })).toBeVisible();
  await page.getByRole('group', { name: 'Used for' }).getByLabel('purpose_1').check();
  await expect(findings(page).getByRole('heading', { name: /Blocking/ })).toHaveCount(0);

  // A phone number on a marketing form: telephone canvassing needs its own consent (effective date is today).
  await page.getByLabel('New field').selectOption('phone');
  await page.getByRole('button', { name: 'Add field' }).click();
  const phoneFinding = findings(page).getByRole('button', { name: /R-PHONE-OPTIN/ });
  await expect(phoneFinding).toBeVisible();
  await expect(findings(page)).toContainText('Loi n° 2025-594');
  await phoneFinding.click();
  await expect(page.locator(':focus')).toHaveAttribute('name', 'fields.1.purposes');

  await page.getByRole('tab', { name: 'Full notice' }).click();
  const notice = page.getByTestId('notice-preview');
  await expect(notice).not.toContainText('Nous ne vous démarcherons par téléphone');
  await page.getByRole('button', { name: 'Add the telephone canvassing purpose' }).click();
  await expect(phoneFinding).toHaveCount(0);
  await expect(notice).toContainText(
    'Nous ne vous démarcherons par téléphone que si vous y avez préalablement consenti',
  );
  await page.getByRole('button', { name: 'English' }).click();
  await expect(notice).toContainText(
    'We will only make marketing calls to you if you have agreed to it beforehand',
  );
  await expectAccessible(page);

  await waitSaved(page);
  await page.reload();
  await expect(page.getByLabel('Legal name')).toHaveValue('Maison Lumière SAS');
  await expect(page.getByRole('group', { name: /Phone number/ })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Purpose telephone' })).toBeVisible();
  await page.getByRole('tab', { name: 'Full notice' }).click();
  await expect(page.getByTestId('notice-preview')).toContainText('Démarchage téléphonique');
});

test('fields reorder by keyboard, undo restores a removed field, and deleting asks first', async ({
  page,
}) => {
  await page.goto('/forms/new');
  await page
    .getByRole('button', { name: 'Use the template: Quote request with a phone number' })
    .click();
  await expect(page.getByLabel('Legal name')).toHaveValue('Isolia Cuisines SARL');
  const labels = () => preview(page).locator('.cf-field > label').allTextContents();
  expect((await labels()).slice(0, 2)).toEqual(['Nom *', 'Prénom']);
  await page.getByRole('button', { name: 'Move field first_name up' }).click();
  await expect.poll(labels).toEqual(expect.arrayContaining(['Prénom', 'Nom *']));
  expect((await labels()).slice(0, 2)).toEqual(['Prénom', 'Nom *']);

  await page.getByRole('button', { name: 'Remove field message' }).click();
  await expect(preview(page).getByLabel('Votre projet')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo last change' }).click();
  await expect(preview(page).getByLabel('Votre projet')).toBeVisible();

  await waitSaved(page);
  const url = page.url();
  await page.getByRole('button', { name: 'Delete form' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this form?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete form' }).click();
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page).toHaveURL(/\/forms$/);
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
});

test('the contest template shows the partner-sharing rules', async ({ page }) => {
  await page.goto('/forms/new');
  await page
    .getByRole('button', { name: 'Use the template: Contest with partner sharing' })
    .click();
  await expect(page.getByLabel('Legal name')).toHaveValue('Voyagea SA');
  await expect(findings(page)).toContainText('No finding');
  const partners = page.getByRole('group', { name: 'Purpose partners' });
  await partners.getByLabel('Legal basis').selectOption('legitimate_interest');
  await expect(
    findings(page).getByRole('button', {
      name: /R-PARTNERS Passing data to partners for their own marketing requires consent/,
    }),
  ).toBeVisible();
  await expect(findings(page)).toContainText('CNIL guidance on transfers of B2C data to partners');
  await partners.getByLabel('Legal basis').selectOption('consent');
  await partners.getByLabel('Link to the up-to-date list of partners').fill('');
  await expect(
    findings(page).getByRole('button', {
      name: /R-PARTNERS Link to the up-to-date list of partners/,
    }),
  ).toBeVisible();
  await waitSaved(page);
  await findings(page).getByRole('link', { name: 'Guidance on R-PARTNERS' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^R-PARTNERS: Sharing with partners/ }),
  ).toBeVisible();
  await expect(page.getByText('CNIL SAN-2023-015')).toBeVisible();
  await expectAccessible(page);
  await page.goBack();
  await page.getByRole('link', { name: 'Back to forms' }).click();
  await expect(page.getByRole('row', { name: /Grand jeu de l'été Voyagea/ })).toContainText(
    /warning/,
  );
});
