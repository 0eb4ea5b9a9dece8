/** Issue 7, keys and directives: typed ids, @pk, @unique, @index, @timestamps, @soft-delete, @table — SQL side by side. */
import { createSql, DIALECTS, modelOf, tableOf } from '../support/design.js';
import { compileFor } from '../../src/core/design.js';
import { KEYS } from './rows-keys.js';

describe.each(KEYS)('%s', (_feature, entities, table, want) => {
  test.each(DIALECTS)('%s', (db) => {
    const lines = createSql(db, { entities }, table).split('\n').map((l) => l.trim().replace(/,$/, ''));
    for (const w of want[db]) expect([w, lines.some((l) => l.includes(w))]).toEqual([w, true]);
  });
});

test.each(DIALECTS)('%s: @timestamps(none) leaves both out and needs no trigger', (db) => {
  const sql = createSql(db, { entities: 'Event: name, @timestamps(none)' }, 'events');
  expect([sql.includes('created_at'), sql.includes('updated_at'), sql.includes('TRIGGER')]).toEqual([false, false, false]);
});

test.each(DIALECTS)('%s: the spec key timestamps sets the default for all; @timestamps overrides it per entity', (db) => {
  const s = compileFor(modelOf({ entities: 'Event: name\nLog: line, @timestamps(both)' }), { db, scale: 'team', timestamps: 'created' });
  const cols = (t: string) => tableOf(s, t).columns.map((c) => c.name);
  expect([cols('events'), cols('logs')]).toEqual([['id', 'name', 'created_at'], ['id', 'line', 'created_at', 'updated_at']]);
  expect([tableOf(s, 'events').trigger, !!tableOf(s, 'logs').trigger]).toEqual([undefined, db !== 'mysql']);
});
