import { createServer, type Server } from 'node:http';
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { newQuoteRequest } from './forms';
import { publishApproved } from './review';

// The spam trap (a real input named cf_website that naive bots fill and the server refuses) must stay out of
// people's way in every export mode: not visible, not focusable, not announced, even on a host page whose own
// Content-Security-Policy blocks the snippet's styles and script. A person who fills every box they can see,
// at a human pace, must be accepted.

test.describe.configure({ mode: 'serial' });

const HOST_PORT = 3102;
const TRAP = 'cf_website';
const TRAP_LABEL = 'Laissez ce champ vide';
const SUBMIT = 'Demander un devis';
const THANKS = 'Merci, votre demande a bien été enregistrée.';
/** The server refuses a form filled in less than 1.5 s (lib/submissions/handle.ts, MIN_FILL_MS). */
const HUMAN_PACE_MS = 1600;

let formId = '';
let snippet = '';
let iframe = '';
/** The fragment the export page shows, e.g. `style-src 'sha256-…'; script-src 'sha256-…'; …`. */
let cspSources = '';

/** A strict host policy (inline styles and scripts forbidden) with the export page's sources merged in. */
function hostPolicyWith(fragment: string): string {
  return fragment
    .split('; ')
    .map((directive) => {
      const [name, ...sources] = directive.split(' ');
      return [name, "'self'", ...sources].join(' ');
    })
    .join('; ');
}

/** A customer's site on another origin: each path pastes an export, some under a strict CSP of their own. */
const PAGES: Record<string, { body: () => string; csp?: () => string }> = {
  '/snippet': { body: () => snippet },
  '/iframe': { body: () => iframe },
  '/strict': { body: () => snippet, csp: () => "style-src 'self'; script-src 'self'" },
  '/hashed': { body: () => snippet, csp: () => hostPolicyWith(cspSources) },
};
let server: Server;
const HOST = `http://127.0.0.1:${HOST_PORT}`;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const page = PAGES[new URL(req.url ?? '/', HOST).pathname];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(page.csp ? { 'Content-Security-Policy': page.csp() } : {}),
    });
    res.end(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Cuisines en promo</title></head><body><h1>Cuisines en promo</h1>${page.body()}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Content-Security-Policy violations the page reports in its console. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

/** Presses Tab through the whole page and returns what had the focus in `frame` after each press. */
async function tabThrough(page: Page, frame: Frame): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    reached.push(
      await frame.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return '';
        return a.getAttribute('name') ?? (a.className || a.tagName.toLowerCase());
      }),
    );
  }
  return reached;
}

/** The trap is in the form and submitted with it, but hidden from sight, the keyboard and the accessibility tree. */
async function expectTrapOutOfReach(page: Page, frame: Frame) {
  const form = frame.locator('form.cf-form');
  const trap = form.locator(`input[name="${TRAP}"]`);
  await expect(trap).toHaveCount(1);
  await expect(trap).toBeHidden();
  // Labelled in the form's language, for the day a host's own CSS shows it anyway.
  await expect(form.locator(`label[for="${await trap.getAttribute('id')}"]`)).toHaveText(
    TRAP_LABEL,
  );
  // Not announced: absent from the accessibility tree, though present in the DOM.
  await expect(frame.getByRole('textbox', { name: TRAP_LABEL })).toHaveCount(0);
  await expect(frame.getByRole('textbox', { name: TRAP_LABEL, includeHidden: true })).toHaveCount(
    1,
  );
  expect(await form.ariaSnapshot()).not.toContain(TRAP_LABEL);
  // Not focusable: Tab reaches every control of the form, never the trap.
  const reached = await tabThrough(page, frame);
  expect(reached).toContain('field.email');
  expect(reached).toContain('cf-submit');
  expect(reached).not.toContain(TRAP);
}

/** A person's answers: every input they can see, filled at a human pace; every box ticked. */
async function fillEveryVisibleInput(form: Locator) {
  const controls = form.locator('input, select, textarea');
  const count = await controls.count();
  let filled = 0;
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    const { tag, type, autocomplete } = await control.evaluate((el) => ({
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') ?? '',
      autocomplete: el.getAttribute('autocomplete') ?? '',
    }));
    if (type === 'checkbox') await control.check();
    else if (tag === 'select') await control.selectOption({ index: 1 });
    else
      await control.pressSequentially(
        type === 'email'
          ? 'claire.durand@example.com'
          : type === 'tel'
            ? '06 12 34 56 78'
            : autocomplete === 'postal-code'
              ? '33000'
              : 'Durand',
        { delay: 10 },
      );
    filled++;
  }
  // Six fields and the two marketing consents of the quote request.
  expect(filled).toBe(8);
  await expect(form.locator(`input[name="${TRAP}"]`)).toHaveValue('');
}

/** Fills every visible input no sooner than a person would, then sends the form. */
async function fillAndSend(frame: Frame, loadedAt: number, beforeSend?: () => Promise<void>) {
  const form = frame.locator('form.cf-form');
  await fillEveryVisibleInput(form);
  await beforeSend?.();
  const wait = HUMAN_PACE_MS - (Date.now() - loadedAt);
  if (wait > 0) await frame.page().waitForTimeout(wait);
  await form.getByRole('button', { name: SUBMIT }).click();
}

const acceptedInPlace = (frame: Frame) =>
  expect(frame.getByRole('status').filter({ hasText: THANKS })).toBeVisible();

async function acceptedOnThanksPage(page: Page) {
  await expect(page.getByRole('heading', { name: 'Merci', level: 1 })).toBeVisible();
  await expect(page.getByText(/Votre référence : [0-9A-F]{4}-[0-9A-F]{4}\./)).toBeVisible();
}

test('publish the quote request and read its exports and CSP sources', async ({ page }) => {
  formId = await newQuoteRequest(page);
  await publishApproved(page, formId);
  await page.getByLabel('Sites allowed to send this form').fill(HOST);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  snippet = await page.getByLabel('HTML snippet (fr)').inputValue();
  iframe = await page.getByLabel('Iframe (fr)').inputValue();
  cspSources = await page
    .getByLabel('Content-Security-Policy sources for the snippet (fr)')
    .inputValue();
  const app = new URL(page.url()).origin;
  expect(cspSources).toMatch(
    new RegExp(
      `^style-src 'sha256-[A-Za-z0-9+/]{43}='; script-src 'sha256-[A-Za-z0-9+/]{43}='; connect-src ${app}; form-action ${app}$`,
    ),
  );
  await expect(page.getByText('forbids inline styles or scripts').first()).toBeVisible();
});

test('snippet on another origin, with JavaScript: trap out of reach, a person is accepted in place', async ({
  page,
}) => {
  const violations = cspViolations(page);
  await page.goto(`${HOST}/snippet`);
  const loadedAt = Date.now();
  await expectTrapOutOfReach(page, page.mainFrame());
  await fillAndSend(page.mainFrame(), loadedAt);
  await acceptedInPlace(page.mainFrame());
  expect(page.url()).toBe(`${HOST}/snippet`);
  expect(violations).toEqual([]);
});

test('snippet with JavaScript off: trap out of reach, a person lands on the thank-you page', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${HOST}/snippet`);
  const loadedAt = Date.now();
  await expectTrapOutOfReach(page, page.mainFrame());
  await fillAndSend(page.mainFrame(), loadedAt);
  await acceptedOnThanksPage(page);
  await context.close();
});

test('hosted page under its own strict CSP: trap out of reach, a person is accepted', async ({
  page,
}) => {
  const violations = cspViolations(page);
  await page.goto(`/f/${formId}?lang=fr`);
  const loadedAt = Date.now();
  await expectTrapOutOfReach(page, page.mainFrame());
  await fillAndSend(page.mainFrame(), loadedAt);
  await acceptedInPlace(page.mainFrame());
  // The old trap's style attribute was blocked by this policy and showed the field.
  expect(violations).toEqual([]);
});

test('iframe on another origin: trap out of reach, a person is accepted in the frame', async ({
  page,
}) => {
  const violations = cspViolations(page);
  await page.goto(`${HOST}/iframe`);
  await expect(page.frameLocator('iframe').locator('form.cf-form')).toBeVisible();
  const frame = page.frame({ url: (url) => url.pathname === `/f/${formId}` });
  if (!frame) throw new Error('the hosted form is not in the frame');
  const loadedAt = Date.now();
  await expectTrapOutOfReach(page, frame);
  await fillAndSend(frame, loadedAt);
  await acceptedInPlace(frame);
  expect(violations).toEqual([]);
});

test("host page whose CSP forbids inline styles and scripts: unstyled and scriptless, the form still takes a person's answers", async ({
  page,
}) => {
  const violations = cspViolations(page);
  await page.goto(`${HOST}/strict`);
  const loadedAt = Date.now();
  // The host blocked the snippet's stylesheet and script: nothing set the start time.
  await expect(page.locator('input[name="cf_started"]')).toHaveValue('');
  await expect(page.locator('.cf-submit')).not.toHaveCSS('background-color', 'rgb(11, 92, 173)');
  await expectTrapOutOfReach(page, page.mainFrame());
  await fillAndSend(page.mainFrame(), loadedAt);
  // Without the script the form posts normally.
  await acceptedOnThanksPage(page);
  expect(violations.some((v) => v.includes('script'))).toBe(true);
  expect(violations.some((v) => v.includes('style'))).toBe(true);
});

test('host page whose CSP adds the sources shown on the export page: styled, the script submits in place', async ({
  page,
}) => {
  const violations = cspViolations(page);
  const response = await page.goto(`${HOST}/hashed`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-");
  const loadedAt = Date.now();
  await expect(page.locator('input[name="cf_started"]')).not.toHaveValue('');
  await expect(page.locator('.cf-submit')).toHaveCSS('background-color', 'rgb(11, 92, 173)');
  await expectTrapOutOfReach(page, page.mainFrame());
  await fillAndSend(page.mainFrame(), loadedAt);
  await acceptedInPlace(page.mainFrame());
  expect(page.url()).toBe(`${HOST}/hashed`);
  expect(violations).toEqual([]);
});

test('a bot that fills the trap is still refused: the script sends it with the form', async ({
  page,
}) => {
  await page.goto(`${HOST}/snippet`);
  const loadedAt = Date.now();
  const form = page.locator('form.cf-form');
  await fillAndSend(page.mainFrame(), loadedAt, () =>
    form.locator(`input[name="${TRAP}"]`).evaluate((el: HTMLInputElement) => {
      el.value = 'https://spam.example';
    }),
  );
  await expect(form.locator('.cf-status')).toHaveText(
    'Cet envoi semble automatisé et n’a pas été enregistré.',
  );
});

test('every one of those submissions is stored, none refused as automated', async ({ page }) => {
  const { rows } = (await (
    await page.request.get(`/forms/${formId}/submissions/export?format=json`)
  ).json()) as { rows: Record<string, string>[] };
  expect(rows.map((r) => r.embed).sort()).toEqual(
    ['hosted', 'iframe', 'snippet', 'snippet', 'snippet', 'snippet'].sort(),
  );
  for (const row of rows) expect(row).toMatchObject({ 'consent:offers': 'given', lang: 'fr' });
});
