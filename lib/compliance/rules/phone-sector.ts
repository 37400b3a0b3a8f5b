import { isPhoneCanvassing, type FormDefinition, type Purpose } from '../../form';
import { BANNED_SECTORS, describeTriggers, detectSector, isBannedSector } from '../sector';
import { entries, findWords } from '../text';
import type { Hit, Rule } from '../types';

const canvassing = (p: Purpose) => isPhoneCanvassing(p) && p.audience === 'consumers';

/** The banned sector a purpose's own words name, with where. */
function namedInPurpose(p: Purpose, i: number, date: string) {
  const texts = [
    ...entries(p.label, `purposes[${i}].label`),
    ...entries(p.description, `purposes[${i}].description`),
  ];
  for (const sector of ['energy_renovation', 'home_adaptation'] as const) {
    if (date < BANNED_SECTORS[sector].from) continue;
    for (const { text, path } of texts) {
      const words = findWords(text, BANNED_SECTORS[sector].words);
      if (words.length) return { sector, path, words };
    }
  }
  return undefined;
}

function check(def: FormDefinition, date: string): Hit[] {
  const purposes = def.purposes.map((p, i) => ({ p, i })).filter(({ p }) => canvassing(p));
  if (!purposes.length) return [];
  const detected = detectSector(def);
  const sector = def.sector ?? detected.sector;
  const banned = isBannedSector(sector) && date >= BANNED_SECTORS[sector].from;
  const why = def.sector
    ? 'as stated in the form settings'
    : `detected from ${describeTriggers(detected.triggers)}`;
  const hits: Hit[] = [];
  for (const { p, i } of purposes) {
    const own = namedInPurpose(p, i, date);
    if (own)
      hits.push({
        path: own.path,
        message: `This telephone canvassing purpose names ${BANNED_SECTORS[own.sector].name} (“${own.words.join('”, “')}”): such canvassing is banned outright, even with consent.`,
      });
    else if (banned)
      hits.push({
        path: `purposes[${i}]`,
        message: `The business sector is ${BANNED_SECTORS[sector].name} (${why}): telephone canvassing of consumers is banned outright in this sector, even with consent, whatever this purpose says.`,
      });
    else if (def.sector === 'other' && isBannedSector(detected.sector))
      hits.push({
        path: 'sector',
        severity: 'warning',
        message: `The sector is set to “other”, but the form mentions ${BANNED_SECTORS[detected.sector].name}: ${describeTriggers(detected.triggers)}. Check it: telephone canvassing is banned in that sector.`,
      });
  }
  return hits;
}

export const phoneSectorRule: Rule = {
  id: 'R-PHONE-BANNED-SECTOR',
  title: 'No telephone canvassing for energy renovation or home adaptation',
  severity: 'blocking',
  source:
    'Code de la consommation art. L223-1, as amended by loi n° 2020-901 du 24 juillet 2020 and loi n° 2025-594 du 30 juin 2025',
  appliesFrom: BANNED_SECTORS.energy_renovation.from,
  lesser: {
    severity: 'warning',
    when: 'the sector is set to “other” but the form mentions a banned sector',
  },
  message:
    'Telephone canvassing of consumers for energy renovation or for adapting a home to age or disability is banned outright, even with consent.',
  fix: 'Remove the telephone canvassing purpose (calls within a contract in progress are the only exception). If the detected business sector is wrong, correct it in the Form section.',
  check: ({ def, date }) => check(def, date),
};
