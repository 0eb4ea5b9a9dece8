/** db-change plans (pure): every catalogue case plans the statement kinds it names, on every dialect, as one new pair. */
import { CASES, base, change } from './change-cases.js';
import { DIALECTS } from './support/design.js';

describe.each(DIALECTS)('%s', (db) => {
  const d = base(db);
  test.each(Object.keys(CASES))('%s', (name) => {
    const c = CASES[name];
    const out = change(d, c);
    expect(out.kinds).toEqual(expect.arrayContaining(c.kinds));
    expect(out.design.migrations.length).toBe(2);
    expect(out.up).toMatch(/^-- kei-migrate: /);
    expect(out.down).toMatch(/^-- kei-migrate: .* down /);
    expect(out.files.map((f) => f.path)).toEqual([...out.design.migrations.slice(1).flatMap((m) => [m.up, m.down]), 'db/schema.sql', 'db/schema.md', 'db/schema.svg', 'db/schema.dbml', 'db/design.json']);
    if (c.lost?.length && !name.includes('Backfill')) expect(out.up).toContain('-- DESTRUCTIVE: drops ');
  });
});
