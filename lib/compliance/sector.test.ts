import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FormDefinition } from '../form';
import { REFERENCES } from '../form/references';
import { nth, reference } from '../testing/fixtures';
import { lint } from './lint';
import { detectSector } from './sector';
import { findWords } from './text';

/** The quote form of issue 10: the sector is in the title and intro, the phone purpose names no topic. */
const heatPumpQuote = (mutate?: (d: FormDefinition) => void) =>
  reference('contact-quote', (d) => {
    d.title = 'Devis isolation des combles et pompe à chaleur';
    d.intro = {
      fr: "Isolation des combles, pompe à chaleur, rénovation énergétique éligible MaPrimeRénov' : décrivez votre projet.",
      en: 'Attic insulation, heat pump, energy renovation eligible for MaPrimeRénov’: tell us about your project.',
    };
    assert.equal(nth(d.purposes, 2).description?.fr, 'vous présenter nos offres par téléphone');
    mutate?.(d);
  });

const sectorFindings = (def: FormDefinition, date: string) =>
  lint(def, { date }).filter((f) => f.ruleId === 'R-PHONE-BANNED-SECTOR');

describe('business sector', () => {
  for (const ref of REFERENCES)
    it(`detects no banned sector in the "${ref.id}" reference`, () => {
      assert.deepEqual(detectSector(reference(ref.id)), { sector: 'other', triggers: [] });
    });

  it('detects energy renovation from the title and intro, quoting the words as written', () => {
    const detection = detectSector(heatPumpQuote());
    assert.equal(detection.sector, 'energy_renovation');
    assert.deepEqual(detection.triggers[0], {
      path: 'title',
      words: ['isolation', 'pompe à chaleur'],
    });
    assert.ok(detection.triggers.some((t) => t.words.includes('MaPrimeRénov')));
  });

  it('detects home adaptation', () => {
    const def = reference('contact-quote', (d) => {
      d.title = 'Devis monte-escalier et douche sécurisée';
    });
    assert.equal(detectSector(def).sector, 'home_adaptation');
  });

  for (const date of ['2026-12-01', '2026-05-01', '2021-03-01'])
    it(`blocks the telephone canvassing purpose of an energy renovation quote form on ${date}`, () => {
      const findings = sectorFindings(heatPumpQuote(), date);
      assert.deepEqual(
        findings.map((f) => [f.severity, f.path]),
        [['blocking', 'purposes[2]']],
      );
      assert.match(
        nth(findings, 0).message,
        /energy renovation \(detected from “isolation” \(title\)/,
      );
      assert.match(nth(findings, 0).source, /L223-1.*2020-901/);
    });

  it('applies the home adaptation ban only from loi n° 2025-594', () => {
    const def = reference('contact-quote', (d) => (d.sector = 'home_adaptation'));
    assert.equal(sectorFindings(def, '2025-07-02').length, 1);
    assert.equal(sectorFindings(def, '2025-06-30').length, 0);
  });

  it('follows the sector the marketer states, and warns when it contradicts the form', () => {
    assert.equal(sectorFindings(reference('contact-quote'), '2026-12-01').length, 0);
    const stated = reference('contact-quote', (d) => (d.sector = 'energy_renovation'));
    assert.match(nth(sectorFindings(stated, '2026-12-01'), 0).message, /as stated/);
    const corrected = sectorFindings(
      heatPumpQuote((d) => (d.sector = 'other')),
      '2026-12-01',
    );
    assert.deepEqual(
      corrected.map((f) => [f.severity, f.path]),
      [['warning', 'sector']],
    );
  });

  it('leaves calls that are not canvassing alone (the quote call-back)', () => {
    const def = heatPumpQuote((d) => d.purposes.splice(2, 1));
    for (const f of def.fields) f.purposes = f.purposes.filter((id) => id !== 'phone_offers');
    assert.deepEqual(sectorFindings(def, '2026-12-01'), []);
  });

  it('quotes trigger words with their accents and capitals', () => {
    assert.deepEqual(
      findWords('Éligible MaPrimeRénov’ — Pompe À Chaleur', [/maprimerenov/, /pompe a chaleur/]),
      ['MaPrimeRénov', 'Pompe À Chaleur'],
    );
  });
});
