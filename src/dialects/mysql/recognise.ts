/**
 * MySQL/MariaDB's side of db-import's recognition: ON UPDATE CURRENT_TIMESTAMP, the automatic TIMESTAMP columns, and
 * a partial or expression unique as the language makes it here: a UNIQUE KEY over a STORED generated column `gx<n>_…`.
 */
import type { ImportHints } from '../import-hints.js';
import { COLLATION } from './types.js';

const NOW = /^current_timestamp(\(\))?$/i;
/** MariaDB keeps lower/upper as lcase/ucase; identifiers in backticks. */
const spoken = (e: string) => e.replace(/`((?:[^`]|``)+)`/g, (_, n: string) => n.replace(/``/g, '`'))
  .replace(/\blcase\(/g, 'lower(').replace(/\bucase\(/g, 'upper(');

export const mysqlRecognise: ImportHints = {
  unread: (c) => (c.defaultCollation ? [`${c.defaultCollation}, this database's default collation, of its tables and text `
    + `columns: the migrations make them ${COLLATION}; to keep it, give the text fields collate(${c.defaultCollation}) (db-change)`] : []),
  // MariaDB's JSON is LONGTEXT COLLATE utf8mb4_bin with CHECK (json_valid(`col`)) named `col`: what json makes here
  typeWord: (t, col) => (col.type === 'longtext' && col.collation === 'utf8mb4_bin' && t.checks.some((k) => k.name === col.name
    && k.expr.replace(/`/g, '').toLowerCase() === `json_valid(${col.name.toLowerCase()})`) ? 'json' : undefined),
  automaticId: (col) => /^bigint(\(\d+\))? unsigned$/.test(col.type),
  keptCurrent: (_c, t) => t.columns.some((x) => x.name === 'updated_at' && NOW.test(x.onUpdate ?? '')),
  automaticTimestamp: (col) => col.type === 'timestamp' && !col.nullable && NOW.test(col.default ?? ''),
  byName: (col) => col.type === 'timestamp' && /^[a-z0-9_]*_at$/.test(col.name),
  keyed: (t, k) => {
    if (!k.unique || k.method || k.where || k.expression) return undefined;
    const parts = k.columns.map((n) => t.columns.find((c) => c.name === n));
    if (!parts.some((c) => c?.generated && /^gx\d+_/.test(c.name))) return undefined;
    let where: string | undefined;
    const keys: string[] = [];
    for (const c of parts) {
      if (!c) return undefined;
      if (!c.generated) { keys.push(c.name); continue; }
      if (!c.generated.stored || !/^gx\d+_/.test(c.name)) return undefined;
      const cw = /^case when (.*) then (.*) end$/is.exec(c.generated.expr);
      if (cw && where !== undefined && where !== cw[1]) return undefined;
      if (cw) where = cw[1];
      keys.push(spoken(cw ? cw[2] : c.generated.expr));
    }
    return { keys, ...(where !== undefined ? { where: spoken(where) } : {}), unique: true };
  },
};
