/**
 * db-change by clicks (the real `plop db-change` in tmux): unique and index added and dropped, a check added and
 * dropped. Each: the preview (up, then its down), the files written, the pair up → down → up on the real
 * PostgreSQL with rows in every table.
 */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { rmSync } from 'node:fs';
import type { Term } from './support/pty.js';
import { describeEngine } from './support/engines.js';
import { applyWithRows, clickChange, type Click } from './support/change-clicks.js';
import { blog } from './entity-cases.js';

const field = async (k: Parameters<Click['click']>[0], entity: string, f: string, what: string) => {
  await k.choose('? Entity to change', entity);
  await k.choose(`? What of ${entity}`, f);
  await k.choose(`? ${entity}.${f}`, what);
};
const withPost = (from: string, to: string) => (blog.entities as string).replace(from, to);

const CLICKS: Click[] = [
  { what: 'a unique added', click: async (k) => { await field(k, 'Post', 'title', 'Unique / index'); await k.choose('? Key', 'Unique'); },
    up: /ADD CONSTRAINT "uq_posts_title" UNIQUE \("title"\)/, down: /DROP CONSTRAINT IF EXISTS "uq_posts_title"/,
    rows: ['SELECT title FROM posts ORDER BY id', ['One', 'Two']] },
  { what: 'a unique dropped', file: 'change_tags',
    click: async (k) => { await field(k, 'Tag', 'name', 'Unique / index'); await k.choose('? Key', 'None'); },
    up: /DROP CONSTRAINT IF EXISTS "uq_tags_name"/, down: /ADD CONSTRAINT "uq_tags_name" UNIQUE \("name"\)/,
    rows: ['SELECT name FROM tags ORDER BY id', ['x', 'y']] },
  { what: 'an index added', click: async (k) => { await field(k, 'Post', 'slug', 'Unique / index'); await k.choose('? Key', 'Index'); },
    up: /CREATE INDEX IF NOT EXISTS "ix_posts_slug" ON "posts" \("slug"\)/, down: /ADD CONSTRAINT "uq_posts_slug" UNIQUE/ },
  { what: 'an index dropped', entities: withPost('published_at:optional', 'published_at:optional:index'),
    click: async (k) => { await field(k, 'Post', 'published_at', 'Unique / index'); await k.choose('? Key', 'None'); },
    up: /DROP INDEX IF EXISTS "ix_posts_published_at"/, down: /CREATE INDEX IF NOT EXISTS "ix_posts_published_at"/ },
  { what: 'a check added', entities: withPost('view_count,', 'view_count, score:integer:default(0),'),
    click: async (k) => { await field(k, 'Post', 'score', 'Checks'); await k.choose('? Checks of Post.score', 'Add: at least 0'); },
    up: /ADD CONSTRAINT "ck_posts_score_nonneg" CHECK \("score" >= 0\)/, down: /DROP CONSTRAINT IF EXISTS "ck_posts_score_nonneg"/,
    rows: ['SELECT score FROM posts ORDER BY id', ['0', '0']] },
  { what: 'a check dropped', click: async (k) => { await field(k, 'Post', 'view_count', 'Checks'); await k.choose('? Checks of Post.view_count', 'Drop: at least 0'); },
    up: /DROP CONSTRAINT IF EXISTS "ck_posts_view_count_nonneg"/, down: /ADD CONSTRAINT "ck_posts_view_count_nonneg" CHECK \("view_count" >= 0\)/,
    rows: ['SELECT view_count FROM posts ORDER BY id', ['1', '2']] },
];

describeEngine('postgres', 'db-change by clicks: keys and checks, applied with rows', () => {
  let term: Term | undefined;
  let dest = '';
  afterEach(async () => { await term?.kill(); term = undefined; rmSync(dest, { recursive: true, force: true }); });

  test.each(CLICKS.map((c) => [c.what, c] as const))('%s: preview with its down, written, up → down → up', async (_w, c) => {
    dest = await clickChange(c, 'postgres', (t) => { term = t; });
    await applyWithRows(c, dest, 'postgres');
  }, 150_000);
});
