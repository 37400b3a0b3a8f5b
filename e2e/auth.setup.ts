import { expect, test as setup } from '@playwright/test';

export const ADMIN = {
  name: 'Alice Admin',
  email: 'alice@maison-lumiere.example',
  password: 'correct horse battery staple',
};
export const ADMIN_STATE = 'test-results/.auth/admin.json';

// First run on a fresh store: no account exists, so the app asks for the first administrator.
setup('the first visit creates the administrator', async ({ page }) => {
  await page.goto('/forms');
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel('Company or workspace name').fill('Maison Lumière');
  await page.getByLabel('Your name').fill(ADMIN.name);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password (10 characters or more)').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create the administrator' }).click();
  await expect(page.getByRole('heading', { name: 'Forms', level: 1 })).toBeVisible();
  await page.context().storageState({ path: ADMIN_STATE });
});
