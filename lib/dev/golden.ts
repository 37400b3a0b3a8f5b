// `npm run golden`: rewrites the golden notices after a deliberate wording change. Read the diff before committing.
import { writeFileSync } from 'node:fs';
import { goldenCases } from '../notice/golden/cases';

for (const c of goldenCases()) writeFileSync(c.file, c.render());
console.log(`wrote ${goldenCases().length} golden notices`);
