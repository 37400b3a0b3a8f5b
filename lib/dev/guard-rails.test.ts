// The guard rails that `npm test` runs catch what they are meant to catch: a floating promise, a hook called
// conditionally, and an import from the pure core into storage. Probes are written inside the project (the
// type-aware lint needs them in the TypeScript project) and removed afterwards.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { createRequire } from 'node:module';
import { cruise, type ICruiseOptions, type IForbiddenRuleType } from 'dependency-cruiser';
import { ESLint } from 'eslint';

const probes: string[] = [];
function probe(path: string, text: string): string {
  writeFileSync(path, text);
  probes.push(path);
  return path;
}
after(() => {
  for (const path of probes) rmSync(path, { force: true });
});

describe('guard rails', () => {
  it('eslint refuses a floating promise and a conditional hook', async () => {
    const ts = probe(
      'lib/form/guard-probe.ts',
      'export async function f() {}\nexport function g() {\n  f();\n}\n',
    );
    const tsx = probe(
      'components/guard-probe.tsx',
      "'use client';\nimport { useState } from 'react';\nexport function P({ on }: { on: boolean }) {\n" +
        '  if (on) useState(0);\n  return null;\n}\n',
    );
    const results = await new ESLint().lintFiles([ts, tsx]);
    const rules = results.flatMap((r) => r.messages.map((m) => m.ruleId));
    assert.ok(rules.includes('@typescript-eslint/no-floating-promises'), rules.join(', '));
    assert.ok(rules.includes('react-hooks/rules-of-hooks'), rules.join(', '));
  });

  it('dependency-cruiser refuses a pure core folder reaching storage, and a folder importing up the layers', async () => {
    const pure = probe('lib/notice/guard-probe.ts', "export { getStore } from '../db';\n");
    const upward = probe(
      'lib/db/guard-probe.ts',
      "export { freeze } from '../publishing/freeze';\n",
    );
    // Our own config file (CommonJS, as dependency-cruiser reads it), typed by the library's own types.
    const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as {
      forbidden: IForbiddenRuleType[];
      options: ICruiseOptions;
    };
    const result = await cruise(
      [pure, upward],
      { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden } },
      undefined,
      {
        tsConfig: { fileName: 'tsconfig.json' },
      },
    );
    assert.equal(typeof result.output, 'object');
    const output = result.output;
    assert.ok(typeof output !== 'string');
    const broken = output.summary.violations.map((v) => `${v.rule.name} ${v.from}`);
    assert.ok(broken.includes(`pure-core ${pure}`), broken.join('\n'));
    assert.ok(broken.includes(`layer-db ${upward}`), broken.join('\n'));
  });
});
