/**
 * MySQL / MariaDB's volume SQL: rows from a recursive CTE of 0…999 crossed with itself (under MySQL's
 * default recursion limit of 1000), DIV, INTERVAL arithmetic; values convert on insert.
 */
import type { VolumeSql } from '../volume.js';

export const mysqlVolume: VolumeSql = {
  series: (lo, hi) => `(WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < 999) `
    + `SELECT ${lo} + a.i * 1000 + b.i AS n FROM k a CROSS JOIN k b WHERE a.i <= ${Math.floor((hi - lo) / 1000)} AND ${lo} + a.i * 1000 + b.i <= ${hi}) AS s`,
  concat: (parts) => `CONCAT(${parts.join(', ')})`,
  idiv: (a, b) => `((${a}) DIV (${b}))`,
  ratio: (x, by) => `(${x} / ${by}e0)`,
  floor: (x) => `FLOOR(${x})`,
  instant: (at, secs) => `(TIMESTAMP '${at}' + INTERVAL (${secs}) SECOND)`,
  dateOf: (ts, days) => `(DATE(${ts}) + INTERVAL (${days}) DAY)`,
  pad: (x, width) => `LPAD(${x}, ${width}, '0')`,
  pick: (i, items) => `ELT(1 + ${i}, ${items.join(', ')})`,
  typed: (x) => x,
  beforeConflict: '',
};
