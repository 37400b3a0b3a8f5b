// `npm run size`: raw and gzipped size of the exported snippet of each reference form (budget: the newsletter
// under 5 KB gzipped). Prints figures; asserts nothing.
import { gzipSync } from 'node:zlib';
import { REFERENCES } from '../form/references';
import { renderSnippet } from '../embed/snippet';
import { publishedVersion, reference } from '../testing/fixtures';

const APP = 'https://conforme.example.com';
console.log('snippet (version 1, French)          raw bytes   gzipped bytes');
for (const ref of REFERENCES) {
  const snippet = renderSnippet(publishedVersion(reference(ref.id)), { appUrl: APP, lang: 'fr' });
  const gz = gzipSync(snippet, { level: 9 }).length;
  const note = ref.id === 'newsletter' ? `  (budget 5120: ${gz < 5120 ? 'within' : 'OVER'})` : '';
  console.log(
    `${ref.id.padEnd(36)} ${String(Buffer.byteLength(snippet)).padStart(9)}   ${String(gz).padStart(13)}${note}`,
  );
}
