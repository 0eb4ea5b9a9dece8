/**
 * An enum value renamed by spec (`"renameValues": {"Book.status": {"live": "published"}}`) on the real PostgreSQL,
 * MariaDB and SQLite with rows: the up drops the CHECK, moves the rows from the old value to the new and adds the
 * CHECK with the new list (SQLite: the rebuild copies the rows renamed); the down is the reverse; up → down → up.
 * A rename the lists do not allow is refused in one line.
 */
import { describeEachEngine, openEngine, type Engine } from './support/engines.js';
import { LINES, SEED, base, change, type Case } from './change-cases.js';
import { buildInit } from '../src/core/init.js';
import type { Design } from '../src/state/design-schema.js';

const RENAME: Case = {
  lines: { Book: LINES.Book.replace('enum(draft|live)', 'enum(draft|published)') },
  extra: { renameValues: { 'Book.status': { live: 'published' } } }, kinds: ['dropCheck', 'alterColumn', 'addCheck'],
};
const initUp = (d: Design) => buildInit({ ...(d.answers as Parameters<typeof buildInit>[0]) }, undefined, '/nonexistent', new Date('2026-03-04T05:06:07Z'))
  .files.find((f) => f.path.endsWith('_init_schema.sql'))!.body;
const statuses = async (e: Engine) => (await e.query('SELECT status FROM books ORDER BY id')).map((r) => String(r.status));
const others = async (e: Engine) => (await e.query('SELECT id, title, isbn, pages, format, author_id FROM books ORDER BY id')).map((r) => Object.values(r).map(String));

describeEachEngine('db-change: an enum value renamed in the rows (spec)', (id) => {
  test('up renames the rows and the CHECK takes only the new list; down brings both back; up again', async () => {
    const design = base(id);
    const out = change(design, RENAME);
    expect(out.kinds).toEqual(expect.arrayContaining(RENAME.kinds));
    expect(out.report).toMatch(/^Change: +column books\.status changed \(values renamed in the rows: live → published\)$/m);
    expect(out.report).not.toMatch(/POSSIBLY LOSSY/); // a rename alone narrows nothing
    const e = await openEngine(id);
    try {
      await e.exec(initUp(design));
      await e.exec(SEED);
      const [cat0, rest] = [await e.catalog(), await others(e)];
      expect(await statuses(e)).toEqual(['draft', 'live', 'live']);
      await e.exec(out.up!);
      const cat1 = await e.catalog();
      expect(cat1).not.toEqual(cat0);
      expect(await statuses(e)).toEqual(['draft', 'published', 'published']);
      expect(await others(e)).toEqual(rest);
      await expect(e.exec("UPDATE books SET status = 'live' WHERE id = 1")).rejects.toThrow(/check|CONSTRAINT/i);
      await e.exec(out.down!);
      expect(await e.catalog()).toEqual(cat0);
      expect(await statuses(e)).toEqual(['draft', 'live', 'live']);
      await expect(e.exec("UPDATE books SET status = 'published' WHERE id = 1")).rejects.toThrow(/check|CONSTRAINT/i);
      await e.exec(out.up!);
      expect(await e.catalog()).toEqual(cat1);
      expect(await statuses(e)).toEqual(['draft', 'published', 'published']);
    } finally { await e.close(); }
  });
});

describe('db-change: renameValues the lists do not allow', () => {
  const design = base('postgres');
  const to = (list: string, map: Record<string, string>, field = 'Book.status') =>
    () => change(design, { lines: { Book: LINES.Book.replace('enum(draft|live)', list) }, extra: { renameValues: { [field]: map } }, kinds: [] });
  test.each([
    ['an old value the field never had', to('enum(draft|published)', { gone: 'published' }), /^renameValues\.Book\.status\.gone: gone is not a value of Book\.status before the change \(it has draft, live\)$/],
    ['an old value still in the list', to('enum(draft|live|published)', { live: 'published' }), /^renameValues\.Book\.status\.live: live is still a value of Book\.status; a renamed value leaves the list$/],
    ['a new value not in the list', to('enum(draft|published)', { live: 'shown' }), /^renameValues\.Book\.status\.live: "shown" is not a value of the new Book\.status \(draft, published\)$/],
    ['onto a value it had', to('enum(draft)', { live: 'draft' }), /^renameValues\.Book\.status\.live: draft was a value of Book\.status already; renaming live onto it would merge two values/],
    ['not an enum field', to('enum(draft|live)', { a: 'b' }, 'Book.title'), /^renameValues\.Book\.title: no enum field Book\.title in the new design/],
  ])('%s: one line', (_w, run, line) => {
    expect(run).toThrow(line);
  });

  test('under safety online: refused in one line with the ways around (old code keeps writing the old value)', () => {
    const online = { ...design, answers: { ...design.answers, safety: 'online' as const } };
    expect(() => change(online, RENAME)).toThrow(/^renameValues: safety online has no lock-safe form for an enum value rename .*; add the new value, move the rows in a data step/);
  });
});
