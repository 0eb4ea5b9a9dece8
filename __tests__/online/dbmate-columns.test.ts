/**
 * Online migrations through dbmate, up → down → up with rows (dbmate-round.ts), on PostgreSQL and MariaDB: the kinds
 * that add, drop or retype a column (backfills and expand/contract type changes included).
 */
import { describeEachEngine } from '../support/engines.js';
import { GROUPS, roundTrips } from './dbmate-round.js';

describeEachEngine('online migrations through dbmate (columns, types): up → down → up, rows kept',
  (db) => roundTrips(db, GROUPS.columns), ['postgres', 'mysql']);
