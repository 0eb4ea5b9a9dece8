/**
 * db-change by clicks (the real `plop db-change` in tmux): an entity and a field renamed, an entity and a field
 * dropped, a relation's kind changed. Each: the preview (up, then its down), the files written, the pair
 * up → down → up with rows in every table on the real PostgreSQL; a rename and a relation kind on MariaDB too.
 * A relation held by a ref(…) field is listed with its column and changed like any other.
 */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { rmSync } from 'node:fs';
import type { Term } from './support/pty.js';
import { describeEngine, type EngineId } from './support/engines.js';
import { applyWithRows, clickChange, type Click, type Keys } from './support/change-clicks.js';
import { blog } from './entity-cases.js';

const of = async (k: Keys, entity: string, what: string) => {
  await k.choose('? Entity to change', entity);
  await k.choose(`? What of ${entity}`, what);
};
const yes = (k: Keys) => k.choose('? db-change: this change drops', 'Yes, drop / narrow it');
const q = (db: EngineId, name: string) => (db === 'mysql' ? `\`${name}\`` : `"${name}"`);

const renameField = (db: EngineId): Click => ({
  what: 'a field renamed', click: async (k) => {
    await of(k, 'Post', 'body');
    await k.choose('? Post.body', 'Rename');
    await k.line('? New name for Post.body', 'content');
  }, up: new RegExp(`RENAME COLUMN ${q(db, 'body')} TO ${q(db, 'content')}`), down: new RegExp(`RENAME COLUMN ${q(db, 'content')} TO ${q(db, 'body')}`),
  rows: ['SELECT content FROM posts ORDER BY id', ['b', 'b']],
});
const relationKind = (db: EngineId): Click => ({
  what: 'a relation one-to-many → one-to-one', file: 'change_comments', click: async (k) => {
    await of(k, 'Post', 'Post → Comment');
    await k.choose('? Post → Comment', 'One-to-one');
  }, up: new RegExp(`ADD (CONSTRAINT|UNIQUE KEY) ${q(db, 'uq_comments_post_id')}`), down: new RegExp(`${q(db, 'uq_comments_post_id')}`),
  rows: ['SELECT post_id FROM comments ORDER BY id', ['1', '2']],
});

const withRef = (blog.entities as string).replace('author_id\n', 'author_id, reviewer:ref(User, set-null)\n');
const PG: Click[] = [
  renameField('postgres'), relationKind('postgres'),
  { what: "a ref(…) field's ON DELETE", entities: withRef, said: /^Post: .*\breviewer:ref\(User, cascade\):optional\b/m, click: async (k) => {
    await of(k, 'Post', 'User → Post (reviewer)');
    await k.choose('? User → Post', 'ON DELETE CASCADE');
  }, up: /FOREIGN KEY \("reviewer"\) REFERENCES "users" \("id"\) ON DELETE CASCADE/, down: /FOREIGN KEY \("reviewer"\) REFERENCES "users" \("id"\) ON DELETE SET NULL/ },
  { what: 'an entity renamed', file: 'rename_tags_to_labels', click: async (k) => {
    await of(k, 'Tag', 'Rename Tag');
    await k.line('? New name for Tag', 'Label');
  }, up: /ALTER TABLE "tags" RENAME TO "labels"/, down: /ALTER TABLE "labels" RENAME TO "tags"/, rows: ['SELECT name FROM labels ORDER BY id', ['x', 'y']] },
  { what: 'a field dropped', click: async (k) => {
    await of(k, 'Post', 'view_count');
    await k.choose('? Post.view_count', 'Drop');
    await yes(k);
  }, up: /DROP COLUMN (IF EXISTS )?"view_count"/, down: /ADD COLUMN (IF NOT EXISTS )?"view_count"/, anyOrder: true, rows: ['SELECT title FROM posts ORDER BY id', ['One', 'Two']] },
  { what: 'an entity dropped', file: '[a-z_]+', click: async (k) => {
    await of(k, 'Tag', 'Drop Tag');
    await yes(k);
  }, up: /DROP TABLE (IF EXISTS )?"tags"/, down: /CREATE TABLE (IF NOT EXISTS )?"tags"/, rows: ['SELECT count(*) FROM posts', ['2']] },
];

const suite = (db: EngineId, clicks: Click[]) => describeEngine(db, 'db-change by clicks: names, drops, relation kinds, with rows', () => {
  let term: Term | undefined;
  let dest = '';
  afterEach(async () => { await term?.kill(); term = undefined; rmSync(dest, { recursive: true, force: true }); });

  test.each(clicks.map((c) => [c.what, c] as const))('%s: preview with its down, written, up → down → up', async (_w, c) => {
    dest = await clickChange(c, db, (t) => { term = t; });
    await applyWithRows(c, dest, db);
  }, 150_000);
});
suite('postgres', PG);
suite('mysql', [renameField('mysql'), relationKind('mysql')]);
