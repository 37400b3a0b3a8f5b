import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDefinition } from '../form';
import { loadReference } from '../form/references';
import { buildNotice, renderText } from '../notice';
import { isBlocked, lint } from './lint';

/** A newsletter draft with the legal gaps a marketer leaves while writing: the schema saves it, the linter blocks it. */
function incompleteDraft(): unknown {
  const def = structuredClone(loadReference('b2b-whitepaper'));
  const [first, second] = def.purposes;
  assert.ok(first && second);
  return {
    ...def,
    controller: { name: 'Acme SAS' },
    purposes: [
      { ...first, retention: undefined, description: undefined },
      {
        ...second,
        basis: { type: 'legitimate_interest' },
        retention: { duration: { unit: 'years' } },
      },
    ],
  };
}

describe('incomplete drafts', () => {
  it('are accepted by the schema (purpose without retention, controller without rights contact…)', () => {
    const parsed = parseDefinition(JSON.parse(JSON.stringify(incompleteDraft())));
    assert.deepEqual(parsed.ok ? [] : parsed.problems, []);
  });

  it('are reported by the linter as blocking findings with their legal source', () => {
    const parsed = parseDefinition(JSON.parse(JSON.stringify(incompleteDraft())));
    assert.ok(parsed.ok);
    const findings = lint(parsed.data);
    assert.ok(isBlocked(findings));
    const at = (ruleId: string, path: string) =>
      findings.find((f) => f.ruleId === ruleId && f.path === path && f.severity === 'blocking');
    assert.match(at('R-RETENTION', 'purposes[0].retention')?.source ?? '', /art\. 13\(2\)\(a\)/);
    assert.ok(at('R-RETENTION', 'purposes[1].retention.duration.value'));
    assert.match(
      at('R-CONTROLLER', 'controller.rightsContact')?.source ?? '',
      /art\. 13\(1\)\(a\)/,
    );
    assert.ok(at('R-CONTROLLER', 'controller.address'));
    assert.ok(at('R-LI-DESCRIBED', 'purposes[1].basis.interest.fr'));
  });

  it('still render a notice, with visible placeholders for the gaps', () => {
    const parsed = parseDefinition(JSON.parse(JSON.stringify(incompleteDraft())));
    assert.ok(parsed.ok);
    const fr = renderText(buildNotice(parsed.data, { lang: 'fr', layer: 'full' }));
    const en = renderText(buildNotice(parsed.data, { lang: 'en', layer: 'full' }));
    assert.match(fr, /\[durée à préciser\]/);
    assert.match(fr, /\[à compléter\]/);
    assert.match(en, /\[period to be stated\]/);
    assert.match(en, /\[to be completed\]/);
  });
});
