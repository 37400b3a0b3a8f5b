import { fileURLToPath } from 'node:url';
import { LANGS } from '../../form';
import { loadReference, REFERENCES } from '../../form/references';
import { buildNotice } from '../build';
import { renderMarkdown } from '../render';

export type GoldenCase = { name: string; file: string; render: () => string };

/** Every reference × language × layer at its own effective date, plus the quote form under the Bloctel regime. */
export function goldenCases(): GoldenCase[] {
  const cases: GoldenCase[] = [];
  const add = (id: (typeof REFERENCES)[number]['id'], lang: (typeof LANGS)[number], layer: 'short' | 'full', date?: string) => {
    const name = `${id}${date ? `@${date}` : ''}.${lang}.${layer}`;
    cases.push({
      name,
      file: fileURLToPath(new URL(`./${name}.md`, import.meta.url)),
      render: () => renderMarkdown(buildNotice(loadReference(id), { lang, layer, date, noticeUrl: `https://conforme.example/n/${id}` })),
    });
  };
  for (const ref of REFERENCES) for (const lang of LANGS) for (const layer of ['short', 'full'] as const) add(ref.id, lang, layer);
  for (const lang of LANGS) for (const layer of ['short', 'full'] as const) add('contact-quote', lang, layer, '2026-05-01');
  return cases;
}
