/** SQLite's volume SQL: a recursive CTE counts the rows; datetime()/date() modifiers; text times as the seed writes them. */
import type { VolumeSql } from '../volume.js';

export const sqliteVolume: VolumeSql = {
  series: (lo, hi) => `(WITH RECURSIVE k(n) AS (SELECT ${lo} UNION ALL SELECT n + 1 FROM k WHERE n < ${hi}) SELECT n FROM k) AS s`,
  concat: (parts) => `(${parts.join(' || ')})`,
  idiv: (a, b) => `((${a}) / (${b}))`,
  ratio: (x, by) => `(${x} / ${by}.0)`,
  floor: (x) => `CAST(${x} AS INTEGER)`,
  instant: (at, secs) => `datetime('${at}', '+' || (${secs}) || ' seconds')`,
  dateOf: (ts, days) => `date(${ts}, '+' || (${days}) || ' days')`,
  pad: (x, width) => `substr('${'0'.repeat(width)}' || (${x}), -${width})`,
  pick: (i, items) => `CASE ${i} ${items.map((s, k) => `WHEN ${k} THEN ${s}`).join(' ')} END`,
  typed: (x) => x,
  beforeConflict: ' WHERE true',
};
