import { expect, test } from '@playwright/test';
import { newQuoteRequest } from './forms';

const sectorFinding = /R-PHONE-BANNED-SECTOR/;

test('a heat-pump quote form: the sector is detected, confirmed, and telephone canvassing is blocked', async ({
  page,
}) => {
  await newQuoteRequest(page);
  const findings = page.getByRole('region', { name: /Findings/ });
  const sector = page.getByLabel('Sector of the business');
  await expect(sector).toHaveValue('');
  await expect(findings.getByRole('button', { name: sectorFinding })).toHaveCount(0);

  await page.getByLabel('Title (internal)').fill('Devis isolation des combles et pompe à chaleur');
  await expect(
    page.getByText(/Detected: Energy renovation, from “isolation” \(title\)/),
  ).toBeVisible();
  const finding = findings.getByRole('button', { name: sectorFinding });
  await expect(finding).toBeVisible();

  await page
    .getByRole('button', { name: 'Confirm the detected sector: Energy renovation' })
    .click();
  await expect(sector).toHaveValue('energy_renovation');
  await expect(findings).toContainText('as stated in the form settings');

  // The marketer corrects it: the ban no longer blocks, a warning asks to check.
  await sector.selectOption('other');
  await expect(finding).toHaveCount(1);
  await expect(findings).toContainText('The sector is set to “other”');
  await finding.click();
  await expect(page.locator(':focus')).toHaveAttribute('name', 'sector');
});
