import type { Localized, Sector } from '../form';
import { entries, findWords, matches } from './text';

type Banned = Exclude<Sector, 'other'>;

/**
 * Sectors where telephone canvassing of consumers is banned outright, even with consent (Code de la
 * consommation art. L223-1), from the day each ban took effect, and the words that reveal them (normalized).
 */
export const BANNED_SECTORS: Record<Banned, { from: string; name: string; words: RegExp[] }> = {
  energy_renovation: {
    // Loi n° 2020-901 of 24 July 2020 (JO 25 July 2020), in force the next day.
    from: '2020-07-26',
    name: 'energy renovation',
    words: [
      /renovations? energetiques?/,
      /energy (renovation|retrofit|efficiency)/,
      /\bisolation\b/,
      /\binsulation\b/,
      /pompes? a chaleur/,
      /heat pumps?/,
      /maprimerenov/,
      /panneaux? (solaires?|photovoltaiques?)/,
      /solar panels?/,
      /photovoltai/,
      /chaudieres? (a granules|a condensation|biomasse)/,
      /poeles? a (granules|bois)/,
      /ballons? thermodynamiques?/,
      /chauffe-eau (solaire|thermodynamique)/,
      /economies? d'energie/,
      /energy savings?/,
      /audit energetique/,
      /energy audit/,
      /energies? renouvelables?/,
      /renewable energy/,
      /double (vitrage|glazing)/,
    ],
  },
  home_adaptation: {
    // Loi n° 2025-594 of 30 June 2025 (JO 1 July 2025), in force the next day.
    from: '2025-07-02',
    name: 'adapting homes to age or disability',
    words: [
      /adaptation (du|de votre|de leur|des) logements?/,
      /logements? adaptes?/,
      /home adaptations?/,
      /adapt(ing)? (your|the|their) home/,
      /maprimeadapt/,
      /monte-?escaliers?/,
      /stair ?lifts?/,
      /douches? (a l'italienne|senior|securisee|de plain-pied)/,
      /walk-in (shower|bath)/,
      /baignoires? a porte/,
      /perte d'autonomie/,
      /maintien a domicile/,
      /salles? de bains? (adaptees?|pmr|senior)/,
      /ageing in place/,
    ],
  },
};

export const isBannedSector = (sector: Sector): sector is Banned => sector !== 'other';

/** What detection looks at: the form's title, introduction and purposes. */
export type SectorSource = {
  title: string;
  intro?: Localized;
  purposes: readonly { label: Localized; description?: Localized }[];
};

export type Trigger = { path: string; words: string[] };
export type SectorDetection = { sector: Sector; triggers: Trigger[] };

/** The sector the form's own words point to ('other' when none), with the words and where they are. Pure. */
export function detectSector(def: SectorSource): SectorDetection {
  const texts = [
    { text: def.title, path: 'title' },
    ...entries(def.intro, 'intro'),
    ...def.purposes.flatMap((p, i) => [
      ...entries(p.label, `purposes[${i}].label`),
      ...entries(p.description, `purposes[${i}].description`),
    ]),
  ];
  let best: SectorDetection = { sector: 'other', triggers: [] };
  let bestCount = 0;
  for (const sector of ['energy_renovation', 'home_adaptation'] as const) {
    const words = BANNED_SECTORS[sector].words;
    // `matches` is compiled once and remembered per text; only a hit pays for quoting the words.
    const triggers = texts
      .filter(({ text }) => matches(text, words))
      .map(({ text, path }) => ({ path, words: findWords(text, words) }))
      .filter((t) => t.words.length);
    const count = triggers.reduce((n, t) => n + t.words.length, 0);
    if (count > bestCount) {
      best = { sector, triggers };
      bestCount = count;
    }
  }
  return best;
}

/** "« pompe à chaleur » (title), « MaPrimeRénov' » (intro.fr)": the words that triggered a detection. */
export const describeTriggers = (triggers: readonly Trigger[], max = 4) =>
  triggers
    .flatMap((t) => t.words.map((w) => `“${w}” (${t.path})`))
    .slice(0, max)
    .join(', ');
