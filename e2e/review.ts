import { expect, type Page } from '@playwright/test';
import { reviewRepository } from '../lib/review/repository';
import { openAppStore } from './workspaces';

/**
 * Submits the current draft for legal review (as the page's member) and has another member approve it: the
 * member who submitted a draft may not approve it (issue 11, 1.5), so the approval is written to the store
 * as a separate legal reviewer's, then the page shows it.
 */
export async function approveDraft(page: Page, formId: string) {
  await page.goto(`/forms/${formId}/review`);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(
    page.getByRole('heading', { name: 'Status: Waiting for legal review' }),
  ).toBeVisible();
  const store = openAppStore();
  try {
    const reviews = reviewRepository(store);
    const review = await reviews.latest(formId);
    expect(review?.status).toBe('pending');
    const reviewer = { id: 'e2e-legal', label: 'E2E Legal <legal@e2e.example>' };
    expect(await reviews.decide(formId, review?.id ?? '', 'approved', reviewer, false)).toBe(
      'decided',
    );
  } finally {
    await store.close();
  }
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Status: Approved' })).toBeVisible();
}

/** Approves the draft (as another member) and publishes it as version 1; leaves the page on the export tab. */
export async function publishApproved(page: Page, formId: string) {
  await approveDraft(page, formId);
  await page.goto(`/forms/${formId}/export`);
  await page.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Version 1 is published.' }),
  ).toBeVisible();
}
