/** db/schema.dbml: the design in DBML (dbdiagram.io, dbdocs): tables, keys, indexes and refs. */
import type { Schema, Table } from '../state/physical-schema.js';
import type { Dialect } from '../dialects/dialect.js';
import type { Picture } from './view.js';
import { Lines } from '../base/lines.js';
import { memoByString } from '../base/memo.js';

const q = (name: string) => `"${name.includes('"') ? name.replace(/"/g, '') : name}"`;
const typeOf = memoByString((t) => (/^[A-Za-z_][A-Za-z0-9_]*(\(\d+(,\s*\d+)?\))?$/.test(t) ? t : `"${t.replace(/"/g, "'")}"`));
const note = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** `types`: each column's type as the picture's view has it (shortType of the dialect's), in the table's order. */
function table(d: Dialect, t: Table, types: readonly string[]): string[] {
  const pkAlone = t.primaryKey.columns.length === 1 ? t.primaryKey.columns[0] : undefined;
  const cols = t.columns.map((c, i) => {
    const s: string[] = [];
    if (c.name === pkAlone) s.push('pk');
    if (c.identity) s.push('increment');
    if (!c.nullable) s.push('not null');
    if (t.uniques.some((u) => u.columns.length === 1 && u.columns[0] === c.name)) s.push('unique');
    const def = d.columnDefault(c, t);
    if (def !== undefined) s.push(`default: \`${def.replace(/`/g, '')}\``);
    return `  ${q(c.name)} ${typeOf(types[i])}${s.length ? ` [${s.join(', ')}]` : ''}`;
  });
  const idx = [
    ...(pkAlone ? [] : [`    (${t.primaryKey.columns.map(q).join(', ')}) [pk, name: ${note(t.primaryKey.name)}]`]),
    ...t.uniques.filter((u) => u.columns.length > 1).map((u) => `    (${u.columns.map(q).join(', ')}) [unique, name: ${note(u.name)}]`),
    ...t.indexes.map((i) => `    (${i.columns.map(q).join(', ')}) [${i.unique ? 'unique, ' : ''}name: ${note(i.name)}]`),
  ];
  return [`Table ${q(t.name)} {`, ...cols, ...(idx.length ? ['', '  indexes {', ...idx, '  }'] : []), '}', ''];
}

const ACTION: Record<string, string> = { cascade: 'cascade', 'set-null': 'set null', restrict: 'restrict', 'no-action': 'no action' };

/** The DBML's lines into `out`, a table at a time; `p` is pictureOf(d, schema) (its column types). */
export function dbmlLines(out: Lines, d: Dialect, schema: Schema, p: Picture, title: string): Lines {
  const refs = schema.tables.flatMap((t) => t.foreignKeys.map((f) => {
    const one = t.uniques.some((u) => u.columns.length === 1 && u.columns[0] === f.column);
    return `Ref ${q(f.name)}: ${q(t.name)}.${q(f.column)} ${one ? '-' : '>'} ${q(f.refTable)}.${q(f.refColumn)} [delete: ${ACTION[f.onDelete]}]`;
  }));
  out.push(
    `// ${title}: written by db-scaffold from db/design.json; every generator that changes the design rewrites it.`,
    `Project ${q(title)} {`, `  database_type: ${note(d.label)}`, '}', '',
  );
  schema.tables.forEach((t, i) => out.push(...table(d, t, p.tables[i].columns.map((c) => c.type))));
  out.push(...refs, '');
  return out;
}
