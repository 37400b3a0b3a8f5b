import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reference } from '../testing/fixtures';
import { newsletterInVersion1Shape, REPLAYED_HISTORY } from '../testing/schema-history';
import { DEFINITION_SCHEMA_VERSION, readFrozenDefinition, SCHEMA_HISTORY } from './frozen';
import { parseDefinition } from './parse';
import { loadReference, REFERENCES } from './references';

describe('frozen definitions', () => {
  it('reads a definition of the current schema version as is', () => {
    const def = reference('newsletter');
    const read = readFrozenDefinition(JSON.parse(JSON.stringify(def)), DEFINITION_SCHEMA_VERSION);
    assert.ok(read.ok);
    assert.deepEqual(read.definition, def);
    assert.equal(read.migrated, false);
    assert.equal(SCHEMA_HISTORY.current, DEFINITION_SCHEMA_VERSION);
  });

  it('reads every reference frozen as version 1 exactly as stored, after the draft relaxation and the sector', () => {
    // The optional `sector` and the relaxed completeness (retention, rights contact…) are additive: every
    // version-1 definition is a valid definition today and reads unchanged (no default fills a key it has).
    assert.equal(DEFINITION_SCHEMA_VERSION, 1);
    for (const ref of REFERENCES) {
      const stored: unknown = JSON.parse(JSON.stringify(loadReference(ref.id)));
      const read = readFrozenDefinition(stored, 1);
      assert.ok(read.ok, ref.id);
      assert.deepEqual(read.definition, stored, ref.id);
    }
    const withSector = { ...reference('contact-quote'), sector: 'energy_renovation' };
    const read = readFrozenDefinition(withSector, 1);
    assert.ok(read.ok);
    assert.equal(read.definition.sector, 'energy_renovation');
  });

  it('reads an older shape through the migrations, without touching what was stored', () => {
    const old = newsletterInVersion1Shape();
    const before = JSON.stringify(old);
    // Today's strict schema refuses the old shape outright…
    assert.equal(parseDefinition(old).ok, false);
    // …but the reader migrates it first.
    const read = readFrozenDefinition(old, 1, REPLAYED_HISTORY);
    assert.ok(read.ok, read.ok ? '' : read.message);
    assert.equal(read.migrated, true);
    assert.deepEqual(read.definition.languages, ['fr']);
    assert.deepEqual(read.definition.purposes[0]?.label, {
      fr: reference('newsletter').purposes[0]?.label.fr,
    });
    assert.equal(JSON.stringify(old), before);
  });

  it('refuses a definition written by a newer Conforme, and says to upgrade', () => {
    const read = readFrozenDefinition(reference('newsletter'), DEFINITION_SCHEMA_VERSION + 1);
    assert.equal(read.ok, false);
    assert.match(read.message, /newer than this Conforme.*upgrade/);
  });

  it('names a missing migration and what does not read after migrating', () => {
    const gap = readFrozenDefinition(newsletterInVersion1Shape(), 1, {
      ...REPLAYED_HISTORY,
      current: 3,
    });
    assert.equal(gap.ok, false);
    assert.match(gap.message, /No migration from definition schema version 2 to 3/);

    const broken = { ...newsletterInVersion1Shape(), title: '' };
    const read = readFrozenDefinition(broken, 1, REPLAYED_HISTORY);
    assert.equal(read.ok, false);
    assert.match(read.message, /schema version 1.*title/);
    assert.equal(readFrozenDefinition('[]', 1).ok, false);
    assert.equal(readFrozenDefinition({}, 0).ok, false);
  });
});
