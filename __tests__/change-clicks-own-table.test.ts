/**
 * db-change by clicks (the real `plop db-change` in tmux) on the blog whose Tag names its own table, `@table(tag)`:
 * Tag renamed to Label. The table is the user's: it keeps its name (no RENAME of `tag`, the lines keep
 * `@table(tag)`), while the junction derived from the entity's name follows (post_tags → label_posts, tag_id →
 * label_id). The written pair runs up → down → up with rows on PostgreSQL, MariaDB and SQLite.
 * Before, the click re-derived the table from the new name: `tag` became `labels`.
 */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { rmSync } from 'node:fs';
import type { Term } from './support/pty.js';
import { describeEngine, ENGINES, type EngineId } from './support/engines.js';
import { applyWithRows, clickChange, pair, ROWS, type Click } from './support/change-clicks.js';
import { blog } from './entity-cases.js';

const q = (db: EngineId, name: string) => (db === 'mysql' ? `\`${name}\`` : `"${name}"`);
const renamed = (db: EngineId, from: string, to: string) => new RegExp(`RENAME (TABLE ${q(db, from)} )?TO ${q(db, to)}`);
const OWN = (blog.entities as string).replace('Tag: name:string:unique', 'Tag: name:string:unique, @table(tag)');
const rows = [...ROWS.map((r) => r.replace('INSERT INTO tags ', 'INSERT INTO tag ')),
  'INSERT INTO post_tags (post_id, tag_id) VALUES (1, 2), (2, 1);'];

const click = (db: EngineId): Click => ({
  what: 'Tag (@table(tag)) renamed to Label', file: 'rename_post_tags_to_label_posts', entities: OWN,
  said: /^Label: name:string:unique, @table\(tag\)$/m,
  click: async (k) => {
    await k.choose('? Entity to change', 'Tag');
    await k.choose('? What of Tag', 'Rename Tag');
    await k.line('? New name for Tag', 'Label');
  },
  up: renamed(db, 'post_tags', 'label_posts'), down: renamed(db, 'label_posts', 'post_tags'),
  rows: ['SELECT l.name FROM label_posts j JOIN tag l ON l.id = j.label_id ORDER BY j.post_id', ['y', 'x']],
});

for (const db of ENGINES) {
  describeEngine(db, 'db-change by clicks: an entity renamed under its own @table(name)', () => {
    let term: Term | undefined;
    let dest = '';
    afterEach(async () => { await term?.kill(); term = undefined; rmSync(dest, { recursive: true, force: true }); });

    test('the table keeps its name, the junction follows; up → down → up with rows', async () => {
      const c = click(db);
      dest = await clickChange(c, db, (t) => { term = t; });
      const { up, down } = pair(dest);
      const tagRenamed = new RegExp(`labels|${q(db, 'tag')} RENAME TO|RENAME TABLE ${q(db, 'tag')}|TO ${q(db, 'tag')}`);
      for (const sql of [up, down]) expect(sql).not.toMatch(tagRenamed);
      await applyWithRows(c, dest, db, rows);
    }, 150_000);
  });
}
