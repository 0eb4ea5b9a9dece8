/**
 * A bounded writer loop, as the old code runs it on the replicas while a migration is applied: inserts and
 * updates on books and authors and reads by the old column names, each statement timed; stops on demand.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DBMATE } from './project.js';

export interface Load { statements: number; maxMs: number; failures: string[] }
type Run = (sql: string) => Promise<unknown>;

/** A few thousand rows in the suite; `npm run bench` (BENCH_ONLINE=1) sets 200,000 and DBS_ONLINE_FULL. */
export const ROWS = Number(process.env.DBS_LOAD_ROWS ?? 4_000);
/** Every kind of the catalogue, and the offline forms measured beside (they make writers wait only on a big table). */
export const FULL = process.env.DBS_ONLINE_FULL === '1';
export const BIG = ROWS >= 100_000;

/** Authors and ROWS books, half of them without a subtitle. */
export function populate(mysql: boolean): string[] {
  const series = mysql
    ? `WITH RECURSIVE s (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${ROWS}) SELECT`
    : 'SELECT';
  const from = mysql ? 'FROM s' : `FROM generate_series(1, ${ROWS}) AS s (i)`;
  const cat = (a: string, b: string) => (mysql ? `CONCAT(${a}, ${b})` : `${a} || ${b}`);
  return [
    ...(mysql ? ['SET SESSION max_recursive_iterations = 10000000;'] : []),
    `INSERT INTO authors (name, is_active) ${series} ${cat("'a-'", 'i')}, TRUE ${from.replace(String(ROWS), '1000')};`,
    `INSERT INTO books (title, isbn, pages, status, format, subtitle, author_id) ${series} ${cat("'b-'", 'i')}, ${cat("'g-'", 'i')}, i % 500,` +
      ` CASE WHEN i % 2 = 0 THEN 'live' ELSE 'draft' END, 'paper', CASE WHEN i % 2 = 0 THEN 's' END, 1 + i % 1000 ${from};`,
  ];
}

/** Covers for the first half of the books (the writers of coverStatement add the others'). */
export function populateCovers(mysql: boolean): string {
  const half = Math.floor(ROWS / 2);
  return mysql
    ? `INSERT INTO covers (url, book_id) WITH RECURSIVE s (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${half}) SELECT CONCAT('c-', i), i FROM s;`
    : `INSERT INTO covers (url, book_id) SELECT 'c-' || i, i FROM generate_series(1, ${half}) AS s (i);`;
}

/** Writes on a cover table by the name `table` (the old code's, or the new code's through the view), and on books;
 *  the inserts' books start after `from` (the inserts of a loop before). */
export const coverStatement = (table: string, from = 0) => (n: number, tag: string): string => {
  const half = Math.floor(ROWS / 2);
  const id = 1 + ((n * 7919) % half);
  switch (n % 4) {
    case 0: return `INSERT INTO ${table} (url, book_id) VALUES ('w-${tag}-${n}', ${half + 1 + from + n / 4})`;
    case 1: return `UPDATE ${table} SET url = 'u-${n}' WHERE book_id = ${id}`;
    case 2: return `SELECT id, url FROM ${table} WHERE book_id = ${id}`;
    default: return `UPDATE books SET pages = pages + 1 WHERE id = ${id}`;
  }
};

/** The old code's statements, one a call, round robin: every column and table of the catalogue's renames and drops
 *  is one it uses (authors.bio, covers.book_id, covers), so an offline rename or drop shows as its failures. */
export function statement(n: number, tag: string): string {
  const id = 1 + ((n * 7919) % ROWS);
  switch (n % 7) {
    case 0: return `INSERT INTO authors (name, is_active) VALUES ('w-${tag}-${n}', TRUE)`;
    case 1: return `INSERT INTO books (title, isbn, pages, status, format, author_id) VALUES ('w', 'w${tag.slice(-1)}-${n}', 1, 'live', 'paper', 1)`;
    case 2: return `UPDATE books SET pages = pages + 1 WHERE id = ${id}`;
    case 3: return `UPDATE authors SET is_active = NOT is_active WHERE id = ${1 + (n % 1000)}`;
    case 4: return `SELECT name, bio FROM authors WHERE id = ${1 + (n % 1000)}`;
    case 5: return `SELECT url, book_id FROM covers WHERE book_id = ${1 + (n % 3)}`;
    default: return `SELECT title, isbn, format, pages, status, subtitle FROM books WHERE id = ${id}`;
  }
}

/** `of` for a later loop: its inserts' unique values start after `by` (an earlier loop's took the first ones). */
export const later = (of: (n: number, tag: string) => string, by: number) => (n: number, tag: string): string => of(n + by, tag);

/** Runs `writers` loops until `work` settles and each loop has run its round once more; every statement's time is measured. */
export async function underLoad(runs: Run[], tag: string, work: () => Promise<unknown>, of = statement): Promise<Load & { error?: unknown }> {
  let done = false;
  const load: Load = { statements: 0, maxMs: 0, failures: [] };
  let settled = false;
  const after = runs.map(() => 0); // each loop's statements begun once `work` settled
  const loop = async (run: Run, w: number) => {
    for (let n = w; !done; n += runs.length) {
      if (settled) after[w]++;
      const t0 = performance.now();
      try { await run(of(n, `${tag}${w}`)); } catch (e) { load.failures.push(`${of(n, tag)}: ${(e as Error).message}`); }
      load.maxMs = Math.max(load.maxMs, performance.now() - t0);
      load.statements++;
    }
  };
  const loops = runs.map(loop);
  let error: unknown;
  await new Promise((r) => setTimeout(r, 200)); // the writers are running before the migration starts
  try { await work(); } catch (e) { error = e; }
  settled = true; // then every loop runs each of its statements once more: old code meeting the new shape fails here
  while (after.some((k) => k <= 7)) await new Promise((r) => setTimeout(r, 10));
  done = true;
  await Promise.all(loops);
  return { ...load, error };
}

const exec = promisify(execFile);
export const dbmateAsync = (dir: string, url: string, ...args: string[]) =>
  exec(DBMATE, ['--no-dump-schema', ...args], { cwd: dir, env: { ...process.env, DATABASE_URL: url }, timeout: 300_000 });
