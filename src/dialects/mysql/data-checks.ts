/**
 * Data checks first. MySQL/MariaDB cannot roll back DDL, so a migration file checks the rows before its first
 * ALTER: NULLs in a column that becomes NOT NULL without a fill, values longer than a narrowed VARCHAR/CHAR (a keyed
 * TEXT column's VARCHAR(255) included), numbers out of a narrowed integer's or decimal's range, rows that break a
 * new CHECK, duplicates under a new UNIQUE. Each check is a named CHECK on a temporary table: one that finds rows
 * stops the file (CONSTRAINT `<what>` failed) before any table has changed (a temporary table commits nothing).
 * Rows are read as the statements before will have left them: renamed tables and columns, enum values renamed.
 */
import type { Statement, ValueMap } from '../../model/statements.js';
import type { Column, Table } from '../../state/physical-schema.js';
import * as ddl from '../shared/ddl.js';
import { mysqlType } from './types.js';
import { mysql } from './index.js';

const q = ddl.quoteWith('`');
const lit = (s: string) => mysql.literal(s);
const checkExpr = (k: Table['checks'][number], t: Table) => ddl.checkSql(mysql, k, t).replace(/^CHECK /, '');
const TMP = q('_db_scaffold_data_checks');
const RANGE: Record<string, [string, string]> = { smallint: ['-32768', '32767'], integer: ['-2147483648', '2147483647'] };
const URANGE: Record<string, [string, string]> = { smallint: ['0', '65535'], integer: ['0', '4294967295'] }; // UNSIGNED
const WIDER: Record<string, string[]> = { smallint: ['integer', 'bigint', 'decimal', 'float'], integer: ['bigint', 'decimal', 'float'] };

interface Origin { table: string; cols: Map<string, string>; fresh: Set<string>; values: Map<string, ValueMap> }
interface Found { what: string; count: string }

/** The characters a VARCHAR/CHAR holds; Infinity for TEXT kinds; undefined for a type that is no text. */
const width = (c: Column, t: Table, m = /^(?:VAR)?CHAR\((\d+)\)/.exec(mysqlType(c, t))): number | undefined =>
  (m ? Number(m[1]) : /TEXT$/.test(mysqlType(c, t)) ? Infinity : undefined);

/** The rows of `t` (its name and columns now) as a derived table over the table as the file finds it. */
function rows(o: Origin, t: Table): string {
  const moved = t.name !== o.table || [...o.cols].some(([a, b]) => a !== b) || o.values.size > 0;
  if (!moved) return q(t.name);
  const col = (c: string) => {
    const from = q(o.cols.get(c) ?? c);
    const v = o.values.get(c);
    return v ? `CASE CAST(${from} AS BINARY) ${Object.entries(v).map(([a, b]) => `WHEN ${lit(a)} THEN ${lit(b)}`).join(' ')} ELSE ${from} END` : from;
  };
  const cols = t.columns.filter((c) => !o.fresh.has(c.name)).map((c) => `${col(c.name)} AS ${q(c.name)}`);
  return `(SELECT ${cols.join(', ')} FROM ${q(o.table)}) AS ${q(t.name)}`;
}

/** What one column change may find in the rows (a fill or a new column finds nothing to check). */
function columnChecks(o: Origin, t0: Table, t: Table, from: Column, to: Column, fill: boolean): Found[] {
  if (o.fresh.has(to.name)) return [];
  const [src, c, at] = [rows(o, t), q(to.name), `${t.name}.${to.name}`];
  const count = (where: string) => `(SELECT COUNT(*) FROM ${src} WHERE ${where})`;
  const out: Found[] = [];
  if (from.nullable && !to.nullable && !fill) out.push({ what: `${at} holds NULL`, count: count(`${c} IS NULL`) });
  const [a, b] = [width(from, t0), width(to, t)];
  if (a !== undefined && b !== undefined && b < a) out.push({ what: `${at} holds a value over ${b} characters`, count: count(`CHAR_LENGTH(${c}) > ${b}`) });
  const unsigned = (x: Column) => 'unsigned' in x.type && !!x.type.unsigned;
  const range = (unsigned(to) ? URANGE : RANGE)[to.type.kind];
  const signChange = from.type.kind === to.type.kind && unsigned(from) !== unsigned(to);
  if (range && (WIDER[to.type.kind].includes(from.type.kind) || signChange)) {
    out.push({ what: `${at} holds a number out of ${to.type.kind}`, count: count(`${c} NOT BETWEEN ${range[0]} AND ${range[1]}`) });
  }
  if (to.type.kind === 'decimal') {
    const digits = to.type.precision - to.type.scale; // before the point
    const fewer = from.type.kind === 'decimal' ? digits < from.type.precision - from.type.scale : ['bigint', 'integer', 'float'].includes(from.type.kind);
    if (fewer) out.push({ what: `${at} holds a number over ${digits} digits`, count: count(`ABS(${c}) >= 1${'0'.repeat(digits)}`) });
  }
  return out;
}

const checkFound = (o: Origin, t: Table, k: Table['checks'][number]): Found[] => (k.column && o.fresh.has(k.column) ? [] : [{
  what: `${t.name}: a row breaks ${k.name}`, count: `(SELECT COUNT(*) FROM ${rows(o, t)} WHERE NOT ${checkExpr(k, t)})`,
}]);

const uniqueFound = (o: Origin, t: Table, name: string, cols: string[]): Found[] => (cols.some((c) => o.fresh.has(c)) ? [] : [{
  what: `${t.name}: rows repeat ${cols.join(', ')} (${name})`,
  count: `(SELECT COUNT(*) FROM (SELECT 1 FROM ${rows(o, t)} WHERE ${cols.map((c) => `${q(c)} IS NOT NULL`).join(' AND ')} `
    + `GROUP BY ${cols.map(q).join(', ')} HAVING COUNT(*) > 1) AS ${q('_dup')})`,
}]);

/** Every column of `after` whose MySQL type differs from `before` (a keyed TEXT retyped, a swap's MODIFY). */
const retypedChecks = (o: Origin, before: Table, after: Table, fill = false): Found[] => after.columns.flatMap((c) => {
  const b = before.columns.find((x) => x.name === c.name);
  return b && (mysqlType(b, before) !== mysqlType(c, after) || b.nullable !== c.nullable) ? columnChecks(o, before, after, b, c, fill) : [];
});

/** The checks of an up (as grouped), as one statement before its first ALTER; none: []. */
export function dataChecks(up: Statement[]): string[] {
  const origins = new Map<string, Origin>();
  const at = (name: string): Origin =>
    origins.get(name) ?? origins.set(name, { table: name, cols: new Map(), fresh: new Set(), values: new Map() }).get(name)!;
  const created = new Set<string>();
  const found: Found[] = [];
  for (const s of up) {
    if (s.kind === 'createTable') created.add(s.table.name);
    if (s.kind === 'renameTable') { origins.set(s.to, { ...at(s.from), cols: new Map(at(s.from).cols) }); origins.delete(s.from); continue; }
    const name = 'after' in s && s.after ? s.after.name : 'table' in s && typeof s.table === 'object' ? s.table.name : undefined;
    if (!name || created.has(name)) continue;
    const o = at(name);
    if (s.kind === 'renameColumn') { o.cols.set(s.to, o.cols.get(s.from) ?? s.from); o.cols.delete(s.from); continue; }
    if (s.kind === 'addColumn') { o.fresh.add(s.column.name); continue; }
    if (s.kind === 'alterColumn') {
      if (s.values) o.values.set(s.to.name, s.values); // the UPDATE runs before a MODIFY that narrows
      const others = retypedChecks(o, s.before, s.after).filter((f) => !f.what.startsWith(`${s.after.name}.${s.to.name} `)); // a keyed TEXT beside it
      found.push(...columnChecks(o, s.before, s.after, s.from, s.to, !!s.backfill), ...others);
    }
    if (s.kind === 'addCheck') found.push(...checkFound(o, s.after, s.check));
    if (s.kind === 'rebuildTable') {
      const kept = (k: Table['checks'][number]) => s.before.checks.some((b) => b.name === k.name && checkExpr(b, s.before) === checkExpr(k, s.after));
      found.push(...retypedChecks(o, s.before, s.after), ...s.after.checks.filter((k) => !kept(k)).flatMap((k) => checkFound(o, s.after, k)));
    }
    if (s.kind === 'addUnique') found.push(...uniqueFound(o, s.after, s.unique.name, s.unique.columns), ...retypedChecks(o, s.before, s.after));
    if (s.kind === 'addIndex') found.push(...(s.index.unique ? uniqueFound(o, s.after, s.index.name, s.index.columns) : []), ...retypedChecks(o, s.before, s.after));
  }
  const named = new Map(found.map((f) => [f.what.length > 64 ? `${f.what.slice(0, 63)}…` : f.what, f])); // a CHECK name: 64 characters, once
  if (!named.size) return [];
  const cols = [...named.keys()].map((w, i) => `  ${q(`c${i + 1}`)} BIGINT NOT NULL, CONSTRAINT ${q(w)} CHECK (${q(`c${i + 1}`)} = 0)`);
  return [[ // the comment after a statement: a file's leading comment lines are its header (SET NAMES goes after them)
    `DROP TEMPORARY TABLE IF EXISTS ${TMP};`,
    '-- Data checks first: MySQL cannot roll back DDL, so the rows are checked before any table changes; a check that',
    '-- finds rows stops the file here (the error names it: CONSTRAINT `<what>` failed), and nothing has changed yet.',
    `CREATE TEMPORARY TABLE ${TMP} (\n${cols.join(',\n')}\n);`,
    `INSERT INTO ${TMP} SELECT\n${[...named.values()].map((f) => `  ${f.count}`).join(',\n')};`,
    `DROP TEMPORARY TABLE ${TMP};`,
  ].join('\n')];
}
