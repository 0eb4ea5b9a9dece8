/**
 * Every design of the side-by-side SQL tables (types, modifiers, keys and directives) applied on the
 * real engines: up → up again → down → up, each table with its PK, every FK column indexed, nothing
 * left after the down. The catalog facts of each feature are checked in engines.test.ts.
 */
import { describeOnEngines, withRoundTrip } from '../support/engine-round.js';
import { renderDesign } from '../support/schema-run.js';
import { TYPES_DESIGN } from './rows-types.js';
import { MODIFIERS } from './rows-modifiers.js';
import { KEYS } from './rows-keys.js';

const DESIGNS: [string, string][] = [
  ['every type', TYPES_DESIGN],
  ...MODIFIERS.map(([what, entities]): [string, string] => [what, entities]),
  ...KEYS.map(([what, entities]): [string, string] => [what, entities]),
  ['@timestamps(none)', 'Event: name, @timestamps(none)'],
];

describeOnEngines('language v2 side-by-side designs up → down → up', (db, engine) => {
  test.each(DESIGNS)('%s', async (_what, entities) => {
    await withRoundTrip(engine(), db, renderDesign(db, entities));
  });
});
