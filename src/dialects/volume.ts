/**
 * What the volume seed tier needs from an engine to generate rows inside it: a numbered row source and
 * a few expressions whose spelling differs. Every argument is SQL text; `n` is a bigint row number.
 */
import type { Column, Table } from '../state/physical-schema.js';

export interface VolumeSql {
  /** A FROM item of the rows lo…hi, one column `n` (PostgreSQL: generate_series; others: a recursive CTE). */
  series(lo: number, hi: number): string;
  /** Text joined (NULL never given). */
  concat(parts: string[]): string;
  /** Integer division, truncating. */
  idiv(a: string, b: string): string;
  /** A non-negative number rounded down to an integer. */
  floor(x: string): string;
  /** An integer expression divided by an integer, as a floating-point number (never exact numeric: speed). */
  ratio(x: string, by: number): string;
  /** An instant `secs` seconds after the UTC instant `at` ('YYYY-MM-DD HH:MM:SS'). */
  instant(at: string, secs: string): string;
  /** The date `days` days after the day of instant expression `ts`. */
  dateOf(ts: string, days: string): string;
  /** A non-negative integer as text, zero-padded to `width` digits. */
  pad(x: string, width: number): string;
  /** The item at a 0-based index expression (PostgreSQL: an array, MySQL: ELT, SQLite: CASE). */
  pick(index: string, items: string[]): string;
  /** An expression as the column's type where the engine does not convert on insert (PostgreSQL). */
  typed(x: string, c: Column, t: Table): string;
  /** Between the SELECT and the conflict clause (SQLite: `WHERE true`, which its parser needs there). */
  beforeConflict: string;
}
