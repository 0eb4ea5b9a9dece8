/**
 * Every design of the side-by-side SQL tables (types, modifiers, keys and directives) applied on the
 * real engines: up → up again → down → up, each table with its PK, every FK column indexed, nothing
 * left after the down. The catalog facts of each feature are checked in engines.test.ts.
 */
import { describeEachEngine, useEngine } from '../support/engines.js';
import { emptyCatalog, healthProblems, renderDesign, roundTrip } from '../support/schema-run.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { TYPES_DESIGN } from './rows-types.js';
import { MODIFIERS } from './rows-modifiers.js';
import { KEYS } from './rows-keys.js';

const DESIGNS: [string, string][] = [
  ['every type', TYPES_DESIGN],
  ...MODIFIERS.map(([what, entities]): [string, string] => [what, entities]),
  ...KEYS.map(([what, entities]): [string, string] => [what, entities]),
  ['@timestamps(none)', 'Event: name, @timestamps(none)'],
];

describeEachEngine('language v2 side-by-side designs up → down → up', (id) => {
  const engine = useEngine(id);
  test.each(DESIGNS)('%s', async (_what, entities) => {
    const r = renderDesign(id as DialectId, entities);
    const run = await roundTrip(engine(), r);
    await engine().exec(r.down);
    expect(healthProblems(run.first, r)).toEqual([]);
    expect(run.again).toEqual(run.first);
    expect(run.afterDown).toEqual(emptyCatalog(id as DialectId));
    expect(run.second).toEqual(run.first);
  });
});
