/** MySQL/MariaDB writes catalog objects back (an import's residue): MODIFY with the whole column, in place. */
import type { CatColumn, CatIndex, CatTable } from '../../catalog/types.js';
import type { ReplayWriter, Replayed } from '../../catalog/replay.js';
import { COLLATION } from './types.js';
import { dropFkOnce } from './fk-once.js';

const q = (n: string) => '`' + n.replace(/`/g, '``') + '`';
const lit = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const at = (phase: number, ...sql: string[]): Replayed[] => sql.map((s) => ({ phase, sql: s }));
const cols = (c: string[]) => c.map(q).join(', ');
/** `title(20) desc` → `title`(20) DESC */
const part = (p: string) => {
  const m = /^(.+?)(\(\d+\))?( desc)?$/.exec(p)!;
  return `${q(m[1])}${m[2] ?? ''}${m[3] ? ' DESC' : ''}`;
};
/** Compound bodies (BEGIN … END) need the client's DELIMITER. */
const delimited = (sql: string) => (/;\s*\S/.test(sql) ? `DELIMITER ;;\n${sql};;\nDELIMITER ;` : `${sql};`);

/** `coll`: the column's collation (COLLATE alone names its character set too), when it has one but the default. */
function colDef(c: CatColumn, coll = c.collation): string {
  const type = `${c.type}${coll ? ` COLLATE ${coll}` : ''}`;
  if (c.generated) return `${q(c.name)} ${type} AS (${c.generated.expr}) ${c.generated.stored ? 'STORED' : 'VIRTUAL'}`;
  const def = c.default !== null ? ` DEFAULT ${c.default}` : '';
  const upd = c.onUpdate ? ` ON UPDATE ${c.onUpdate}` : '';
  const auto = c.identity === 'auto-increment' ? ' AUTO_INCREMENT' : '';
  const note = c.comment !== undefined ? ` COMMENT ${lit(c.comment)}` : '';
  return `${q(c.name)} ${type}${c.nullable ? ' NULL' : ' NOT NULL'}${def}${upd}${auto}${note}`;
}

const indexKind = (i: CatIndex) =>
  (i.method === 'fulltext' || i.method === 'spatial' ? `${i.method.toUpperCase()} ` : i.unique ? 'UNIQUE ' : '');

const place = (t: CatTable, c: CatColumn) => {
  const i = t.columns.findIndex((x) => x.name === c.name);
  return i <= 0 ? ' FIRST' : ` AFTER ${q(t.columns[i - 1].name)}`;
};

/** A generated column made plain, or a plain one generated: MariaDB drops it and adds it again. */
const lossOf: ReplayWriter['lossOf'] = (t, c, changed, was) => {
  if (!changed.includes('generated') || (c.generated && was.generated)) return undefined;
  const keep = `copy the column first (ALTER TABLE ${q(t.name)} ADD COLUMN ${q(`${c.name}_kept`)} ${was.type} NULL; `
    + `UPDATE ${q(t.name)} SET ${q(`${c.name}_kept`)} = ${q(c.name)};), or export them (SELECT * FROM ${q(t.name)} INTO OUTFILE '${t.name}.csv')`;
  return c.generated ? `the values ${t.name}.${c.name} holds become the expression's (${c.generated.expr}); to keep them: ${keep}, or keep the column as it is with --adopt`
    : `MariaDB cannot make a generated column plain in place: dropped and added, ${t.name}.${c.name} ends NULL or its default; to keep its values: ${keep}, `
      + `then UPDATE it from the copy, or keep the column as it is with --adopt`;
};

export const mysqlReplay: ReplayWriter = {
  lossOf,
  dropColumn: (t, c) => at(2, `ALTER TABLE ${q(t.name)} DROP COLUMN ${q(c.name)};`),
  primaryKey: (t, was) => at(5, `ALTER TABLE ${q(t.name)} ${[...(was.primaryKey ? ['DROP PRIMARY KEY'] : []),
    ...(t.primaryKey ? [`ADD PRIMARY KEY (${t.primaryKey.columns.map(part).join(', ')})`] : [])].join(', ')};`),
  createTable: (t) => {
    const pk = t.primaryKey ? [`PRIMARY KEY (${t.primaryKey.columns.map(part).join(', ')})`] : [];
    const note = t.comment !== undefined ? ` COMMENT=${lit(t.comment)}` : '';
    return at(4, `CREATE TABLE ${q(t.name)} (\n  ${[...t.columns.map((c) => colDef(c)), ...pk].join(',\n  ')}\n)${note};`);
  },
  addColumn: (t, c) => at(4, `ALTER TABLE ${q(t.name)} ADD COLUMN ${colDef(c)}${place(t, c)};`),
  fixColumn: (t, c, changed) => {
    // a generated column's expression cannot be modified: it is dropped and added again
    if (changed.includes('generated')) return [...at(2, `ALTER TABLE ${q(t.name)} DROP COLUMN ${q(c.name)};`), ...mysqlReplay.addColumn(t, c)];
    // a collation made the default again is said: without it the column takes the table's
    const coll = c.collation ?? (changed.includes('collation') ? COLLATION : undefined);
    return at(4, `ALTER TABLE ${q(t.name)} MODIFY COLUMN ${colDef(c, coll)}${place(t, c)};`);
  },
  addIndex: (t, i) => at(5, `CREATE ${indexKind(i)}INDEX ${q(i.name)} ON ${q(t.name)} (${i.columns.map(part).join(', ')});`),
  // one ALTER: InnoDB refuses to drop alone an index an FK needs
  swapIndex: (t, was, i) => at(5, `ALTER TABLE ${q(t.name)} DROP INDEX ${q(was.name)}, `
    + `ADD ${indexKind(i)}INDEX ${q(i.name)} (${i.columns.map(part).join(', ')});`),
  dropIndex: (t, i) => at(1, `DROP INDEX ${q(i.name)} ON ${q(t.name)};`),
  addUnique: (t, u) => at(5, `ALTER TABLE ${q(t.name)} ADD CONSTRAINT ${q(u.name)} UNIQUE (${u.columns.map(part).join(', ')});`),
  dropUnique: (t, u) => at(1, `ALTER TABLE ${q(t.name)} DROP INDEX ${q(u.name)};`),
  addForeignKey: (t, f) => at(5, `ALTER TABLE ${q(t.name)} ADD CONSTRAINT ${q(f.name)} FOREIGN KEY (${cols(f.columns)}) `
    + `REFERENCES ${q(f.refTable)} (${cols(f.refColumns)}) ON DELETE ${f.onDelete.toUpperCase()} ON UPDATE ${f.onUpdate.toUpperCase()};`),
  dropForeignKey: (t, f) => at(0.5, `ALTER TABLE ${q(t.name)} DROP FOREIGN KEY ${q(f.name)};`),
  dropForeignKeyIfAny: dropFkOnce, // not DROP FOREIGN KEY IF EXISTS: MariaDB's alone
  addCheck: (t, c) => at(5, `ALTER TABLE ${q(t.name)} ADD CONSTRAINT ${q(c.name)} CHECK (${c.expr});`),
  dropCheck: (t, c) => at(1, `ALTER TABLE ${q(t.name)} DROP CONSTRAINT ${q(c.name)};`),
  tableComment: (t) => at(5, `ALTER TABLE ${q(t.name)} COMMENT = ${lit(t.comment ?? '')};`),
  // after the columns (each says its own): a column added without one takes the table's
  tableCollation: (t) => at(5, `ALTER TABLE ${q(t.name)} DEFAULT COLLATE = ${t.collation ?? COLLATION};`),
  enumType: () => [],
  sequence: (s) => at(3, `${s.sql ?? `CREATE SEQUENCE ${q(s.name)}`};`),
  routine: (r) => at(0, delimited(r.sql)),
  dropRoutine: (r) => at(1, `DROP ${r.kind.toUpperCase()} IF EXISTS ${q(r.name)};`),
  view: (v) => at(6, `CREATE VIEW ${q(v.name)} AS ${v.definition};`),
  trigger: (g) => at(7, delimited(g.sql)),
  dropTrigger: (g) => at(1, `DROP TRIGGER IF EXISTS ${q(g.name)};`),
  dropMade: (kind, name) => (['table', 'sequence', 'function', 'procedure'].includes(kind) ? `DROP ${kind.toUpperCase()} IF EXISTS ${q(name)};` : undefined),
};
