/**
 * A data step on the real engines, rows present: authors.bio moves into a new table author_bios before the
 * column goes. Offline: new shape → the data step → the drop (three migrations), every up then every down
 * in reverse: the values are in the new table after the ups and back in authors.bio after the downs.
 * Without a down the data step's down aborts (irreversible, said in one line).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEachEngine, openEngine } from '../support/engines.js';
import { LINES, RELATIONS, SEED, base } from '../change-cases.js';
import { planChange } from '../../src/change/plan.js';
import { ChangeSpec } from '../../src/change/spec.js';
import { buildInit } from '../../src/core/init.js';
import { tempDir } from '../support/temp.js';
import type { Design } from '../../src/state/design-schema.js';
import { databaseUrl } from '../support/project.js';
import { dbmate, onlineProject, write } from './project.js';

const LATER = new Date('2026-03-05T05:06:07Z');

function move(design: Design, dir: string, down: boolean) {
  writeFileSync(join(dir, 'move.sql'), 'INSERT INTO author_bios (body, author_id) SELECT bio, id FROM authors WHERE bio IS NOT NULL;\n');
  writeFileSync(join(dir, 'back.sql'), 'UPDATE authors SET bio = (SELECT body FROM author_bios b WHERE b.author_id = authors.id);\n');
  const entities = Object.values({ ...LINES, Author: 'Author: name, is_active' }).join('\n') + '\nAuthorBio: body:text';
  return planChange(design, ChangeSpec.parse({
    entities, relations: [...RELATIONS, { from: 'Author', to: 'AuthorBio', kind: 'one-to-many' }], allowDestructive: true,
    data: { up: 'move.sql', ...(down ? { down: 'back.sql' } : {}) },
  }), dir, LATER);
}

describeEachEngine('data step (offline): new shape → the user\'s SQL → the old shape removed', (db) => {
  test('up keeps every bio in author_bios; down puts them back', async () => {
    const dir = tempDir(`data-${db}`);
    const design = base(db);
    const out = move(design, dir, true);
    const made = out.design.migrations.slice(design.migrations.length);
    expect(made.map((m) => m.name)).toEqual(['change_authors_and_author_bios', 'change_authors_and_author_bios_data', 'change_authors_and_author_bios_finish']);
    const body = (p: string) => out.files.find((f) => f.path === p)!.body;
    const init = buildInit({ ...(design.answers as Parameters<typeof buildInit>[0]) }, undefined, '/nonexistent', new Date('2026-03-04T05:06:07Z'))
      .files.find((f) => f.path.endsWith('_init_schema.sql'))!.body;
    const e = await openEngine(db);
    try {
      await e.exec(init);
      await e.exec(SEED);
      const before = await e.query('SELECT id, bio FROM authors ORDER BY id');
      for (const m of made) await e.exec(body(m.up));
      const bios = await e.query<{ author_id: unknown; body: string }>('SELECT author_id, body FROM author_bios ORDER BY author_id');
      expect(bios.map((r) => ({ ...r, author_id: Number(r.author_id) }))).toEqual([{ author_id: 1, body: 'poet' }]);
      for (const m of made.slice().reverse()) await e.exec(body(m.down));
      expect(await e.query('SELECT id, bio FROM authors ORDER BY id')).toEqual(before);
    } finally { await e.close(); }
  }, 60_000);

  test('without a down: the data step\'s down aborts, nothing lost', async () => {
    const dir = tempDir(`data-nodown-${db}`);
    const design = base(db);
    const out = move(design, dir, false);
    const data = out.design.migrations.find((m) => m.name.endsWith('_data'))!;
    const down = out.files.find((f) => f.path === data.down)!.body;
    expect(down).toMatch(/^-- IRREVERSIBLE: the data step has no down/m);
    expect(out.report).toMatch(/data step \(irreversible: no down\)/);
  });
});

describeEachEngine('data step (online): the migration between expand and contract, through dbmate', (db) => {
  test('expand → data → contract; the contract\'s down, then the data step\'s and the expand\'s: every bio back', async () => {
    const p = onlineProject(db, 'online', 'dbmate', `data-online-${db}`);
    const e = await openEngine(db);
    try {
      const url = `${databaseUrl(db, e.name, p.dir)}${db === 'postgres' ? '?sslmode=disable' : ''}`;
      dbmate(p.dir, url, 'up');
      await e.exec(SEED);
      const before = await e.query('SELECT id, bio FROM authors ORDER BY id');
      const out = move(p.design, p.dir, true);
      write(p.dir, out.files);
      expect(out.design.migrations.slice(1).map((m) => m.name)).toEqual(['change_authors_and_author_bios', 'change_authors_and_author_bios_data']);
      const contract = planChange(out.design, ChangeSpec.parse({ contract: true }), p.dir, new Date(LATER.getTime() + 60_000));
      write(p.dir, contract.files);
      dbmate(p.dir, url, 'migrate');
      expect((await e.query('SELECT body FROM author_bios'))).toEqual([{ body: 'poet' }]);
      for (let i = 0; i < 3; i++) dbmate(p.dir, url, 'rollback');
      expect(await e.query('SELECT id, bio FROM authors ORDER BY id')).toEqual(before);
    } finally { await e.close(); }
  }, 120_000);
}, ['postgres', 'mysql']); // MariaDB: the drop is its contract too (mysql/online-expand.ts)
