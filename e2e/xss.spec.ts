import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startHostSite } from './host';
import { approveDraft } from './review';

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3">',
  '"><script>window.__xss=4</script>',
  "'><img src=x onerror=window.__xss=5>",
  '<iframe src="javascript:window.top.__xss=6"></iframe>',
  '<body onload=window.__xss=7>',
  '<a href="javascript:window.__xss=8">x</a>',
  '<details open ontoggle=window.__xss=9>',
  '</textarea><script>window.__xss=10</script>',
  '</style><script>window.__xss=11</script>',
  '</title><script>window.__xss=12</script>',
  '<input autofocus onfocus=window.__xss=13>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=14>',
  '<video><source onerror="window.__xss=15">',
  "{{constructor.constructor('window.__xss=16')()}}",
  '<object data="javascript:window.__xss=17"></object>',
  '<scr<script>ipt>window.__xss=18</script>',
  '<!--<script>window.__xss=19</script>-->',
  '</script><script>window.__xss=20</script>',
];
const ALL = PAYLOADS.join(' ');

/** Appends every payload to every text a marketer can type (a few payloads where the schema allows 200 characters). */
function poison(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (
      [
        'key',
        'id',
        'value',
        'type',
        'basis',
        'channel',
        'audience',
        'from',
        'unit',
        'kind',
        'country',
        'safeguard',
        'context',
        'effectiveDate',
        'documentUrl',
        'partnersUrl',
        'email',
        'url',
      ].includes(key)
    )
      return value;
    return ['name', 'title', 'address'].includes(key)
      ? `${value} ${PAYLOADS.slice(0, 4).join('')}`.slice(0, 200)
      : `${value} ${ALL}`;
  }
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : poison(v, key)));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
}

const contest = JSON.parse(readFileSync('lib/form/references/contest-partners.json', 'utf8'));
const definition = {
  // poison() returns the shape it is given: an object here.
  ...(poison({ ...contest, effectiveDate: '2026-10-01' }) as object),
  // What visitors read as the form's name (the internal title is never shown to them).
  publicTitle: Object.fromEntries(
    ['fr', 'en'].map((lang) => [lang, `Grand jeu ${PAYLOADS.slice(0, 4).join('')}`.slice(0, 200)]),
  ),
};

async function expectNoScriptRan(page: Page, dialogs: string[]) {
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => '__xss' in window)).toBe(false);
  expect(dialogs).toEqual([]);
}

test('no payload typed by a marketer or a visitor runs in the builder, snippet, hosted page, notice or submissions', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.goto('/forms/new');
  await page.getByLabel('Form definition (JSON').fill(JSON.stringify(definition));
  await page.getByRole('button', { name: 'Import definition' }).click();
  await expect(page.getByLabel('Legal name')).toHaveValue(/^Voyagea SA /);
  await expect(page.getByTestId('form-preview')).toContainText('<script>window.__xss=1</script>');
  await expectNoScriptRan(page, dialogs);
  await page.getByRole('tab', { name: 'Full notice' }).click();
  await expectNoScriptRan(page, dialogs);
  const formId = new URL(page.url()).pathname.split('/').at(-1) ?? '';

  const host = await startHostSite(3102, () => snippet);
  let snippet = '';
  try {
    await approveDraft(page, formId);
    await expectNoScriptRan(page, dialogs);
    await page.goto(`/forms/${formId}/export`);
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Version 1 is published.' }),
    ).toBeVisible();
    await page.getByLabel('Sites allowed to send this form').fill(host.origin);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    snippet = await page.getByLabel('HTML snippet (fr)').inputValue();
    await expectNoScriptRan(page, dialogs);

    const visitor = await browser.newPage();
    visitor.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await visitor.goto(`${host.origin}/jeu?utm_campaign=${encodeURIComponent(PAYLOADS[0] ?? '')}`);
    await expect(visitor.getByText('<script>window.__xss=1</script>').first()).toBeVisible();
    await expectNoScriptRan(visitor, dialogs);
    await visitor.getByRole('textbox', { name: /^Adresse email/ }).fill('xss@example.com');
    await visitor.getByRole('textbox', { name: /^Prénom/ }).fill(PAYLOADS[1] ?? '');
    await visitor.getByRole('textbox', { name: /^Nom/ }).fill(PAYLOADS[3] ?? '');
    await visitor.getByRole('checkbox', { name: /règlement/ }).check();
    await visitor.waitForTimeout(1600);
    await visitor.getByRole('button', { name: /^Participer/ }).click();
    await expect(visitor.getByText('Merci, votre demande a bien été enregistrée.')).toBeVisible();
    await expectNoScriptRan(visitor, dialogs);

    for (const path of [
      `/f/${formId}`,
      `/f/${formId}?lang=en&embed=iframe`,
      `/n/${formId}/1`,
      `/n/${formId}/1?lang=en`,
      `/f/${formId}/thanks?lang=fr&receipt=${encodeURIComponent(PAYLOADS[0] ?? '')}&back=${encodeURIComponent('javascript:window.__xss=8')}`,
    ]) {
      await visitor.goto(path.startsWith('/') ? `${new URL(page.url()).origin}${path}` : path);
      // The thank-you page shows a short reference, not the receipt it was given.
      if (!path.includes('/thanks'))
        await expect(visitor.getByText(/window\.__xss=1/).first()).toBeVisible();
      await expectNoScriptRan(visitor, dialogs);
    }

    await page.goto(`/forms/${formId}/submissions`);
    await expect(page.getByRole('row')).toHaveCount(2);
    await expectNoScriptRan(page, dialogs);
    await page.getByRole('link', { name: /^Proof of submission/ }).click();
    await expect(page.getByRole('heading', { name: 'Proof of consent' })).toBeVisible();
    await expectNoScriptRan(page, dialogs);
  } finally {
    await host.close();
  }
});
