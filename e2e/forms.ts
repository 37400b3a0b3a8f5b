import { expect, type Page } from '@playwright/test';

/** Creates a form from the quote-request template, as a marketer does; resolves to its id. */
export async function newQuoteRequest(page: Page): Promise<string> {
  await page.goto('/forms/new');
  await page
    .getByRole('button', { name: 'Use the template: Quote request with a phone number' })
    .click();
  await expect(page.getByLabel('Legal name')).toHaveValue('Isolia Cuisines SARL');
  return new URL(page.url()).pathname.split('/').at(-1) ?? '';
}
