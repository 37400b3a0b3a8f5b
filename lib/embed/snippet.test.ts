import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nth, publishedVersion, reference } from '../testing/fixtures';
import { htmlErrors } from '../testing/html-validator';
import { renderIframe, renderSnippet } from './snippet';

const APP = 'https://app.conforme.example';
const contest = publishedVersion(reference('contest-partners'));
const snippet = renderSnippet(contest, { appUrl: APP, lang: 'fr' });

const page = (body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Host page</title></head><body>${body}</body></html>`;

describe('the exported snippet', () => {
  it('is valid HTML', () => {
    assert.deepEqual(htmlErrors(page(snippet)), []);
  });

  it('loads nothing from elsewhere: no external script, stylesheet, font, image or frame', () => {
    assert.doesNotMatch(
      snippet,
      /<script[^>]+src=|<link\b|<img\b|<iframe\b|@import|url\(|@font-face/i,
    );
    const urls = [...snippet.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => new URL(m[0]).origin);
    assert.deepEqual(
      [...new Set(urls)].sort(),
      ['https://app.conforme.example', 'https://voyagea.example', 'https://www.cnil.fr'].sort(),
    );
  });

  it('never pre-ticks a consent box and groups them in a fieldset with a legend', () => {
    assert.doesNotMatch(snippet, /\bchecked\b/);
    assert.match(
      snippet,
      /<fieldset class="cf-choices"><legend>Vos choix<\/legend><div class="cf-check"><input type="checkbox" id="[^"]+" name="consent.newsletter" value="yes">/,
    );
    for (const p of ['newsletter', 'partners'])
      assert.doesNotMatch(snippet, new RegExp(`name="consent\\.${p}"[^>]*required`));
  });

  it('ties every control to a label and every error slot to its control', () => {
    const ids = [...snippet.matchAll(/<(?:input|select|textarea)[^>]* id="([^"]+)"/g)].map((m) =>
      nth(m, 1),
    );
    for (const id of ids)
      assert.match(snippet, new RegExp(`<label for="${id}"`), `label for ${id}`);
    for (const m of snippet.matchAll(/aria-describedby="([^"]+)"/g))
      assert.match(snippet, new RegExp(`id="${nth(m, 1)}"`));
  });

  it('hides the spam trap without CSS, from people, keyboards and assistive technology', () => {
    for (const [lang, label] of [
      ['fr', 'Laissez ce champ vide'],
      ['en', 'Leave this field empty'],
    ] as const) {
      const html = renderSnippet(contest, { appUrl: APP, lang });
      const trap =
        /<div hidden aria-hidden="true"><label for="(conforme-[\w-]+-website)">([^<]*)<\/label><input id="\1" name="cf_website" type="text" tabindex="-1" autocomplete="off"><\/div><\/form>/.exec(
          html,
        );
      assert.ok(trap, `${lang}: the trap inside its hidden wrapper, last in the form`);
      assert.equal(nth(trap, 2), label, `${lang}: labelled in the form's language`);
      assert.equal(html.match(/name="cf_website"/g)?.length, 1);
    }
  });

  it('carries no style attribute, which a strict Content-Security-Policy would block', () => {
    assert.doesNotMatch(snippet, /\sstyle=/i);
    assert.doesNotMatch(snippet, /\son[a-z]+=/i);
  });

  it('sizes the iframe embed by attributes, so a strict host still shows the whole form', () => {
    const iframe = renderIframe(contest, { appUrl: APP, lang: 'fr' });
    assert.doesNotMatch(iframe, /\sstyle=/i);
    assert.match(iframe, /\swidth="\d+" height="\d+"/);
  });

  it('posts to the submission endpoint with the version and language', () => {
    assert.match(snippet, new RegExp(`action="${APP}/api/submit/${contest.formId}" method="post"`));
    assert.match(snippet, /name="cf_version" value="1"/);
    assert.match(snippet, /name="cf_lang" value="fr"/);
  });
});
