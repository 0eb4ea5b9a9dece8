/**
 * Handlebars helpers of the SQLAlchemy models module: the column type read from the column's SQL type (so
 * the dialect's own choice is kept), Column() arguments, Python-safe names. Stateless: data from the caller.
 */
import { snakeCase } from 'change-case';
import type { OrmBackRelation, OrmField, OrmRelation, OrmView } from './view.js';

const KEYWORDS = new Set(('False None True and as assert async await break class continue def del elif else except finally for from ' +
  'global if import in is lambda nonlocal not or pass raise return try while with yield metadata registry').split(' '));

// a model named None, True or False is no Python class name; one named Base would replace the declarative base
const CLASS_TAKEN: Record<string, string> = { None: 'a Python constant', True: 'a Python constant', False: 'a Python constant', Base: 'the declarative base' };

type Named = { model: string }[];

/** The Python class of a model: its name, or `<name>Model` (not another model's) when Python or the module takes it. */
export function pyClass(model: string, models: Named = []): string {
  if (!CLASS_TAKEN[model]) return model;
  const taken = new Set(models.map((m) => m.model));
  let name = `${model}Model`;
  for (let i = 2; taken.has(name); i++) name = `${model}Model${i}`;
  return name;
}

/** The note a renamed class carries (a comment after its line), or nothing. */
const pyClassNote = (model: string) => (CLASS_TAKEN[model] ? `  # the entity ${model}, renamed: ${model} is ${CLASS_TAKEN[model]}` : '');

export const pyName = (name: string) => (KEYWORDS.has(snakeCase(name)) ? `${snakeCase(name)}_` : snakeCase(name));

// core names through `sa.` (a model named Column, Index or Text cannot shadow them); dialect types through their module
const TYPES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^BIGINT GENERATED ALWAYS AS IDENTITY$/, () => 'sa.BigInteger(), sa.Identity(always=True)'],
  [/^INTEGER GENERATED ALWAYS AS IDENTITY$/, () => 'sa.Integer(), sa.Identity(always=True)'],
  [/^SMALLINT GENERATED ALWAYS AS IDENTITY$/, () => 'sa.SmallInteger(), sa.Identity(always=True)'],
  [/^SMALLINT$/, () => 'sa.SmallInteger()'], [/^DOUBLE PRECISION$/, () => 'postgresql.DOUBLE_PRECISION()'], [/^DOUBLE$/, () => 'mysql.DOUBLE()'],
  [/^REAL$/, () => 'sa.REAL()'], [/^TIME$/, () => 'sa.Time()'], [/^BYTEA$/, () => 'sa.LargeBinary()'], [/^LONGBLOB$/, () => 'mysql.LONGBLOB()'],
  [/^BLOB$/, () => 'sa.BLOB()'],
  [/^BIGINT UNSIGNED$/, () => 'mysql.BIGINT(unsigned=True)'],
  [/^VARCHAR\((\d+)\)$/, (m) => `sa.String(${m[1]})`],
  [/^CHAR\((\d+)\)$/, (m) => `sa.CHAR(${m[1]})`],
  [/^(?:NUMERIC|DECIMAL)\((\d+),(\d+)\)$/, (m) => `sa.Numeric(${m[1]}, ${m[2]})`],
  [/^TEXT$/, () => 'sa.Text()'], [/^INT(?:EGER)?$/, () => 'sa.Integer()'], [/^BIGINT$/, () => 'sa.BigInteger()'],
  [/^BOOLEAN$/, () => 'sa.Boolean()'], [/^DATE$/, () => 'sa.Date()'], [/^TIMESTAMPTZ$/, () => 'sa.DateTime(timezone=True)'],
  [/^DATETIME$/, () => 'sa.DateTime()'], [/^TIMESTAMP$/, () => 'mysql.TIMESTAMP()'], [/^UUID$/, () => 'postgresql.UUID()'],
  [/^JSONB$/, () => 'postgresql.JSONB()'], [/^JSON$/, () => 'sa.JSON()'],
];

function saType(sqlType: string): string {
  for (const [re, fn] of TYPES) { const m = sqlType.match(re); if (m) return fn(m); }
  throw new Error(`SQLAlchemy: no type for SQL type ${sqlType}`);
}

const py = (s: string) => JSON.stringify(s);

function saColumn(f: OrmField, rels: OrmRelation[]): string {
  const fk = rels.find((r) => r.column === f.name);
  const args = [py(f.name), saType(f.sqlType)];
  if (fk) args.push(`sa.ForeignKey(${py(`${fk.refTable}.${fk.refColumn}`)}, name=${py(fk.name)}, ondelete=${py(fk.onDelete.toUpperCase())})`);
  if (f.pk) args.push('primary_key=True');
  if (f.identity) args.push('autoincrement=True');
  args.push(`nullable=${f.nullable ? 'True' : 'False'}`);
  if (f.defaultSql !== undefined) args.push(`server_default=sa.text(${py(f.defaultSql)})`);
  if (f.onUpdateNow) args.push('onupdate=sa.func.now()');
  return `sa.Column(${args.join(', ')})`;
}

/** The dialect modules the module's column types use. */
const dialectModules = (v: OrmView) => {
  const code = v.models.flatMap((m) => m.fields.map((f) => saType(f.sqlType))).join('\n');
  return ['mysql', 'postgresql'].filter((d) => code.includes(`${d}.`)).join(', ');
};

export const sqlalchemyHelpers = {
  saDialectImports: dialectModules,
  pyName,
  pyStr: py,
  saColumn: (f: OrmField, _table: string, rels: OrmRelation[]) => saColumn(f, rels),
  pyClass: (model: string, models: Named) => pyClass(model, models),
  pyClassNote,
  saRelation: (r: OrmRelation, name: string, models: Named) => {
    const [model, ref] = [pyClass(name, models), pyClass(r.refModel, models)];
    const args = [py(ref), `foreign_keys=${py(`${model}.${pyName(r.column)}`)}`, `back_populates=${py(pyName(r.backField))}`];
    if (r.refModel === name) args.push(`remote_side=${py(`${model}.${pyName(r.refColumn)}`)}`);
    return `orm.relationship(${args.join(', ')})`;
  },
  saBack: (b: OrmBackRelation, models: Named) => {
    const model = pyClass(b.model, models);
    const args = [py(model), `foreign_keys=${py(`${model}.${pyName(b.column)}`)}`, `back_populates=${py(pyName(b.relField))}`];
    if (!b.many) args.push('uselist=False');
    return `orm.relationship(${args.join(', ')})`;
  },
  saIndexWhere: (whereAlive: boolean) => (whereAlive ? ', postgresql_where=sa.text("deleted_at IS NULL"), sqlite_where=sa.text("deleted_at IS NULL")' : ''),
  pyList: (xs: string[]) => xs.map(py).join(', '),
};
