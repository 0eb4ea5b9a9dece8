/**
 * Online migrations through dbmate, up → down → up with rows (dbmate-round.ts), on PostgreSQL and MariaDB: renames of a
 * column (keyed ones, an FK's), of a table and of a parent table, expand and contract; every value found under its new name.
 */
import { describeEachEngine } from '../support/engines.js';
import { GROUPS, roundTrips } from './dbmate-round.js';

describeEachEngine('online migrations through dbmate (renames): up → down → up, rows kept',
  (db) => roundTrips(db, GROUPS.renames), ['postgres', 'mysql']);
