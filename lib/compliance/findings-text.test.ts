import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consentLabelTemplate } from '../form';
import { nth, reference } from '../testing/fixtures';
import { lint } from './lint';
import { RULES } from './rules';
import type { Rule } from './types';

describe('findings text', () => {
  it('says which language a finding about one language’s text is about', () => {
    const def = reference('b2b-whitepaper', (d) => {
      const p = nth(d.purposes, 1);
      if (p.basis.type === 'legitimate_interest') p.basis.interest = {};
    });
    const messages = lint(def)
      .filter((f) => f.ruleId === 'R-LI-DESCRIBED')
      .map((f) => f.message);
    assert.deepEqual(messages, [
      'This purpose relies on legitimate interest without stating the interest pursued. (French text)',
      'This purpose relies on legitimate interest without stating the interest pursued. (English text)',
    ]);
  });

  it('names the field no purpose uses', () => {
    const def = reference('newsletter', (d) => {
      d.fields.push({
        type: 'company',
        key: 'company',
        label: { fr: 'Entreprise', en: 'Company' },
        required: false,
        purposes: [],
      });
    });
    const finding = lint(def).find((f) => f.ruleId === 'R-MINIMISATION');
    assert.equal(finding?.message, 'No purpose uses the field “company”.');
  });

  it('reports a consent sentence left as the short name of a purpose whose basis is contract', () => {
    const def = reference('newsletter', (d) => {
      const p = nth(d.purposes, 0);
      p.label = {
        fr: consentLabelTemplate('Acme', 'email', 'fr'),
        en: 'Newsletter',
      };
      p.basis = { type: 'contract' };
    });
    const hits = lint(def).filter(
      (f) => f.ruleId === 'R-BASIS-PER-PURPOSE' && f.path.startsWith('purposes[0].label'),
    );
    assert.deepEqual(
      hits.map((f) => [f.path, f.severity]),
      [['purposes[0].label.fr', 'blocking']],
    );
    assert.match(nth(hits, 0).message, /reads as a consent sentence.*\(French text\)$/);
  });

  it('keeps a consent sentence on a consent purpose', () => {
    assert.ok(!lint(reference('newsletter')).some((f) => f.ruleId === 'R-BASIS-PER-PURPOSE'));
  });
});

describe('severity', () => {
  const rule = (lesser?: Rule['lesser']): Rule => ({
    id: 'R-TEST',
    title: 'test',
    severity: 'blocking',
    source: 'test',
    message: 'test',
    fix: 'test',
    ...(lesser ? { lesser } : {}),
    check: () => [{ path: 'title', severity: 'warning' }],
  });
  const severityOf = (r: Rule) => nth(lint(reference('newsletter'), { rules: [r] }), 0).severity;

  it('is the rule’s own unless the rule declares the lesser one (the guidance shows it)', () => {
    assert.equal(severityOf(rule()), 'blocking');
    assert.equal(severityOf(rule({ severity: 'warning', when: 'a test case' })), 'warning');
  });

  it('lesser severities are declared below the rule’s own', () => {
    const order = { blocking: 0, warning: 1, info: 2 };
    for (const r of RULES)
      if (r.lesser) assert.ok(order[r.lesser.severity] > order[r.severity], r.id);
  });
});
