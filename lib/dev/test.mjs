// `npm test`: typecheck, lint and format check, unit tests, then one production build, then every
// Playwright spec against it.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensureJava } from './prerequisites.mjs';
import { run } from './run.mjs';

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

const results = [];
const step = (name, code) => {
  results.push({ name, ok: code === 0 });
  console.log(`\nconforme: ${name} ${code === 0 ? 'passed' : `FAILED (exit ${code})`}\n`);
  return code === 0;
};

if (!process.env.TEST_DATABASE_URL)
  console.log(
    'conforme: TEST_DATABASE_URL is not set, so the PostgreSQL storage suite is skipped (SQLite only). .ci/run sets it.',
  );

// Guard rails first: types, lint (eslint + import layers), formatting. Each failure fails the run.
step('typecheck', run('npm', ['run', '--silent', 'typecheck']));
step('lint', run('npm', ['run', '--silent', 'lint']));
step('format check', run('npm', ['run', '--silent', 'format:check']));
ensureJava();
step('unit tests', run('node', ['lib/dev/unit.mjs']));
ensureChromium();
if (step('production build', run('npx', ['next', 'build'])))
  step('end-to-end tests', run('npx', ['playwright', 'test']));

/** Test counts from the unit runner's TAP file and Playwright's JSON report. */
function counts() {
  let passed = 0;
  let failed = 0;
  if (existsSync('test-results/unit.tap')) {
    const tap = readFileSync('test-results/unit.tap', 'utf8');
    passed += Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
    failed += Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
  }
  if (existsSync('test-results/e2e.json')) {
    const { stats } = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  }
  return { passed, failed };
}

const broken = results.filter((r) => !r.ok).map((r) => r.name);
const { passed, failed } = counts();
if (broken.length) console.log(`conforme: failed steps: ${broken.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(broken.length || failed ? 1 : 0);
