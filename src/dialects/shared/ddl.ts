/** DDL pieces every dialect assembles the same way; only quoting, types and literals differ. */
import type { Check, Column, ForeignKey, Index, Table } from '../../state/physical-schema.js';
import type { Dialect } from '../dialect.js';
import { defaultExprSql, lengthOf, printCheck } from './check-print.js';
import { checkTree, colTypes } from '../../model/check-compile.js';
import { guardText } from '../../base/guard.js';
import { valueLiteral } from './value-sql.js';

type D = Pick<Dialect, 'quote' | 'literal' | 'columnType' | 'check' | 'utcDatetime'>;

export const cols = (d: D, names: string[]) => names.map((n) => d.quote(n)).join(', ');

/** How an engine writes the generated defaults; `wrap` turns a literal into what the column accepts. */
export interface DefaultExprs { now: string; time: string; today: string; uuid: string }

export function defaultSql(d: D, col: Column, x: DefaultExprs, wrap: (lit: string) => string = (l) => l): string {
  const v = col.default;
  if (!v) return '';
  switch (v.kind) {
    case 'now': return ` DEFAULT ${col.type.kind === 'time' ? x.time : x.now}`;
    case 'today': return ` DEFAULT ${x.today}`;
    case 'uuid': return ` DEFAULT ${x.uuid}`;
    case 'null': return ' DEFAULT NULL';
    case 'value': return ` DEFAULT ${wrap(valueLiteral(d, col, v.value))}`;
    case 'expr': return ` DEFAULT (${defaultExprSql(d, v.expr, col.type)})`; // parenthesised: the form every engine takes
  }
}

/** A CHECK as the engine reads the language's one meaning: enum values compared by code point and case
 *  (MySQL's unicode_ci collation would take 'DRAFT', 'dráft' and 'draft '), check(expr) parsed and printed. */
export function checkSql(d: D, c: Check, t: Pick<Table, 'name' | 'columns'>): string {
  const col = d.quote(c.column);
  switch (c.rule) {
    case 'email': return `CHECK (${col} LIKE ${d.literal('%@%')})`;
    case 'nonneg': return `CHECK (${col} >= 0)`;
    case 'length': return `CHECK (${d.check?.length ?? 'length'}(${col}) <= ${lengthOf(t, c.column)})`;
    case 'enum': return `CHECK (${enumOperand(d, col, t.columns.find((x) => x.name === c.column)?.collation)} IN (${valueList(d, c)}))`;
    case 'expr': return `CHECK (${printCheck(d, checkTree(c.expr ?? '', t), colTypes(t.columns))})`;
  }
}

/** An enum's values are exact whatever its column's collation says (SQLite's NOCASE would take 'A' for 'a'). */
const enumOperand = (d: D, col: string, collation?: string) => d.check?.textEq?.(col) ?? (collation && d.check?.collatedEq?.(col)) ?? col;
const valueList = (d: D, c: Check) => (c.values ?? []).map((v) => d.literal(v)).join(', ');

export const onDeleteSql = (a: ForeignKey['onDelete']) => a.replace('-', ' ').toUpperCase();

export function fkSql(d: D, fk: ForeignKey): string {
  return `CONSTRAINT ${d.quote(fk.name)} FOREIGN KEY (${d.quote(fk.column)}) REFERENCES ${d.quote(fk.refTable)} (${d.quote(fk.refColumn)}) ON DELETE ${onDeleteSql(fk.onDelete)}`;
}

/** Table-level constraint lines shared by all: uniques, checks, and the FKs not deferred. */
export function constraintLines(d: D, t: Table, deferred: string[], uniqueSql = (n: string, c: string[]) => `CONSTRAINT ${d.quote(n)} UNIQUE (${cols(d, c)})`): string[] {
  return [
    ...t.uniques.map((u) => uniqueSql(u.name, u.columns)),
    ...t.checks.map((c) => `CONSTRAINT ${d.quote(c.name)} ${checkSql(d, c, t)}`),
    ...t.foreignKeys.filter((f) => !deferred.includes(f.name)).map((f) => fkSql(d, f)),
  ];
}

export function createTableSql(d: D, t: Table, lines: string[], suffix = ''): string {
  return `CREATE TABLE IF NOT EXISTS ${d.quote(t.name)} (\n  ${lines.join(',\n  ')}\n)${suffix};`;
}

export function createIndexSql(d: D, t: Cols, ix: Index, partial: boolean): string {
  const where = ix.where && partial ? ` WHERE ${exprSql(d, ix.where, t)}`
    : ix.whereAlive && partial ? ` WHERE ${d.quote('deleted_at')} IS NULL` : '';
  const parts = ix.keys ? ix.keys.map((k) => keyPartSql(d, k, t)).join(', ') : cols(d, ix.columns);
  return `CREATE ${ix.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${d.quote(ix.name)} ON ${d.quote(t.name)} (${parts})${where};`;
}

type Cols = Pick<Table, 'name' | 'columns'>;

/** An expression of the language (a where(…), a key part) as this engine's SQL: the check tree, printed as CHECKs are. */
export const exprSql = (d: D, e: string, t: Cols) => printCheck(d, checkTree(e, t), colTypes(t.columns));

/** One key part: a column quoted; a function call as printed; any other expression in parentheses (as CREATE INDEX needs). */
export function keyPartSql(d: D, k: string, t: Cols): string {
  if (/^[a-z_][a-z0-9_]*$/.test(k)) return d.quote(k);
  const tree = checkTree(k, t);
  const sql = printCheck(d, tree, colTypes(t.columns));
  return tree.k === 'call' ? sql : `(${sql})`;
}

export function quoteWith(q: string): (name: string) => string {
  return (name) => `${q}${name.includes(q) ? name.split(q).join(q + q) : name}${q}`;
}

/**
 * The literal rules every dialect builds on: NULL, finite numbers, TRUE/FALSE, and text checked once more
 * (no control character ever reaches a file: the parser refuses them first, naming the field) and quoted
 * with `quoteText` (the dialect's own escaping).
 */
export function literalWith(quoteText: (s: string) => string): (v: string | number | boolean | null) => string {
  return (v) => {
    if (v === null) return 'NULL';
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error(`internal: ${v} has no SQL literal`);
      return String(v);
    }
    return quoteText(guardText('SQL literal', 'text', v, { lines: true }));
  };
}

/** SQL standard text: quotes doubled, backslash an ordinary character (PostgreSQL with standard_conforming_strings, SQLite). */
export const standardLiteral = literalWith((s) => `'${s.replace(/'/g, "''")}'`);

export const irreversibleComment = (tables: string[]) => [
  ...tables.map((t) => `-- IRREVERSIBLE: ${t} holds production data; manual restore required.`),
  '-- Abort reverse migration.',
];

/** A whole SQL file: the dialect's encoding statement before the first statement (MySQL/MariaDB files start with it, issue 7). */
export function withEncoding(d: Pick<Dialect, 'encoding'>, text: string): string {
  if (!d.encoding || text.includes(d.encoding)) return text; // before the split (schema.sql: 640 KB at 1,000 entities)
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('--'));
  lines.splice(at < 0 ? lines.length : at, 0, d.encoding, ...(at < 0 ? [] : ['']));
  return lines.join('\n');
}
