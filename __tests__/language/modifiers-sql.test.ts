/** Issue 7, modifiers: defaults, checks, refs, pk, unique, index — the SQL of each in the three dialects side by side. */
import { createSql, DIALECTS } from '../support/design.js';
import { MODIFIERS } from './rows-modifiers.js';

describe.each(MODIFIERS)('%s', (_feature, entities, table, want) => {
  test.each(DIALECTS)('%s', (db) => {
    const lines = createSql(db, { entities }, table).split('\n').map((l) => l.trim().replace(/,$/, ''));
    for (const w of want[db]) expect([w, lines.some((l) => l.includes(w))]).toEqual([w, true]);
  });
});
