/**
 * db-change by clicks (the real `plop db-change` in tmux), the kinds the spec could do and the clicks could
 * not: a type with its size asked (the current type marked), a default set and removed, an FK action. Each:
 * the preview (up, then its down), the files written, the migration up → down → up on the real PostgreSQL with rows.
 */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { rmSync } from 'node:fs';
import type { Term } from './support/pty.js';
import { describeEngine } from './support/engines.js';
import { applyWithRows, clickChange, type Click } from './support/change-clicks.js';

const CLICKS: [string, Click['click'], RegExp, RegExp][] = [
  ['a size typed for string(n), the current type marked', async (k, t) => {
    await k.choose('? Entity to change', 'Post');
    await k.choose('? What of Post', 'slug');
    await k.choose('? Post.slug', 'Type or size');
    const types = await t.waitFor(/\? New type[\s\S]*\n[❯ ] string +— current · /, 40_000); // the list drawn down to it
    expect(types).toMatch(/^[❯ ] string +— current · /m);
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

  test.each(CLICKS)('%s: preview with its down, written, up → down → up', async (what, click, up, down) => {
    const c: Click = { what, click, up, down };
    dest = await clickChange(c, 'postgres', (t) => { term = t; });
    await applyWithRows(c, dest, 'postgres');
  }, 150_000);
});
