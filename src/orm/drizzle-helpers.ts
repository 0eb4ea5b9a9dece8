/**
 * Handlebars helpers of Drizzle's db/schema.ts: the column builder read from the column's SQL type (so the
 * dialect's own choice is kept), its modifiers, and the per-dialect module. Stateless: the dialect comes from
 * the data (@root.dialect).
 */
import type { DialectId } from '../dialects/dialect.js';
import type { OrmField, OrmView } from './view.js';

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
    [/^INTEGER GENERATED ALWAYS AS IDENTITY$/, (n) => `integer(${n}).generatedAlwaysAsIdentity()`], [/^INTEGER$/, (n) => `integer(${n})`],
    [/^SMALLINT GENERATED ALWAYS AS IDENTITY$/, (n) => `smallint(${n}).generatedAlwaysAsIdentity()`], [/^SMALLINT$/, (n) => `smallint(${n})`],
    [/^CHAR\((\d+)\)$/, (n, m) => `char(${n}, { length: ${m[1]} })`], [/^DOUBLE PRECISION$/, (n) => `doublePrecision(${n})`],
    [/^TIME$/, (n) => `time(${n})`], [/^BYTEA$/, (n) => `bytea(${n})`], [/^VARCHAR\((\d+)\)$/, (n, m) => `varchar(${n}, { length: ${m[1]} })`], [/^TEXT$/, (n) => `text(${n})`],
    [/^NUMERIC\((\d+),(\d+)\)$/, (n, m) => `numeric(${n}, { precision: ${m[1]}, scale: ${m[2]} })`], [/^BOOLEAN$/, (n) => `boolean(${n})`],
    [/^DATE$/, (n) => `date(${n})`], [/^TIMESTAMPTZ$/, (n) => `timestamp(${n}, { withTimezone: true })`], [/^UUID$/, (n) => `uuid(${n})`],
    [/^JSONB$/, (n) => `jsonb(${n})`],
  ],
  mysql: [
    [/^BIGINT UNSIGNED$/, (n) => `bigint${num(n, ', unsigned: true')}`], [/^BIGINT$/, (n) => `bigint${num(n)}`], [/^INT$/, (n) => `int(${n})`],
    [/^SMALLINT$/, (n) => `smallint(${n})`], [/^DOUBLE$/, (n) => `double(${n})`], [/^TIME$/, (n) => `time(${n})`], [/^LONGBLOB$/, (n) => `longblob(${n})`],
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
    [/^SMALLINT$/, (n) => `smallint(${n})`], [/^CHAR\((\d+)\)$/, (n, m) => `char(${n}, { length: ${m[1]} })`], [/^TIME$/, (n) => `time(${n})`],
    [/^REAL$/, (n) => `real(${n})`], [/^BLOB$/, (n) => `blob(${n})`],
  ],
};

/** SQLite's custom types (defined at the top of the file), not imported. */
const CUSTOM = ['bigint', 'boolean', 'char', 'date', 'datetime', 'decimal', 'json', 'smallint', 'time', 'varchar'];
/** Types drizzle-orm has no builder for (PostgreSQL bytea, MySQL longblob): custom types too. */
const CUSTOM_ANY = ['bytea', 'longblob'];

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** SQL text inside a sql`…` template literal. */
const tpl = (s: string) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

function column(f: OrmField, dialect: DialectId): string {
  const rule = BUILDERS[dialect].find(([re]) => re.test(f.sqlType));
  if (!rule) throw new Error(`Drizzle: no ${dialect} column builder for SQL type ${f.sqlType}`);
  let out = rule[1](q(f.name), f.sqlType.match(rule[0])!);
  if (f.pk) out = out.replace(/(\.generatedAlwaysAsIdentity\(\))?$/, '.primaryKey()$1');
  if (f.identity && dialect === 'mysql') out += '.autoincrement()';
  if (!f.nullable && !f.pk) out += '.notNull()';
  if (f.defaultSql !== undefined) out += f.defaultSql === 'now()' ? '.defaultNow()' : `.default(sql\`${tpl(f.defaultSql)}\`)`;
  if (f.onUpdateNow && dialect === 'mysql') out += '.onUpdateNow()';
  return out;
}

/** Every name the file calls: column builders, constraint helpers, the table function, and 'sql' / 'relations'. */
function uses(v: OrmView): Set<string> {
  const out = new Set<string>([CORE[v.dialect].table]);
  for (const m of v.models) {
    for (const f of m.fields) {
      const c = column(f, v.dialect);
      const builder = c.slice(0, c.indexOf('('));
      out.add((v.dialect === 'sqlite' && CUSTOM.includes(builder)) || CUSTOM_ANY.includes(builder) ? `custom:${builder}` : builder);
      if (out.has(`custom:${builder}`)) out.add('customType');
      if (c.includes('sql`')) out.add('sql');
    }
    if (m.compositePk) out.add('primaryKey');
    if (m.allUniques.length) out.add('unique');
    if (m.checks.length) out.add('check').add('sql');
    for (const i of m.allIndexes) out.add(i.unique ? 'uniqueIndex' : 'index').add(i.whereAlive ? 'sql' : 'index');
    if (m.relations.length) out.add('foreignKey').add('relations');
  }
  return out;
}

export const drizzleHelpers = {
  dzModule: (dialect: DialectId) => CORE[dialect].module,
  dzTable: (dialect: DialectId) => CORE[dialect].table,
  dzExtra: (dialect: DialectId) => CORE[dialect].extra,
  /** What the file uses from drizzle-orm's dialect module (builders, constraint helpers), nothing more. */
  dzImports: (v: OrmView) => [...uses(v)].filter((n) => !n.startsWith('custom:') && n !== 'sql' && n !== 'relations').sort().join(', '),
  dzDrizzleImports: (v: OrmView) => ['relations', 'sql'].filter((n) => uses(v).has(n)).join(', '),
  /** Is SQLite's custom type `name` used (its definition is written then)? '*': any of them. */
  dzCustom: (v: OrmView, name: string) => uses(v).has(name === '*' ? 'customType' : `custom:${name}`),
  dzHasExtra: (m: OrmView['models'][number]) => m.compositePk || m.allUniques.length + m.checks.length + m.allIndexes.length + m.relations.length > 0,
  dzRelArgs: (m: { relations: unknown[]; backRelations: { many: boolean }[] }) =>
    `{ ${[...(m.relations.length || m.backRelations.some((b) => !b.many) ? ['one'] : []), ...(m.backRelations.some((b) => b.many) ? ['many'] : [])].join(', ')} }`,
  dzStr: q,
  dzSql: (s: string) => `sql\`${tpl(s)}\``,
  dzColumn: column,
  dzCols: (props: string[]) => props.map((p) => `t.${p}`).join(', '),
  dzHasRelations: (m: { relations: unknown[]; backRelations: unknown[] }) => m.relations.length + m.backRelations.length > 0,
};
