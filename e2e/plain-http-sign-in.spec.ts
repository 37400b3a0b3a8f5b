import { expect, test } from '@playwright/test';
import { openStore } from '../lib/db/connect';
import { formRepository } from '../lib/forms/repository';
import { versionRepository } from '../lib/publishing/versions';
import { kill, readReference } from './app-server';
import {
  ADMIN,
  expectAlert,
  HOST,
  launchWithHost,
  portAbove,
  setUp,
  signIn,
  startOn,
} from './plain-http';

// A team tries Conforme on an intranet server: `npm start`, then http://<the server's name>:3000. Chromium
// maps conforme.test to 127.0.0.1, so the browser sees a network host name while no traffic leaves loopback.
const WARNING = 'This connection is not encrypted';
/** Not the signed-in state the project gives every context. */
const EMPTY = { cookies: [], origins: [] };

test('over plain HTTP on a network name: sign-in works, with a warning, and attempts are limited', async () => {
  test.setTimeout(120_000);
  const port = portAbove(1);
  const app = await startOn(port);
  const origin = `http://${HOST}:${String(port)}`;
  const browser = await launchWithHost();
  try {
    const first = await browser.newContext({ locale: 'en-GB', storageState: EMPTY });
    const admin = await first.newPage();
    await setUp(admin, origin);
    await expect(admin.getByRole('heading', { name: 'Forms', level: 1 })).toBeVisible();
    await first.close();

    const context = await browser.newContext({ locale: 'en-GB', storageState: EMPTY });
    const page = await context.newPage();
    await page.goto(`${origin}/forms`);
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fforms$/);
    await expect(page.getByRole('note', { name: WARNING })).toContainText(origin);
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page.getByRole('heading', { name: 'Forms', level: 1 })).toBeVisible();
    const [session] = (await context.cookies()).filter((c) => c.name.includes('session_token'));
    expect(session).toMatchObject({
      name: 'conforme.session_token',
      secure: false,
      httpOnly: true,
    });
    expect(app.stderr()).toContain(`sign-in at http://${HOST}:${String(port)} is not encrypted`);

    // Signed-in pages and sign-in refuse to be framed; the published form stays framable. (Through the
    // browser, which resolves the name to loopback; Node would ask a DNS server.)
    const headersOf = async (path: string) => {
      const response = await page.goto(`${origin}${path}`);
      expect(response?.status(), path).toBe(200);
      return response?.headers() ?? {};
    };
    for (const path of ['/forms', '/sign-in', '/']) {
      const headers = await headersOf(path);
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options'], path).toBe('DENY');
    }
    const store = openStore({ dataDir: app.dataDir });
    const formId = await formRepository(store).create(readReference('newsletter'), null);
    expect(await versionRepository(store).publish(formId, null)).toMatchObject({ ok: true });
    await store.close();
    const hosted = await headersOf(`/f/${formId}`);
    expect(hosted['x-frame-options']).toBeUndefined();
    expect(hosted['content-security-policy']).toContain('frame-ancestors *');
    expect(hosted['content-security-policy']).not.toContain("frame-ancestors 'none'");
    await context.close();

    // The same refusal for an unknown account and a wrong password; then, per account, a wait.
    const other = await browser.newContext({ locale: 'fr-FR', storageState: EMPTY });
    const fr = await other.newPage();
    await fr.goto(`${origin}/sign-in`);
    await expect(
      fr.getByRole('note', { name: 'Cette connexion n’est pas chiffrée' }),
    ).toBeVisible();
    await signIn(fr, 'nobody@conforme.test', 'a guessed password');
    await expectAlert(fr, 'Adresse e-mail ou mot de passe incorrect.');
    for (let i = 0; i < 5; i++) {
      await signIn(fr, ADMIN.email, `guess number ${String(i)}`);
      await expectAlert(fr, 'Adresse e-mail ou mot de passe incorrect.');
    }
    await signIn(fr, ADMIN.email, ADMIN.password);
    await expectAlert(fr, /Trop de tentatives de connexion infructueuses.*Réessayez dans 15 min/);
    await expect(fr).toHaveURL(/\/sign-in$/);
    await other.close();
  } finally {
    await browser.close();
    await kill(app, 'SIGTERM');
  }
});

test('with an https public URL the session cookie is __Secure- and Secure, and no warning shows', async () => {
  test.setTimeout(120_000);
  const port = portAbove(2);
  const app = await startOn(port, { CONFORME_PUBLIC_URL: `https://${HOST}:${String(port)}` });
  const origin = `http://${HOST}:${String(port)}`;
  const browser = await launchWithHost();
  try {
    const context = await browser.newContext({ locale: 'en-GB', storageState: EMPTY });
    const page = await context.newPage();
    // The first run signs the administrator in: the answer to that server action carries the cookie.
    const answer = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/setup'),
    );
    await setUp(page, origin);
    const setCookie = (await (await answer).allHeaders())['set-cookie'] ?? '';
    expect(setCookie).toMatch(/^__Secure-conforme\.session_token=[^;]+;.*\bSecure\b/im);
    // This browser reaches the server over plain HTTP, so it rightly keeps no Secure cookie: a proxy must
    // serve the https:// address the public URL names.
    expect((await context.cookies()).filter((c) => c.name.includes('session_token'))).toEqual([]);
    await page.goto(`${origin}/sign-in`);
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await expect(page.getByRole('note', { name: WARNING })).toHaveCount(0);
    await context.close();
  } finally {
    await browser.close();
    await kill(app, 'SIGTERM');
  }
});
