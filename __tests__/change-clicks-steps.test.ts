/**
 * db-change by clicks (the real `plop db-change` in tmux), the two steps around a change: a field drop confirmed
 * "with a data step" (the SQL picked among the project's .sql files, its down too), written as three migrations
 * that keep the values on the real PostgreSQL; and, with an expand pending (safety online), its contract run by
 * one click. Needs `npm run build`.
 */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';
import { keys } from './support/wizard-keys.js';
import { describeEngine, openEngine } from './support/engines.js';
import { loadDesign } from '../src/state/store.js';
import { blogAt } from './entity-cases.js';
import { CASES } from './change-cases.js';
import { onlineProject, runCase } from './online/project.js';

const root = process.cwd();
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');
let term: Term | undefined;
afterEach(async () => { await term?.kill(); term = undefined; });
const change = async (dest: string) => (term = await spawnTerm('node', [PLOP, 'db-change', '--', '--dest', dest], { cwd: root, cols: 200, rows: 80 }));

describeEngine('postgres', 'db-change by clicks: a data step, a contract', () => {
  test('a drop confirmed with a data step: picked files, three migrations, the values kept up → down', async () => {
    const dest = await blogAt('dbs-clicks-data-');
    writeFileSync(join(dest, 'keep.sql'), 'CREATE TABLE slugs_kept AS SELECT id, slug FROM posts;\n');
    writeFileSync(join(dest, 'back.sql'), 'UPDATE posts SET slug = (SELECT k.slug FROM slugs_kept k WHERE k.id = posts.id);\nDROP TABLE slugs_kept;\n');
    const k = keys(await change(dest), 30_000);
    await k.choose('? Entity to change', 'Post');
    await k.choose('? What of Post', 'slug');
    await k.choose('? Post.slug', 'Drop');
    const s = await term!.waitFor(/Yes, with a data step — .* goes$/m, 30_000); // the whole line
    expect(s).toMatch(/Yes, with a data step — your SQL \(a \.sql file of the project\) moves the data before the old shape goes/);
    await k.choose(/\? db-change: this change drops/, 'Yes, with a data step');
    await k.choose("? The data step's SQL", 'keep.sql');
    await k.choose('? Its down', 'back.sql');
    await term!.waitFor(/db-change: preview/, 30_000);
    await term!.send('Enter'); // Write
    expect(await term!.exited(40_000)).toBe(0); // written and checked
    const d = loadDesign(dest)!;
    const made = d.migrations.slice(1);
    expect(made.map((m) => m.name.replace(/^change_posts/, ''))).toEqual(['', '_data', '_finish']);
    const file = (p: string) => readFileSync(join(dest, p), 'utf8');
    const e = await openEngine('postgres');
    try {
      await e.exec(file(d.migrations[0].up));
      await e.exec("INSERT INTO users (email, username, display_name, is_admin) VALUES ('a@b.c', 'a', 'A', FALSE);\n" +
        "INSERT INTO posts (title, slug, body, status, view_count, author_id) VALUES ('T', 'the-slug', 'b', 'draft', 0, 1);");
      for (const m of made) await e.exec(file(m.up));
      expect(await e.query('SELECT slug FROM slugs_kept')).toEqual([{ slug: 'the-slug' }]);
      for (const m of made.slice().reverse()) await e.exec(file(m.down));
      expect(await e.query('SELECT slug FROM posts')).toEqual([{ slug: 'the-slug' }]);
    } finally { await e.close(); }
  }, 90_000);

  test('an expand pending: "Run the contract" writes it', async () => {
    const p = onlineProject('postgres', 'online', 'dbmate', 'clicks-contract');
    runCase(p, 'renameColumn', false);
    expect(CASES.renameColumn).toBeDefined();
    const k = keys(await change(p.dir), 30_000);
    const s = await term!.waitFor(/\? An expand is waiting for its contract[\s\S]*Another change — .*pending$/m, 30_000);
    expect(s).toMatch(/Run the contract — change_books: removes the old shape; once every replica runs the new code/);
    expect(s).toMatch(/Another change — pick an entity and what to change; the expand stays pending/);
    await k.choose('? An expand is waiting for its contract', 'Run the contract');
    await term!.waitFor(/db-change: preview/, 30_000);
    await term!.send('Enter');
    expect(await term!.exited(40_000)).toBe(0); // written and checked
    const d = loadDesign(p.dir)!;
    expect(d.contract).toBeUndefined();
    expect(readFileSync(join(p.dir, d.migrations[d.migrations.length - 1].up), 'utf8')).toMatch(/DROP COLUMN IF EXISTS "title"/);
  }, 90_000);
});
