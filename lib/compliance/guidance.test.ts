import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { RULES } from './rules';

describe('guidance pages', () => {
  for (const rule of RULES)
    it(`${rule.id} has an MDX page with its source and both examples`, () => {
      const file = new URL(
        `../../app/(app)/guidance/rules/${rule.id.toLowerCase()}/page.mdx`,
        import.meta.url,
      );
      assert.ok(existsSync(file), `missing ${file.pathname}`);
      const text = readFileSync(file, 'utf8');
      assert.ok(text.includes(rule.source), 'cites the legal source');
      if (rule.lesser)
        assert.ok(
          text.includes(`${rule.lesser.severity} when ${rule.lesser.when}`),
          'says when the rule reports a lesser severity',
        );
      for (const heading of [
        '## What the rule asks',
        '## Why',
        '## Legal source',
        '## Compliant',
        '## Not compliant',
      ])
        assert.ok(text.includes(heading), heading);
    });
});
