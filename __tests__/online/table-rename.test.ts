/**
 * safety online, a table rename on PostgreSQL that comes with other changes (its keys' names, a junction and its
 * key column): refused in one line with the ways that work, nothing written; two of them are then proven: the
 * old name kept with a view under the new one as a data step, through dbmate with rows, up → down; or the one
 * change written offline.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES, SEED, specOf } from '../change-cases.js';
import { planChange } from '../../src/change/plan.js';
import { ChangeSpec } from '../../src/change/spec.js';
import { openEngine } from '../support/engines.js';
import { databaseUrl } from '../support/project.js';
import { dbmate, onlineProject, write } from './project.js';

const LATER = new Date('2026-03-06T00:00:00Z');

test('mixed with other changes: one line, what comes with it and the ways that work; nothing written', () => {
  const p = onlineProject('postgres', 'online', 'dbmate', 'trename-mixed');
  expect(() => planChange(p.design, specOf(CASES.renameTable), p.dir, LATER)).toThrow(new RegExp(
    '^db-change: safety online: table tags is renamed to labels together with other changes \\(table book_tags → book_labels, ' +
    'column book_labels.tag_id → label_id, keys renamed\\); .*Instead: keep the old name in the design for now and give the new code ' +
    'a view under the new name as a data step .*or make a new entity, copy the rows .*or write this one change offline'));
  expect(p.design.migrations).toHaveLength(1);
});

test('the first way: the old name kept, a view under the new name as the data step; dbmate up → down with rows', async () => {
  const p = onlineProject('postgres', 'online', 'dbmate', 'trename-keep');
  writeFileSync(join(p.dir, 'view.sql'), 'CREATE OR REPLACE VIEW labels AS SELECT * FROM tags;\n');
  writeFileSync(join(p.dir, 'drop-view.sql'), 'DROP VIEW IF EXISTS labels;\n');
  const spec = ChangeSpec.parse({ ...specOf({ kinds: [] }), data: { up: 'view.sql', down: 'drop-view.sql' } });
  const out = planChange(p.design, spec, p.dir, LATER);
  write(p.dir, out.files);
  const sql = out.files.filter((f) => f.path.startsWith('db/migrations/')).map((f) => f.body).join('\n');
  expect(sql).not.toMatch(/RENAME TO|RENAME COLUMN/);
  expect(out.design.schema!.tables.map((t) => t.name).sort()).toEqual(['authors', 'book_tags', 'books', 'covers', 'tags']);
  const e = await openEngine('postgres');
  try {
    const url = `${databaseUrl('postgres', e.name, p.dir)}?sslmode=disable`;
    dbmate(p.dir, url, 'up');
    await e.exec(SEED);
    expect(await e.query('SELECT name FROM labels ORDER BY id')).toEqual(await e.query('SELECT name FROM tags ORDER BY id'));
    for (let i = 1; i < out.design.migrations.length; i++) dbmate(p.dir, url, 'rollback');
    expect(await e.query("SELECT count(*)::int AS n FROM pg_views WHERE viewname = 'labels'")).toEqual([{ n: 0 }]);
    expect(await e.query('SELECT name FROM tags ORDER BY id')).toEqual([{ name: 'sf' }, { name: 'poetry' }]);
  } finally { await e.close(); }
}, 60_000);

test('the other way: the one change written offline (the plain rename, in one migration)', () => {
  const p = onlineProject('postgres', 'offline', 'dbmate', 'trename-offline');
  const out = planChange(p.design, specOf(CASES.renameTable), p.dir, LATER);
  expect(out.up).toMatch(/ALTER TABLE "tags" RENAME TO "labels";/);
  expect(out.design.contract).toBeUndefined();
});
