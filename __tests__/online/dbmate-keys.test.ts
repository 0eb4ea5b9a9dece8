/**
 * Online migrations through dbmate, up → down → up with rows (dbmate-round.ts), on PostgreSQL and MariaDB: the kinds
 * that change a constraint, a default or an index. The three dbmate-*.test.ts files share the catalogue's online kinds.
 */
import { describeEachEngine } from '../support/engines.js';
import { GROUPED, GROUPS, ONLINE_CASES, roundTrips } from './dbmate-round.js';

test('the dbmate files run every online kind of the catalogue, each once', () => {
  expect([...GROUPED].sort()).toEqual([...ONLINE_CASES].sort());
});

describeEachEngine('online migrations through dbmate (constraints, defaults, indexes): up → down → up, rows kept',
  (db) => roundTrips(db, GROUPS.keys), ['postgres', 'mysql']);
