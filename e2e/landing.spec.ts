import { expect, test } from '@playwright/test';

test('the landing page says what Conforme does', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Conforme' })).toBeVisible();
  await expect(page.getByText(/CNIL-style information notice/)).toBeVisible();
  await expect(page).toHaveTitle(/Conforme/);
});
