/**
 * db-import of PostgreSQL arrays and JSON defaults the language says: `text[]` and `character varying[]` come back
 * as `text[]` and `string(*)[]`, their `'{}'::text[]` defaults and a jsonb's `'{}'::jsonb` as `default('{}')`, so
 * none of them goes to the residue; an array the language has no word for (`integer[]`, `varchar(20)[]`) and a plain
 * `json` (the language's json is jsonb) still do, and the round trip is exact either way (the real PostgreSQL).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { residueCount, roundTrip } from './roundtrip.js';

const SQL = `CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tags text[] DEFAULT '{}',
  names varchar[] NOT NULL DEFAULT '{}', prefs jsonb NOT NULL DEFAULT '{}'::jsonb, meta json DEFAULT '[]',
  counts integer[] DEFAULT '{1,2}', codes varchar(20)[]);`;

describeEngine('postgres', 'db-import: arrays and JSON defaults', () => {
  test('said as text[], string(*)[] and default(…); what the language lacks in the residue; the round trip exact', async () => {
    const trip = await roundTrip('postgres', SQL);
    try {
      expect(trip.diffs).toEqual([]);
      const entities = JSON.parse(readFileSync(join(trip.dest, 'db', 'design.json'), 'utf8')).answers.entities as string;
      for (const s of ["tags:text[]:optional:default('{}')", "names:string(*)[]:default('{}')", "prefs:json:default('{}')",
        "meta:json:optional:default('[]')"]) expect(entities).toContain(s);
      expect(residueCount(trip.run)).toBe(3);
      expect(trip.residue).toContain('column notes.meta: type json (the language gives jsonb)'); // json itself: the residue's
      expect(trip.residue).toContain('column notes.counts: type integer[]');
      expect(trip.residue).toContain('column notes.codes: type character varying(20)[]');
      expect(trip.residue).not.toMatch(/notes\.(tags|names|prefs)/);
    } finally {
      await trip.source.close();
    }
  }, 120000);
});
