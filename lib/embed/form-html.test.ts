import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGS } from '../form';
import { REFERENCES } from '../form/references';
import { buildNotice, renderHtml } from '../notice';
import { sha256 } from '../proof/canonical';
import { reference } from '../testing/fixtures';
import { renderFormHtml } from './form-html';
import { noticePath } from './paths';

/**
 * The form bytes of each reference in each language, as hashed at publication, with the short mention (the
 * notice's, pinned by the golden notices) set aside. A change here changes the fingerprint of every form
 * published from now on: make it deliberately, then update these.
 */
const FORM_BYTES: Record<string, string> = {
  'newsletter.fr': '3e45e17c31fa587c76edcb0b70373adfc30941247cbaabdb3e8dfc6c5c721a79',
  'newsletter.en': '3069ffed78ccbb55bd43729f6f9f0b02a7b082c600de8854ad55e637928194b2',
  'contact-quote.fr': '51ef17177f0ca85e838775c3840ae7ef4cf931a1c9805cd69765468ec50c6034',
  'contact-quote.en': 'd596787d84c150eb64554fe338cc3a3c6fa5f75d64c81213260869052c0bbe43',
  'b2b-whitepaper.fr': '7583d5ac2e5fe0d06880ef631852fc1c0ab0de05847016576b4848fabbc26095',
  'b2b-whitepaper.en': 'ad56b78d0f84ee80c0be3f05758fb7e1262337222e9d7819470c3871002b387c',
  'contest-partners.fr': '337af94fb57e8615293ea75f991dc6c7b9c8c4d41c43e2f4630fab5d51d93dea',
  'contest-partners.en': 'fea7259fae08809992147f788872c071cb2b5893baee61604ef568308c28b7a4',
  'customer-account.fr': 'a730695c5e567a2f652694b79837f49754b04fb671697deaf50d3770f97ad425',
  'customer-account.en': 'd084783e36a60f4498f84f7b78774743ab68f7ddb96f938f03e4d32dbc5e2170',
  'outside-eea.fr': '4508b71f8957630ba0062c93e1c36dec68177b4c1f3cdbe36f3d82f3d764ca73',
  'outside-eea.en': 'bddf0040f451728a5e0ea1f2e551ae24c4c79ea62bb7e287d63c3d8b82f4cee3',
};

describe('renderFormHtml', () => {
  for (const { id } of REFERENCES)
    for (const lang of LANGS)
      it(`renders ${id} in ${lang} byte for byte as published`, () => {
        const def = reference(id);
        const noticeUrl = noticePath('0b5cad00-0000-4000-8000-000000000001', 1, lang);
        const html = renderFormHtml(def, { lang, noticeUrl });
        const mention = renderHtml(buildNotice(def, { lang, layer: 'short', noticeUrl }));
        assert.ok(html.includes(mention));
        assert.equal(sha256(html.replace(mention, '<mention>')), FORM_BYTES[`${id}.${lang}`]);
      });
});
