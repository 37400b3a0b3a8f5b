import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildNotice } from '../notice/build';
import { renderText } from '../notice/render';
import { reference } from '../testing/fixtures';
import { publicTitleOf, writtenPublicTitle } from './public-title';

const base = reference('newsletter');

describe('public title', () => {
  const cases: [string, Parameters<typeof publicTitleOf>[0], 'fr' | 'en', string][] = [
    [
      'the title written in the language',
      { ...base, publicTitle: { fr: 'Lettre', en: 'Letter' } },
      'en',
      'Letter',
    ],
    [
      'the controller, never the other language',
      { ...base, publicTitle: { fr: 'Lettre' } },
      'en',
      'Form — Maison Lumière SAS',
    ],
    [
      'the controller in French',
      { ...base, publicTitle: undefined },
      'fr',
      'Formulaire — Maison Lumière SAS',
    ],
    [
      'a generic word without a controller',
      { publicTitle: { fr: '  ' }, controller: { name: '', address: '' } },
      'fr',
      'Formulaire',
    ],
  ];
  for (const [what, def, lang, expected] of cases)
    it(`falls back to ${what}`, () => assert.equal(publicTitleOf(def, lang), expected));

  it('never reads the internal title', () => {
    const def = { ...base, title: 'ZZQ3 campaign', publicTitle: undefined };
    assert.equal(writtenPublicTitle(def, 'fr'), undefined);
    for (const lang of ['fr', 'en'] as const) {
      const text = renderText(buildNotice(def, { lang, layer: 'full' }));
      assert.doesNotMatch(text, /ZZQ3/);
    }
  });

  it('names the form in the notice heading and sentence, in the notice language', () => {
    const def = {
      ...base,
      languages: ['fr' as const, 'en' as const],
      publicTitle: { fr: 'Lettre', en: 'Letter' },
    };
    const en = renderText(buildNotice(def, { lang: 'en', layer: 'full' }));
    assert.match(en, /^PRIVACY NOTICE — LETTER\n/);
    assert.match(en, /collected through the form “Letter”\./);
    assert.doesNotMatch(en, /Lettre/);
    const fr = renderText(buildNotice(def, { lang: 'fr', layer: 'full' }));
    assert.match(fr, /recueillies par le formulaire « Lettre »\./);
  });
});
