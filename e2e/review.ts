import { expect, type Page } from '@playwright/test';

/** Submits the current draft for legal review and approves it (the administrator may do both). */
export async function approveDraft(page: Page, formId: string) {
  await page.goto(`/forms/${formId}/review`);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(
    page.getByRole('heading', { name: 'Status: Waiting for legal review' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('heading', { name: 'Status: Approved' })).toBeVisible();
}
