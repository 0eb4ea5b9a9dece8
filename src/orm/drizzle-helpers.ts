/**
 * Handlebars helpers of Drizzle's db/schema.ts: the column builder read from the column's SQL type (so the
 * dialect's own choice is kept), its modifiers, and the per-dialect module. Stateless: the dialect comes from
 * the data (@root.dialect).
 */
import type { DialectId } from '../dialects/dialect.js';
import type { OrmField } from './view.js';

// extra: the type of a table's constraint list, spelled out so tables that reference each other type-check
const CORE: Record<DialectId, { module: string; table: string; extra: string }> = {
  postgres: { module: 'drizzle-orm/pg-core', table: 'pgTable', extra: 'PgTableExtraConfigValue' },
  mysql: { module: 'drizzle-orm/mysql-core', table: 'mysqlTable', extra: 'MySqlTableExtraConfigValue' },
  sqlite: { module: 'drizzle-orm/sqlite-core', table: 'sqliteTable', extra: 'SQLiteTableExtraConfigValue' },
};

type Rule = [RegExp, (n: string, m: RegExpMatchArray) => string];
const num = (n: string, extra = '') => `(${n}, { mode: 'number'${extra} })`;
const BUILDERS: Record<DialectId, Rule[]> = {
  postgres: [
    [/^BIGINT GENERATED ALWAYS AS IDENTITY$/, (n) => `bigint${num(n)}.generatedAlwaysAsIdentity()`], [/^BIGINT$/, (n) => `bigint${num(n)}`],
    [/^INTEGER$/, (n) => `integer(${n})`], [/^VARCHAR\((\d+)\)$/, (n, m) => `varchar(${n}, { length: ${m[1]} })`], [/^TEXT$/, (n) => `text(${n})`],
    [/^NUMERIC\((\d+),(\d+)\)$/, (n, m) => `numeric(${n}, { precision: ${m[1]}, scale: ${m[2]} })`], [/^BOOLEAN$/, (n) => `boolean(${n})`],
    [/^DATE$/, (n) => `date(${n})`], [/^TIMESTAMPTZ$/, (n) => `timestamp(${n}, { withTimezone: true })`], [/^UUID$/, (n) => `uuid(${n})`],
    [/^JSONB$/, (n) => `jsonb(${n})`],
  ],
  mysql: [
    [/^BIGINT UNSIGNED$/, (n) => `bigint${num(n, ', unsigned: true')}`], [/^BIGINT$/, (n) => `bigint${num(n)}`], [/^INT$/, (n) => `int(${n})`],
    [/^VARCHAR\((\d+)\)$/, (n, m) => `varchar(${n}, { length: ${m[1]} })`], [/^CHAR\((\d+)\)$/, (n, m) => `char(${n}, { length: ${m[1]} })`],
    [/^TEXT$/, (n) => `text(${n})`], [/^DECIMAL\((\d+),(\d+)\)$/, (n, m) => `decimal(${n}, { precision: ${m[1]}, scale: ${m[2]} })`],
    [/^BOOLEAN$/, (n) => `boolean(${n})`], [/^DATE$/, (n) => `date(${n})`], [/^DATETIME$/, (n) => `datetime(${n})`],
    [/^TIMESTAMP$/, (n) => `timestamp(${n})`], [/^JSON$/, (n) => `json(${n})`],
  ],
  // SQLite keeps the declared type: the custom types at the top of the file declare it as db/schema.sql does
  sqlite: [
    [/^INTEGER$/, (n) => `integer(${n})`], [/^BIGINT$/, (n) => `bigint(${n})`], [/^TEXT$/, (n) => `text(${n})`],
    [/^VARCHAR\((\d+)\)$/, (n, m) => `varchar(${n}, { length: ${m[1]} })`],
    [/^NUMERIC\((\d+),(\d+)\)$/, (n, m) => `decimal(${n}, { precision: ${m[1]}, scale: ${m[2]} })`],
    [/^BOOLEAN$/, (n) => `boolean(${n})`], [/^DATE$/, (n) => `date(${n})`], [/^DATETIME$/, (n) => `datetime(${n})`], [/^JSON$/, (n) => `json(${n})`],
  ],
};

/** Every builder a dialect's schema.ts may call (imported whether used or not: the file stays stable). */
const IMPORTS: Record<DialectId, string[]> = {
  postgres: ['bigint', 'boolean', 'date', 'integer', 'jsonb', 'numeric', 'text', 'timestamp', 'uuid', 'varchar'],
  mysql: ['bigint', 'boolean', 'char', 'date', 'datetime', 'decimal', 'int', 'json', 'text', 'timestamp', 'varchar'],
  sqlite: ['customType', 'integer', 'text'],
};

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** SQL text inside a sql`…` template literal. */
const tpl = (s: string) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

export const drizzleHelpers = {
  dzModule: (dialect: DialectId) => CORE[dialect].module,
  dzTable: (dialect: DialectId) => CORE[dialect].table,
  dzExtra: (dialect: DialectId) => CORE[dialect].extra,
  dzImports: (dialect: DialectId) => [...IMPORTS[dialect], 'check', 'foreignKey', 'index', 'primaryKey', 'unique', 'uniqueIndex', CORE[dialect].table].sort().join(', '),
  dzStr: q,
  dzSql: (s: string) => `sql\`${tpl(s)}\``,
  dzColumn: (f: OrmField, dialect: DialectId) => {
    const rule = BUILDERS[dialect].find(([re]) => re.test(f.sqlType));
    if (!rule) throw new Error(`Drizzle: no ${dialect} column builder for SQL type ${f.sqlType}`);
    let out = rule[1](q(f.name), f.sqlType.match(rule[0])!);
    if (f.pk) out = out.replace(/(\.generatedAlwaysAsIdentity\(\))?$/, '.primaryKey()$1');
    if (f.identity && dialect === 'mysql') out += '.autoincrement()';
    if (!f.nullable && !f.pk) out += '.notNull()';
    if (f.default?.kind === 'now') out += dialect === 'postgres' ? '.defaultNow()' : '.default(sql`CURRENT_TIMESTAMP`)';
    if (f.defaultLiteral !== undefined) out += `.default(sql\`${tpl(f.defaultLiteral)}\`)`;
    if (f.onUpdateNow && dialect === 'mysql') out += '.onUpdateNow()';
    return out;
  },
  dzCols: (props: string[]) => props.map((p) => `t.${p}`).join(', '),
  dzCustomTypes: (dialect: DialectId) => dialect === 'sqlite',
  dzHasRelations: (m: { relations: unknown[]; backRelations: unknown[] }) => m.relations.length + m.backRelations.length > 0,
};
