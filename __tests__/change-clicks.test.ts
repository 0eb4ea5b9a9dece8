/**
 * db-change by clicks (the real `plop db-change` in tmux), the kinds the spec could do and the clicks could
 * not: a type with its size asked (the current type marked), a default set and removed, an FK action. Each:
 * the preview (up, then its down), the files written, the migration up → down → up on the real PostgreSQL.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';
import { keys } from './support/wizard-keys.js';
import { describeEngine, openEngine } from './support/engines.js';
import { loadDesign } from '../src/state/store.js';
import { blogAt } from './entity-cases.js';

const root = process.cwd();
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');

type Keys = ReturnType<typeof keys>;
const CLICKS: [string, (k: Keys, t: Term) => Promise<void>, RegExp, RegExp][] = [
  ['a size typed for string(n), the current type marked', async (k, t) => {
    await k.choose('? Entity to change', 'Post');
    await k.choose('? What of Post', 'slug');
    await k.choose('? Post.slug', 'Type or size');
    expect(await t.waitFor('? New type')).toMatch(/string +— current · /);
    await k.choose('? New type', 'string(n)');
    await k.line('? Length of the string', '120');
    await k.choose('? db-change: this change narrows posts.slug: string(255) → string(120)', 'Yes, drop / narrow it');
  }, /ALTER COLUMN "slug" TYPE VARCHAR\(120\)/, /ALTER COLUMN "slug" TYPE VARCHAR\(255\)/],
  ['a default set', async (k) => {
    await k.choose('? Entity to change', 'Post');
    await k.choose('? What of Post', 'view_count');
    await k.choose('? Post.view_count', 'Default');
    await k.choose('? Default of Post.view_count', 'default(1)');
  }, /ALTER COLUMN "view_count" SET DEFAULT 1/, /ALTER COLUMN "view_count" SET DEFAULT 0/],
  ['a default removed', async (k) => {
    await k.choose('? Entity to change', 'Post');
    await k.choose('? What of Post', 'view_count');
    await k.choose('? Post.view_count', 'Default');
    await k.choose('? Default of Post.view_count', 'No default');
  }, /ALTER COLUMN "view_count" DROP DEFAULT/, /ALTER COLUMN "view_count" SET DEFAULT 0/],
  ['an FK action', async (k) => {
    await k.choose('? Entity to change', 'Post');
    await k.choose('? What of Post', 'User → Post');
    await k.choose('? User → Post', 'ON DELETE CASCADE');
  }, /FOREIGN KEY \("author_id"\) REFERENCES "users" \("id"\) ON DELETE CASCADE/, /ON DELETE RESTRICT/],
];

describeEngine('postgres', 'db-change by clicks, applied', () => {
  let term: Term | undefined;
  let dest = '';
  afterEach(async () => { await term?.kill(); term = undefined; rmSync(dest, { recursive: true, force: true }); });

  test.each(CLICKS)('%s: preview with its down, written, up → down → up', async (_what, click, up, down) => {
    dest = await blogAt('dbs-change-clicks-');
    term = await spawnTerm('node', [PLOP, 'db-change', '--', '--dest', dest], { cwd: root, cols: 200, rows: 80 });
    await click(keys(term), term);
    const preview = await term.waitFor(/db-change: preview/);
    expect(preview).toMatch(/^── migrations\/\d{14}_change_posts\.sql$/m);
    expect(preview).toMatch(up);
    expect(preview).toMatch(/^── migrations\/\d{14}_change_posts\.down\.sql$/m);
    await term.send('Enter'); // Write
    expect(await term.exited(15_000)).toBe(0);
    const d = loadDesign(dest)!;
    const [first, last] = [d.migrations[0], d.migrations[d.migrations.length - 1]];
    const file = (p: string) => readFileSync(join(dest, p), 'utf8');
    expect(file(last.up)).toMatch(up);
    expect(file(last.down)).toMatch(down);
    const e = await openEngine('postgres');
    try {
      await e.exec(file(first.up));
      const before = await e.catalog();
      await e.exec(file(last.up));
      const after = await e.catalog();
      expect(after).not.toEqual(before);
      await e.exec(file(last.down));
      expect(await e.catalog()).toEqual(before);
      await e.exec(file(last.up));
      expect(await e.catalog()).toEqual(after);
    } finally { await e.close(); }
  }, 60_000);
});
