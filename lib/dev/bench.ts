// `npm run bench`: notice generation (short and full, FR and EN, rendered to HTML) and linting of a
// 60-field, 12-purpose definition. Prints median and p99 per operation in microseconds.
import { lint } from '../compliance';
import { buildNotice, renderHtml } from '../notice';
import { largeDefinition } from '../testing/large-definition';

const def = largeDefinition(60, 12);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 3000);

function measure(name: string, fn: () => unknown) {
  for (let i = 0; i < 300; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  console.log(
    `${name.padEnd(44)} median ${at(0.5).toFixed(1).padStart(8)} µs   p99 ${at(0.99).toFixed(1).padStart(8)} µs`,
  );
}

console.log(
  `Node ${process.version}, ${ITERATIONS} iterations, ${def.fields.length} fields, ${def.purposes.length} purposes`,
);
const notices = () => {
  for (const lang of ['fr', 'en'] as const)
    for (const layer of ['short', 'full'] as const) renderHtml(buildNotice(def, { lang, layer }));
};
measure('4 notices (fr/en × short/full) to HTML', notices);
measure('lint (all rules)', () => lint(def));
measure('4 notices + lint (one builder refresh)', () => {
  const full = {
    fr: buildNotice(def, { lang: 'fr', layer: 'full' }),
    en: buildNotice(def, { lang: 'en', layer: 'full' }),
  };
  for (const lang of ['fr', 'en'] as const) {
    renderHtml(buildNotice(def, { lang, layer: 'short' }));
    renderHtml(full[lang]);
  }
  lint(def, { notices: full });
});
