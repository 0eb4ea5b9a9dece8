/** Issue 7, types: each type's column SQL in the three dialects side by side (each design also runs on the engines: engines-rows.test.ts). */
import { createSql, DIALECTS } from '../support/design.js';
import { TYPES, TYPES_DESIGN } from './rows-types.js';

describe.each(TYPES)('%s', (_field, column, want) => {
  test.each(DIALECTS)('%s', (db) => {
    const q = db === 'mysql' ? `\`${column}\`` : `"${column}"`;
    const sql = createSql(db, { entities: TYPES_DESIGN }, 'samples');
    expect(sql.split('\n').map((l) => l.trim().replace(/,$/, ''))).toContain(`${q} ${want[db]}`);
  });
});
