/**
 * db-change renames an entity that names its own table (`@table(tag)`): the table is the user's and keeps its
 * name byte for byte, on the spec path (the lines keep @table(tag)) and on the click path (the edit of a click
 * rename); what is derived from the entity's name follows it (the many-to-many junction post_tags → label_posts,
 * its tag_id → label_id), and an entity without @table has its table renamed as before (tags → labels). Each
 * written pair runs up → down → up with rows on PostgreSQL, MariaDB and SQLite. A rename nothing physical follows
 * (no junction; a field under its own column(Title)) writes the design without a migration.
 * Before, the click re-derived the table (`@table(tag)` → "labels", `@table(Genre)` → "groups"), the spec that kept
 * @table(tag) dropped and created the junction, and the spec that kept every name stopped: "nothing to change".
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEachEngine, openEngine, type EngineId } from './support/engines.js';
import { buildInit } from '../src/core/init.js';
import { planChange } from '../src/change/plan.js';
import { ChangeSpec } from '../src/change/spec.js';
import { Model } from '../src/state/model-schema.js';
import { applyEdit } from '../src/model/edit.js';
import type { Relation } from '../src/state/model-schema.js';

const NOWHERE = join(tmpdir(), 'db-scaffold-no-such-dir');
const AT = new Date('2026-03-05T05:06:07Z');
const POST = 'Post: title, @timestamps(none)';
const TAG = 'Tag: name:string:unique, @timestamps(none)';
const m2m = (to: string): Relation[] => [{ from: 'Post', to, kind: 'many-to-many' }];

function design(db: EngineId, entities: string, relations: Relation[]) {
  return buildInit({
    intake: 'Posts have tags.', db, orm: 'none', scale: 'team', style: 'schema-first', migctl: 'manual',
    entities, relations, review: 'accept', runner: 'later', irreversible: [],
  }, undefined, NOWHERE, new Date('2026-03-04T05:06:07Z'));
}

type Built = ReturnType<typeof design>;
/** The spec's change and the click's (Tag → Label renamed in place), both planned on `built`. */
function both(built: Built, entities: string, relations: Relation[], renames = [{ from: 'Tag', to: 'Label' }]) {
  const spec = planChange(built.design, ChangeSpec.parse({ entities, relations, renames }), NOWHERE, AT);
  const edited = applyEdit(built.design.model!, { kind: 'renameEntity', entity: 'Tag', to: 'Label' }).model;
  const click = planChange(built.design, ChangeSpec.parse({}), NOWHERE, AT, Model.parse(edited));
  return { spec, click };
}

const CASES = {
  own: { before: `${POST}\n${TAG}, @table(tag)`,
    after: `${POST}\nLabel: name:string:unique, @timestamps(none), @table(tag)`,
    table: 'tag', junction: 'label_posts', gone: ['labels', 'tags', 'post_tags'] },
  derived: { before: `${POST}\n${TAG}`, after: `${POST}\nLabel: name:string:unique, @timestamps(none)`,
    table: 'labels', junction: 'label_posts', gone: ['tags', 'post_tags'] },
};

describeEachEngine('db-change: an entity renamed under its own @table(name)', (id) => {
  const q = (n: string) => (id === 'mysql' ? `\`${n}\`` : `"${n}"`);
  for (const [name, c] of Object.entries(CASES)) {
    test(`${name} table: spec and click write the same pair; up → down → up, rows kept`, async () => {
      const built = design(id, c.before, m2m('Tag'));
      const { spec, click } = both(built, c.after, m2m('Label'));
      expect(click.files.map((f) => [f.path, f.body]).filter(([p]) => p !== 'db/design.json'))
        .toEqual(spec.files.map((f) => [f.path, f.body]).filter(([p]) => p !== 'db/design.json'));
      expect(click.design.schema).toEqual(spec.design.schema);
      expect(spec.up).toMatch(new RegExp(`RENAME (TABLE ${q('post_tags')} )?TO ${q('label_posts')}`));
      const tagRenamed = new RegExp(`labels|${q('tag')} RENAME TO|RENAME TABLE ${q('tag')}|TO ${q('tag')}`);
      if (name === 'own') expect(spec.up).not.toMatch(tagRenamed);
      else expect(spec.up).toMatch(new RegExp(`RENAME (TABLE ${q('tags')} )?TO ${q('labels')}`));
      expect(spec.design.schema!.tables.find((t) => t.name === c.table)!.entity).toBe('Label'); // the snapshot says whose
      const tag = name === 'own' ? 'tag' : 'tags';
      const e = await openEngine(id);
      try {
        await e.exec(built.files.find((f) => f.path.endsWith('_init_schema.sql'))!.body);
        await e.exec(`INSERT INTO ${q('posts')} (${q('title')}) VALUES ('One'), ('Two');
INSERT INTO ${q(tag)} (${q('name')}) VALUES ('x'), ('y');
INSERT INTO ${q('post_tags')} (${q('post_id')}, ${q('tag_id')}) VALUES (1, 2), (2, 1);`);
        const cat0 = await e.catalog();
        for (const step of [spec.up!, spec.down!, spec.up!]) await e.exec(step);
        const cat = await e.catalog();
        expect(Object.keys(cat.tables).sort()).toEqual(['posts', c.table, c.junction].sort());
        for (const g of c.gone) expect(cat.tables[g]).toBeUndefined();
        const got = await e.query(`SELECT p.${q('title')} AS t, l.${q('name')} AS n FROM ${q(c.junction)} j
          JOIN ${q('posts')} p ON p.${q('id')} = j.${q('post_id')}
          JOIN ${q(c.table)} l ON l.${q('id')} = j.${q('label_id')} ORDER BY p.${q('id')}`);
        expect(got).toEqual([{ t: 'One', n: 'y' }, { t: 'Two', n: 'x' }]);
        await e.exec(spec.down!);
        expect(await e.catalog()).toEqual(cat0);
      } finally { await e.close(); }
    });
  }
});

/** The spec that renames the entity `from` (table Genre) to `to`, its table kept. */
const renamed = (d: Built['design'], from: string, to: string) => planChange(d, ChangeSpec.parse({
  entities: `${POST}\n${to}: name, @timestamps(none), @table(Genre)`, relations: [], renames: [{ from, to }] }), NOWHERE, AT);

describe('db-change: a rename nothing physical follows writes the design, no migration', () => {
  test('an entity under @table(Genre): click and spec keep the table, no migration, the new name stored', () => {
    const built = design('postgres', `${POST}\nGenre: name, @timestamps(none), @table(Genre)`, []);
    const spec = renamed(built.design, 'Genre', 'Style');
    const edited = applyEdit(built.design.model!, { kind: 'renameEntity', entity: 'Genre', to: 'Style' }).model;
    const click = planChange(built.design, ChangeSpec.parse({}), NOWHERE, AT, Model.parse(edited));
    for (const out of [spec, click]) {
      expect(out.migration).toBeUndefined();
      expect(out.files.map((f) => f.path).filter((p) => p.startsWith('migrations/'))).toEqual([]);
      expect(out.design.schema!.tables.find((t) => t.name === 'Genre')!.entity).toBe('Style');
      expect(out.design.answers.entities).toMatch(/^Style: name, @timestamps\(none\), @table\(Genre\)$/m);
      expect(out.report).toMatch(/^Migration: {4}none \(no table or column changes\)$/m);
      expect(out.report).toMatch(/^Next: {9}nothing to apply: the database stays as it is/m);
    }
    expect(click.files.map((f) => [f.path, f.body])).toEqual(spec.files.map((f) => [f.path, f.body]));
    // the saved design reads back for the next change: renamed again, still no migration
    const again = renamed(spec.design, 'Style', 'Kind');
    expect([again.migration, again.design.schema!.tables.find((t) => t.name === 'Genre')!.entity])
      .toEqual([undefined, 'Kind']);
  });

  test('a field under its own column(Title) renamed by the spec, the column kept: no migration', () => {
    const built = design('postgres', 'Album: title:string(160):column(Title), @timestamps(none)', []);
    const out = planChange(built.design, ChangeSpec.parse({ relations: [], renames: [{ from: 'Album.title', to: 'Album.headline' }],
      entities: 'Album: headline:string(160):column(Title), @timestamps(none)' }), NOWHERE, AT);
    expect(out.migration).toBeUndefined();
    expect(out.design.model!.entities[0].fields.map((f) => [f.name, f.column])).toEqual([['headline', 'Title']]);
    expect(out.design.model!.entities[0].fields[0].id).toBe(built.design.model!.entities[0].fields[0].id);
  });
});
