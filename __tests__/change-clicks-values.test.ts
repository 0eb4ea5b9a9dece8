/**
 * db-change by clicks (the real `plop db-change` in tmux): NOT NULL with the NULLs filled, NOT NULL that stops
 * while a row holds NULL, NULL allowed, an enum value added, one removed and one renamed (the rows moved to the new
 * name). Each: the preview (up, then its down), the files written, the pair up → down → up on the real PostgreSQL with rows in every table.
 */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { rmSync } from 'node:fs';
import type { Term } from './support/pty.js';
import { describeEngine, openEngine } from './support/engines.js';
import { applyWithRows, clickChange, pair, ROWS, type Click } from './support/change-clicks.js';

const field = async (k: Parameters<Click['click']>[0], entity: string, f: string, what: string) => {
  await k.choose('? Entity to change', entity);
  await k.choose(`? What of ${entity}`, f);
  await k.choose(`? ${entity}.${f}`, what);
};
const notNull = (how: string) => async (k: Parameters<Click['click']>[0]) => {
  await field(k, 'Post', 'published_at', 'NULL allowed or not');
  await k.choose('? Rows of Post.published_at that hold NULL', how);
};

const STOP: Click = {
  what: 'NOT NULL, stop if NULLs', click: notNull('Stop if there are any'),
  up: /ALTER COLUMN "published_at" SET NOT NULL/, down: /ALTER COLUMN "published_at" DROP NOT NULL/,
};
const CLICKS: Click[] = [
  { what: 'NOT NULL, the NULLs filled', click: async (k) => {
    await notNull('Fill them with a value')(k);
    await k.line('? Value for the rows of Post.published_at', "'2024-01-01 00:00:00'");
  }, up: /UPDATE "posts" SET "published_at" = '2024-01-01 00:00:00(\+00)?' WHERE "published_at" IS NULL;[\s\S]*SET NOT NULL/,
  down: /ALTER COLUMN "published_at" DROP NOT NULL/, rows: ['SELECT count(*) FROM posts WHERE published_at IS NULL', ['0']] },
  { what: 'NULL allowed', click: (k) => field(k, 'Post', 'title', 'NULL allowed or not'),
    up: /ALTER COLUMN "title" DROP NOT NULL/, down: /ALTER COLUMN "title" SET NOT NULL/, rows: ['SELECT title FROM posts ORDER BY id', ['One', 'Two']] },
  { what: 'an enum value added', click: async (k) => {
    await field(k, 'Post', 'status', 'Enum values');
    await k.choose('? Values of Post.status', 'Add a value');
    await k.line('? New value', 'hidden');
  }, up: /CHECK \("status" IN \('draft', 'published', 'archived', 'hidden'\)\)/, down: /CHECK \("status" IN \('draft', 'published', 'archived'\)\)/,
  rows: ['SELECT status FROM posts ORDER BY id', ['draft', 'published']] },
  { what: 'an enum value removed', click: async (k) => {
    await field(k, 'Post', 'status', 'Enum values');
    await k.choose('? Values of Post.status', 'Remove archived');
    await k.choose('? db-change: this change narrows posts.status', 'Yes, drop / narrow it');
  }, up: /CHECK \("status" IN \('draft', 'published'\)\)/, down: /CHECK \("status" IN \('draft', 'published', 'archived'\)\)/ },
  { what: 'an enum value renamed', click: async (k) => {
    await field(k, 'Post', 'status', 'Enum values');
    await k.choose('? Values of Post.status', 'Rename published');
    await k.line('? New name for published', 'live');
  }, up: /DROP CONSTRAINT IF EXISTS "ck_posts_status_allowed";[\s\S]*UPDATE "posts" SET "status" = CASE "status" WHEN 'published' THEN 'live' ELSE "status" END WHERE "status" IN \('published'\);[\s\S]*CHECK \("status" IN \('draft', 'live', 'archived'\)\)/,
  down: /UPDATE "posts" SET "status" = CASE "status" WHEN 'live' THEN 'published' ELSE "status" END[\s\S]*CHECK \("status" IN \('draft', 'published', 'archived'\)\)/,
  said: /status:enum\(draft\|live\|archived\)/, rows: ['SELECT status FROM posts ORDER BY id', ['draft', 'live']] },
  { ...STOP, rows: ['SELECT count(*) FROM posts WHERE published_at IS NULL', ['0']] }, // with no NULL left (below)
];

describeEngine('postgres', 'db-change by clicks: NULLs and values, applied with rows', () => {
  let term: Term | undefined;
  let dest = '';
  afterEach(async () => { await term?.kill(); term = undefined; rmSync(dest, { recursive: true, force: true }); });

  test.each(CLICKS.map((c) => [c.what, c] as const))('%s: preview with its down, written, up → down → up', async (_w, c) => {
    dest = await clickChange(c, 'postgres', (t) => { term = t; });
    if (c.what !== STOP.what) return applyWithRows(c, dest, 'postgres');
    const e = await openEngine('postgres');
    try {
      const { init, up } = pair(dest); // a row holds NULL: the up stops, the database as it was (catalog and rows)
      await e.exec(init);
      for (const r of ROWS) await e.exec(r);
      const [before, rows] = [await e.catalog(), await e.query('SELECT id, published_at FROM posts ORDER BY id')];
      await expect(e.exec(up)).rejects.toThrow(/published_at.*null|null value/i);
      expect([await e.catalog(), await e.query('SELECT id, published_at FROM posts ORDER BY id')]).toEqual([before, rows]);
    } finally { await e.close(); }
    await applyWithRows(c, dest, 'postgres', ROWS.map((r) => r.replace(', NULL)', ", '2024-05-06 00:00:00')"))); // no NULL: it runs
  }, 150_000);
});
