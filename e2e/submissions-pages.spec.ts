import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';
import { newQuoteRequest } from './forms';
import { publishApproved } from './review';

// More submissions than one page of the submissions table (50): the true total, the counts per purpose,
// and every row reachable through the pages.
const LEADS = 60;
let formId = '';

test('the submissions table pages through every lead, with the true total and the counts', async ({
  page,
}) => {
  test.setTimeout(120_000);
  formId = await newQuoteRequest(page);
  await publishApproved(page, formId);

  for (let i = 0; i < LEADS; i++) {
    const body = new URLSearchParams({
      cf_version: '1',
      cf_lang: 'fr',
      cf_embed: 'snippet',
      'field.last_name': `Durand ${i}`,
      'field.email': `lead${i}@example.com`,
      'field.phone': '06 12 34 56 78',
      'field.postal_code': '33000',
      ...(i % 2 === 0 ? { 'consent.offers': 'yes' } : {}),
    });
    const res = await page.request.post(`/api/submit/${formId}`, {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        // A visitor of their own each, as on a busy site (the rate limit is per address).
        'x-forwarded-for': `198.18.1.${i + 1}`,
      },
      data: body.toString(),
    });
    expect(res.status()).toBe(200);
  }

  await page.goto(`/forms/${formId}/submissions`);
  await expect(page.locator('#submission-count')).toContainText(`${LEADS} submissions`);
  const counts = page.getByRole('list', { name: 'Consent answers among these submissions' });
  await expect(counts.getByRole('listitem').filter({ hasText: 'offers' }).first()).toHaveText(
    'offers: 30 given, 30 refused',
  );
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(50);
  const firstPage = await rows.first().innerText();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Older →' }).click();
  await expect(rows).toHaveCount(LEADS - 50);
  await expect(page.getByRole('link', { name: 'Older →' })).toHaveCount(0);
  await page.getByRole('link', { name: '← Newer' }).click();
  await expect(rows).toHaveCount(50);
  await expect.poll(() => rows.first().innerText()).toBe(firstPage);

  // The filter runs before paging: only those who refused the offers, on one page.
  await page.goto(`/forms/${formId}/submissions?purpose=offers&consent=refused`);
  await expect(page.locator('#submission-count')).toContainText('30 submissions match');
  await expect(rows).toHaveCount(30);
  await expect(page.getByRole('navigation', { name: 'Pages of submissions' })).toHaveCount(0);

  // The export holds every lead, each once.
  const csv = await (
    await page.request.get(`/forms/${formId}/submissions/export?format=csv`)
  ).text();
  expect(csv.trimEnd().split('\r\n')).toHaveLength(LEADS + 1);
});
