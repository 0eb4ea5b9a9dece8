/**
 * No write lost under a contract: the new code's writes tallied as they succeed (its `pages + 1` updates by rows
 * changed, its inserts by count), then checked against the table: the books there before keep their pages plus
 * every update, and every insert is a row. A type change's swap losing a write shows here.
 */
import type { Schema } from '../../src/state/physical-schema.js';

type Run = (sql: string) => Promise<unknown>;
type Query = (sql: string) => Promise<unknown>;
interface Books { pages: number; rows: number }
/** `runs` tallying; `check` (writers stopped): the books as they are, and as the tally says they must be. */
export interface Kept { check: () => Promise<{ now: Books; want: Books; updated: number }>; runs: Run[] }

const first = async (query: Query, sql: string) => ((await query(sql)) as [Record<string, unknown>[]])[0][0];

/** Wraps `runs` (mysql2 connections' query) to tally, from the books as they are now. */
export async function kept(runs: Run[], query: Query, schema: Schema): Promise<Kept> {
  const books = schema.tables.find((t) => t.entity === 'Book')!;
  const pages = books.columns.some((c) => c.name === 'page_count') ? 'page_count' : 'pages';
  const at = await first(query, `SELECT MAX(id) AS top, SUM(${pages}) AS s, COUNT(*) AS n FROM books`);
  const [top, sum, n] = [Number(at.top), Number(at.s), Number(at.n)];
  const tally = { updated: 0, inserted: 0 };
  const counted = runs.map((run) => async (sql: string) => {
    const r = (await run(sql)) as [{ affectedRows?: number }];
    if (sql.startsWith(`UPDATE ${books.name} SET ${pages} = ${pages} + 1`)) tally.updated += r[0].affectedRows ?? 0;
    else if (sql.startsWith(`INSERT INTO ${books.name} `)) tally.inserted++;
    return r;
  });
  return {
    runs: counted,
    check: async () => {
      const now = await first(query, `SELECT SUM(CASE WHEN id <= ${top} THEN ${pages} END) AS s, COUNT(*) AS n FROM ${books.name}`);
      return { now: { pages: Number(now.s), rows: Number(now.n) }, want: { pages: sum + tally.updated, rows: n + tally.inserted },
        updated: tally.updated };
    },
  };
}
