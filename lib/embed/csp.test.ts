import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { LANGS } from '../form';
import { REFERENCES } from '../form/references';
import { nth, publishedVersion, reference } from '../testing/fixtures';
import { cspFragment, snippetCspDirectives } from './csp';
import { renderSnippet } from './snippet';

const APP = 'https://app.conforme.example';
const base64Sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** The text of the one inline element `tag` of a snippet, as a browser hashes it. */
function inlineText(snippet: string, tag: 'style' | 'script'): string {
  const found = [...snippet.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))];
  assert.equal(found.length, 1, `one inline <${tag}>`);
  return nth(nth(found, 0), 1);
}

describe('the CSP sources a host page adds for the snippet', () => {
  for (const { id } of REFERENCES)
    for (const lang of LANGS)
      it(`hash the exact style and script bytes of ${id} (${lang})`, () => {
        const version = publishedVersion(reference(id));
        const snippet = renderSnippet(version, { appUrl: APP, lang });
        const byName = Object.fromEntries(
          snippetCspDirectives(version, { appUrl: APP, lang }).map((d) => [d.name, d.sources]),
        );
        assert.deepEqual(byName['style-src'], [
          `'sha256-${base64Sha256(inlineText(snippet, 'style'))}'`,
        ]);
        assert.deepEqual(byName['script-src'], [
          `'sha256-${base64Sha256(inlineText(snippet, 'script'))}'`,
        ]);
      });

  it('allow the app origin to receive the form, with and without the script', () => {
    const version = publishedVersion(reference('newsletter'));
    const fragment = cspFragment(snippetCspDirectives(version, { appUrl: `${APP}/`, lang: 'fr' }));
    assert.match(
      fragment,
      /^style-src 'sha256-[A-Za-z0-9+/]{43}='; script-src 'sha256-[A-Za-z0-9+/]{43}='; connect-src https:\/\/app\.conforme\.example; form-action https:\/\/app\.conforme\.example$/,
    );
  });
});
