/**
 * Handlebars helpers of Drizzle's db/schema.ts: the column builder read from the column's SQL type (so the
 * dialect's own choice is kept), its modifiers, and the per-dialect module. Stateless: the dialect comes from
 * the data (@root.dialect).
 */
import type { DialectId } from '../../dialects/dialect.js';
import type { OrmField, OrmIndex, OrmView } from '../view.js';
import { BUILDERS } from './builders.js';

// extra: the type of a table's constraint list, spelled out so tables that reference each other type-check
const CORE: Record<DialectId, { module: string; table: string; extra: string }> = {
  postgres: { module: 'drizzle-orm/pg-core', table: 'pgTable', extra: 'PgTableExtraConfigValue' },
  mysql: { module: 'drizzle-orm/mysql-core', table: 'mysqlTable', extra: 'MySqlTableExtraConfigValue' },
  sqlite: { module: 'drizzle-orm/sqlite-core', table: 'sqliteTable', extra: 'SQLiteTableExtraConfigValue' },
};

/** SQLite's custom types (defined at the top of the file), not imported. */
const CUSTOM = ['bigint', 'boolean', 'char', 'date', 'datetime', 'decimal', 'json', 'smallint', 'time', 'varchar'];
/** Types drizzle-orm has no builder for (PostgreSQL bytea and citext, MySQL longblob): custom types too. */
const CUSTOM_ANY = ['bytea', 'longblob', 'citext'];

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** SQL text inside a sql`…` template literal. */
const tpl = (s: string) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

function column(f: OrmField, dialect: DialectId): string {
  const rule = BUILDERS[dialect].find(([re]) => re.test(f.sqlType));
  if (!rule) throw new Error(`Drizzle: no ${dialect} column builder for SQL type ${f.sqlType}`);
  let out = rule[1](q(f.name), f.sqlType.match(rule[0])!);
  if (f.pk) out = out.replace(/(\.generated(?:Always|ByDefault)AsIdentity\(\))?$/, '.primaryKey()$1');
  if (f.pk && f.identityKind === 'autoincrement' && dialect === 'sqlite') out = out.replace('.primaryKey()', '.primaryKey({ autoIncrement: true })');
  if (f.identity && dialect === 'mysql') out += '.autoincrement()';
  if (!f.nullable && !f.pk) out += '.notNull()';
  if (f.defaultSql !== undefined) out += f.defaultSql === 'now()' ? '.defaultNow()' : `.default(sql\`${tpl(f.defaultSql)}\`)`;
  if (f.onUpdateNow && dialect === 'mysql') out += '.onUpdateNow()';
  return out;
}

/** Declared in the table's extra config: every index but a partial/expression one the engine lacks. */
const declared = (i: OrmIndex) => !i.keyed || i.native;

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
    for (const i of m.allIndexes.filter(declared)) out.add(i.unique ? 'uniqueIndex' : 'index').add(i.whereAlive || i.keyed ? 'sql' : 'index');
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
  dzHasExtra: (m: OrmView['models'][number], only?: unknown) => m.compositePk || m.allUniques.length + (only === 'uses-t' ? 0 : m.checks.length) + m.allIndexes.filter(declared).length + m.relations.length > 0,
  /** The partial/expression indexes this engine has only another way (MySQL/MariaDB generated columns): a comment above the table. */
  dzUndeclared: (m: OrmView['models'][number]) => m.allIndexes.filter((i) => !declared(i))
    .map((i) => `// ${i.name} (${i.describe}) is kept in db/schema.sql (generated columns on MySQL/MariaDB; Drizzle declares neither)\n`).join(''),
  dzRelArgs: (m: { relations: unknown[]; backRelations: { many: boolean }[] }) =>
    `{ ${[...(m.relations.length || m.backRelations.some((b) => !b.many) ? ['one'] : []), ...(m.backRelations.some((b) => b.many) ? ['many'] : [])].join(', ')} }`,
  dzStr: q,
  /** A partial or expression index the engine has as written (PostgreSQL, SQLite): on(…) with sql parts, where(…). */
  dzKeyed: (i: OrmIndex) => `${i.unique ? 'uniqueIndex' : 'index'}(${q(i.name)}).on(${i.parts.map((p) => (p.prop ? `t.${p.prop}` : `sql\`${tpl(p.sql!)}\``)).join(', ')})` +
      `${i.whereSql ? `.where(sql\`${tpl(i.whereSql)}\`)` : ''},`,
  dzSql: (s: string) => `sql\`${tpl(s)}\``,
  dzColumn: column,
  dzCols: (props: string[]) => props.map((p) => `t.${p}`).join(', '),
  dzHasRelations: (m: { relations: unknown[]; backRelations: unknown[] }) => m.relations.length + m.backRelations.length > 0,
};
