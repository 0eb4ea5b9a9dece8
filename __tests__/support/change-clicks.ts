/** db-change by clicks through a pseudo-terminal, then the written pair applied up → down → up on a real engine
 *  with rows: the shared steps of the change-clicks*.test.ts files (each file a group of click kinds). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnTerm, type Term } from './pty.js';
import { keys } from './wizard-keys.js';
import { drawn } from './wizard-flow.js';
import { openEngine, type Catalog, type EngineId } from './engines.js';
import { loadDesign } from '../../src/state/store.js';
import { buildModel } from '../../src/core/design.js';
import type { Model, Relation } from '../../src/state/model-schema.js';
import { blog, blogAt } from '../entity-cases.js';

const PLOP = join(process.cwd(), 'node_modules', 'plop', 'bin', 'plop.js');
export type Keys = ReturnType<typeof keys>;

/** One click kind: the keys, what the up and the down say, and optionally what the rows say after the last up. */
export interface Click {
  what: string;
  click: (k: Keys, t: Term) => Promise<void>;
  up: RegExp;
  down: RegExp;
  /** Entity lines instead of the blog's (a field that has an index, say). */
  entities?: string;
  /** A query over the rows after up → down → up, and the rows it returns. */
  rows?: [string, unknown[]];
  /** What the stored entity lines (answers.entities) say after the change. */
  said?: RegExp;
  /** The down brings a dropped column back at the end of its table (PostgreSQL cannot place it): columns compared by name. */
  anyOrder?: boolean;
  file?: string; // the migration's name after its version (default change_posts)
}

/** Two users, two posts (one draft, one published with a date), a comment on each, two tags (both engines). */
export const ROWS = [
  "INSERT INTO users (email, username, display_name, is_admin) VALUES ('a@x.io', 'ann', 'Ann', FALSE), ('b@x.io', 'bob', 'Bob', TRUE);",
  "INSERT INTO posts (title, slug, body, status, view_count, author_id, published_at) VALUES ('One', 'one', 'b', 'draft', 1, 1, NULL), ('Two', 'two', 'b', 'published', 2, 2, '2024-01-02 03:04:05');",
  "INSERT INTO comments (body, post_id, user_id) VALUES ('c1', 1, 1), ('c2', 2, 2);",
  "INSERT INTO tags (name) VALUES ('x'), ('y');",
];

/** The blog (on `db`) in a temp folder, db-change run in tmux with `c.click`; the preview checked, Write pressed. */
export async function clickChange(c: Click, db: EngineId, onTerm: (t: Term) => void): Promise<string> {
  const dest = await blogAt('dbs-change-clicks-', { ...blog, db, ...(c.entities ? { entities: c.entities } : {}) });
  const term = await spawnTerm('node', [PLOP, 'db-change', '--', '--dest', dest], { cwd: process.cwd(), cols: 200, rows: 80 });
  onTerm(term);
  await c.click(keys(term, 40_000), term);
  const preview = await drawn(term, /^db-change: preview \(/m, 40_000); // the whole screen: the down is at its end
  const name = c.file ?? 'change_posts';
  expect(preview).toMatch(new RegExp(`^── migrations/\\d{14}_${name}\\.sql$`, 'm'));
  expect(preview).toMatch(c.up);
  expect(preview).toMatch(new RegExp(`^── migrations/\\d{14}_${name}\\.down\\.sql$`, 'm'));
  await term.send('Enter'); // Write
  expect(await term.exited(40_000)).toBe(0);
  const d = loadDesign(dest)!; // the stored entity lines say the design as it now is (they read back as its model)
  if (c.said) expect(d.answers.entities).toMatch(c.said);
  expect(meaning(buildModel(d.answers as { entities: string; relations: Relation[] }))).toEqual(meaning(d.model!));
  return dest;
}

const byName = (c: Catalog): Catalog => ({ ...c, tables: Object.fromEntries(Object.entries(c.tables).map(([t, x]) =>
  [t, { ...x, columns: [...x.columns].sort((a, b) => a.name.localeCompare(b.name)) }])) });

/** The model without ids, lines and a field's reason (a click on an inferred field makes the lines type it). */
const meaning = (m: Model) => JSON.parse(JSON.stringify(m, (k, v) => (['id', 'line', 'reason'].includes(k) ? undefined : v)));
const file = (dest: string, p: string) => readFileSync(join(dest, p), 'utf8');

/** The first and the last migration of `dest`: their SQL. */
export function pair(dest: string): { init: string; up: string; down: string } {
  const d = loadDesign(dest)!;
  const [first, last] = [d.migrations[0], d.migrations[d.migrations.length - 1]];
  return { init: file(dest, first.up), up: file(dest, last.up), down: file(dest, last.down) };
}

/** The change applied on `db` with ROWS: the catalog moves, the down brings it back, the up again. */
export async function applyWithRows(c: Click, dest: string, db: EngineId, rows = ROWS): Promise<void> {
  const { init, up, down } = pair(dest);
  expect(up).toMatch(c.up);
  expect(down).toMatch(c.down);
  const e = await openEngine(db);
  try {
    await e.exec(init);
    for (const r of rows) await e.exec(r);
    const catalog = async () => (c.anyOrder ? byName(await e.catalog()) : e.catalog());
    const before = await catalog();
    await e.exec(up);
    const after = await catalog();
    expect(after).not.toEqual(before);
    await e.exec(down);
    expect(await catalog()).toEqual(before);
    await e.exec(up);
    expect(await catalog()).toEqual(after);
    if (c.rows) expect((await e.query(c.rows[0])).map((r) => Object.values(r).map(String).join(','))).toEqual(c.rows[1]);
  } finally { await e.close(); }
}
