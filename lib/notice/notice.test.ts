import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { nth, reference } from '../testing/fixtures';
import { buildNotice } from './build';
import { goldenCases } from './golden/cases';
import { conceptsOf } from './model';
import { renderHtml, renderMarkdown, renderText } from './render';

describe('golden notices', () => {
  for (const c of goldenCases())
    it(`${c.name} matches its reviewed golden file`, () => {
      assert.equal(
        c.render(),
        readFileSync(c.file, 'utf8'),
        'run `npm run golden` only after reviewing the wording change',
      );
    });
});

describe('notice content', () => {
  it('follows the CNIL model order in the short mention', () => {
    const notice = buildNotice(reference('contact-quote'), { lang: 'fr', layer: 'short' });
    const order = notice.sections.map((s) => s.id);
    const expected = [
      'purposes',
      'recipients',
      'retention',
      'rights',
      'contact',
      'complaint',
      'more',
    ];
    assert.deepEqual(
      order.filter((id) => expected.includes(id)),
      expected,
    );
  });

  it('switches the telephone wording on 11 August 2026', () => {
    const def = reference('contact-quote');
    assert.ok(
      conceptsOf(buildNotice(def, { lang: 'fr', layer: 'full', date: '2026-08-10' })).has(
        'bloctel',
      ),
    );
    const after = conceptsOf(buildNotice(def, { lang: 'fr', layer: 'full', date: '2026-08-11' }));
    assert.ok(after.has('phone-prior-consent') && !after.has('bloctel'));
  });

  it('says a number is not used for canvassing when no telephone consent exists', () => {
    const concepts = conceptsOf(
      buildNotice(reference('customer-account'), { lang: 'en', layer: 'full' }),
    );
    assert.ok(concepts.has('phone-no-canvassing'));
  });

  it('derives rights from the legal bases', () => {
    const b2b = conceptsOf(buildNotice(reference('b2b-whitepaper'), { lang: 'en', layer: 'full' }));
    assert.ok(b2b.has('objection') && b2b.has('portability') && !b2b.has('withdrawal'));
    const obligationOnly = reference('customer-account', (d) => {
      d.purposes = [nth(d.purposes, 2)];
      d.fields.forEach((f) => (f.purposes = f.purposes.filter((p) => p === 'invoicing')));
    });
    const c = conceptsOf(buildNotice(obligationOnly, { lang: 'fr', layer: 'full' }));
    assert.ok(
      !c.has('portability') &&
        !c.has('withdrawal') &&
        !c.has('objection') &&
        !c.has('objection-marketing'),
    );
  });

  it('links the short mention to the full notice when its address is known', () => {
    const html = renderHtml(
      buildNotice(reference('newsletter'), {
        lang: 'en',
        layer: 'short',
        noticeUrl: 'https://app.example/n/1',
      }),
    );
    assert.match(html, /<a href="https:\/\/app\.example\/n\/1">full privacy notice<\/a>/);
  });
});

describe('rendering', () => {
  const evil = reference('newsletter', (d) => {
    d.controller.name = '<script>alert(1)</script> & "Co"';
    d.controller.rightsContact = {
      ...d.controller.rightsContact,
      url: 'https://ok.example/?a=1&b=<x>',
    };
    nth(d.purposes, 0).description = {
      ...nth(d.purposes, 0).description,
      en: '<img src=x onerror=alert(2)> [link](javascript:alert(3)) *bold*',
    };
  });

  it('escapes every user string in HTML', () => {
    const html = renderHtml(buildNotice(evil, { lang: 'en', layer: 'full' }));
    assert.ok(!html.includes('<script>') && !html.includes('<img'));
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;Co&quot;/);
    assert.match(html, /href="https:\/\/ok\.example\/\?a=1&amp;b=&lt;x&gt;"/);
  });

  it('escapes Markdown syntax typed by users', () => {
    const md = renderMarkdown(buildNotice(evil, { lang: 'en', layer: 'full' }));
    assert.ok(md.includes('\\[link\\](javascript:alert(3)) \\*bold\\*'));
    assert.doesNotMatch(md, /(?<!\\)\]\(javascript:/);
  });

  it('renders plain text with headings and list items', () => {
    const text = renderText(buildNotice(reference('newsletter'), { lang: 'fr', layer: 'full' }));
    assert.match(text, /^NOTICE D'INFORMATION — MAISON LUMIÈRE SAS\n/);
    assert.match(text, /\nVos droits\n\n/);
    assert.match(text, /\n {2}- Vous envoyer par email notre newsletter mensuelle : 3 ans/);
  });

  it('refuses javascript: links from a definition', () => {
    const def = reference(
      'contest-partners',
      (d) => (nth(d.purposes, 2).partnersUrl = 'https://x.example'),
    );
    const html = renderHtml(
      buildNotice({ ...def, noticeUrl: 'javascript:alert(1)' }, { lang: 'fr', layer: 'short' }),
    );
    assert.ok(!html.includes('javascript:'));
  });
});
