import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { nth, publishedVersion, reference } from '@/lib/testing/fixtures';
import { htmlErrors } from '@/lib/testing/html-validator';
import { hashSource } from './document';
import { hostedFormPage, missingPage, noticePage, refusalPage, thanksPage } from './pages';

const APP = 'https://app.conforme.example';
const contest = publishedVersion(reference('contest-partners'));
const titled = publishedVersion({
  ...reference('contest-partners'),
  title: 'ZZQ3 internal name',
  publicTitle: { fr: 'Grand jeu d’été', en: 'Summer contest' },
});

/** The sources the policy allows for `directive`. */
const allowed = (csp: string, directive: string) =>
  csp
    .split('; ')
    .find((d) => d.startsWith(`${directive} `))
    ?.split(' ')
    .slice(1) ?? [];
const inline = (html: string, tag: 'style' | 'script') =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
    nth(m, 1),
  );

// React's static renderer is not available under the react-server condition the unit tests run with (nor to
// server components); route handlers load it as plain Node does. So these tests run in a child Node without it.
const reactServer = process.execArgv.some((arg) => arg.includes('react-server'));

if (reactServer)
  it('the public pages render (in a Node without the react-server condition, as route handlers do)', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--test', fileURLToPath(import.meta.url)],
      // Without the runner's context, the child runs and reports its own tests.
      { encoding: 'utf8', env: { ...process.env, NODE_TEST_CONTEXT: undefined } },
    );
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /^# pass [1-9]/m);
    assert.match(run.stdout, /^# fail 0$/m);
  });
else
  describe('public pages', async () => {
    const pages = {
      hosted: await hostedFormPage({ version: contest, lang: 'en', mode: 'hosted' }, APP),
      iframe: await hostedFormPage(
        { version: contest, lang: 'fr', mode: 'iframe' },
        APP,
        'https://shop.example/jeu?utm_source=x',
      ),
      titledEn: await hostedFormPage({ version: titled, lang: 'en', mode: 'hosted' }, APP),
      titledFr: await hostedFormPage({ version: titled, lang: 'fr', mode: 'hosted' }, APP),
      thanks: await thanksPage({
        lang: 'fr',
        receipt: '3f2a91bc-77d0-4c1e-9a55-0123456789ab',
        proof: 'ab'.repeat(32),
        back: 'https://shop.example/',
        framed: false,
      }),
      thanksFramed: await thanksPage({
        lang: 'en',
        receipt: 'abc<"',
        proof: null,
        back: 'https://shop.example/',
        framed: true,
      }),
      missing: await missingPage('en', 'This form is not published.'),
      notice: await noticePage({
        version: contest,
        lang: 'fr',
        full: contest.notices.fr?.full ?? '',
        fingerprint: contest.noticeHashes.fr ?? '',
      }),
      refusal: await refusalPage(
        {
          ok: false,
          status: 422,
          lang: 'en',
          error: 'Please correct the highlighted fields.',
          fieldErrors: { 'field.email': 'Enter a valid email address, such as name@example.com.' },
        },
        'https://shop.example/form',
      ),
    };

    it('give the visitor without JavaScript the hash of their consent record, in their language', () => {
      assert.match(
        pages.thanks.html,
        new RegExp(
          `Empreinte de la preuve de consentement[^<]*<code class="proof">${'ab'.repeat(32)}</code>`,
        ),
      );
    });

    it('are valid HTML', () => {
      for (const [name, page] of Object.entries(pages))
        assert.deepEqual(htmlErrors(page.html), [], name);
    });

    it('allow only their own inline style and script, pinned by the hash of the exact bytes they carry', () => {
      for (const [name, page] of Object.entries(pages)) {
        const csp = page.headers['Content-Security-Policy'] ?? '';
        assert.match(csp, /^default-src 'none'; /, name);
        assert.deepEqual(
          allowed(csp, 'style-src'),
          inline(page.html, 'style').map(hashSource),
          name,
        );
        const scripts = inline(page.html, 'script');
        assert.deepEqual(
          allowed(csp, 'script-src'),
          scripts.length ? scripts.map(hashSource) : ["'none'"],
          name,
        );
        assert.doesNotMatch(page.html, /<script[^>]+src=|<link\b/, name);
      }
      assert.equal(inline(pages.hosted.html, 'script').length, 1);
    });

    it('carry no style attribute, which their policy blocks (a hash allows <style> elements only)', () => {
      for (const [name, page] of Object.entries(pages))
        assert.doesNotMatch(page.html, /<[^>]+\sstyle=/i, name);
    });

    it('may be framed by other sites only for the form itself, its refusals and thanks, and its absence', () => {
      const ancestors = Object.fromEntries(
        Object.entries(pages).map(([name, p]) => [
          name,
          allowed(p.headers['Content-Security-Policy'] ?? '', 'frame-ancestors').join(' '),
        ]),
      );
      assert.deepEqual(ancestors, {
        hosted: '*',
        iframe: '*',
        titledEn: '*',
        titledFr: '*',
        thanks: '*',
        thanksFramed: '*',
        missing: '*',
        notice: "'self'",
        refusal: '*',
      });
    });

    it('carry the form exactly as the snippet does, in the visitor language', () => {
      assert.match(pages.hosted.html, /^<!doctype html><html lang="en">/);
      assert.match(
        pages.hosted.html,
        /<h1>[^<]+<\/h1><div id="conforme-0b5cad00"><form class="cf-form" lang="en"/,
      );
      assert.doesNotMatch(pages.iframe.html, /<h1>/);
      assert.match(pages.iframe.html, /name="cf_embed" value="iframe"/);
      assert.match(pages.iframe.html, /value="https:\/\/shop\.example\/jeu\?utm_source=x"/);
    });

    it('name the form by its public title in the page language, never by its internal name', () => {
      assert.match(pages.titledEn.html, /<title>Summer contest<\/title>/);
      assert.match(pages.titledEn.html, /<h1>Summer contest<\/h1>/);
      assert.match(pages.titledFr.html, /<h1>Grand jeu d’été<\/h1>/);
      assert.match(pages.hosted.html, /<h1>Form — [^<]+<\/h1>/);
      for (const page of [pages.titledEn, pages.titledFr]) assert.doesNotMatch(page.html, /ZZQ3/);
    });

    it('say a form is missing in the language asked, with a heading', () => {
      assert.match(pages.missing.html, /<html lang="en">/);
      assert.match(pages.missing.html, /<h1>Page not found<\/h1>/);
      assert.match(pages.missing.html, /This form is not published\./);
    });

    it('speak the page language and escape what they show', () => {
      assert.match(
        pages.thanks.html,
        /<h1>Merci<\/h1><p>Merci, votre demande a bien été enregistrée\. Votre référence : 3F2A-91BC\.<\/p>/,
      );
      assert.doesNotMatch(pages.thanks.html, /3f2a91bc-/i);
      assert.match(pages.thanksFramed.html, /Your reference: ABC\./);
      assert.match(
        pages.thanksFramed.html,
        /<a href="https:\/\/shop.example\/" target="_top">Back to the previous page<\/a>/,
      );
      assert.match(
        pages.thanks.html,
        /<a href="https:\/\/shop.example\/">Revenir à la page précédente<\/a>/,
      );
      assert.match(
        pages.notice.html,
        /<a href="\?lang=en" hrefLang="en" lang="en">English version<\/a>/i,
      );
      assert.match(pages.notice.html, /Version 1 · empreinte <code>[0-9a-f]{64}<\/code>/);
      assert.match(
        pages.refusal.html,
        /<li>Enter a valid email address, such as name@example\.com\.<\/li>/,
      );
      assert.match(
        pages.refusal.html,
        /<a href="https:\/\/shop.example\/form">Back to the form<\/a>/,
      );
    });
  });
