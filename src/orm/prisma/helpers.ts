/**
 * Handlebars helpers of schema.prisma: Prisma scalar, native type (read from the column's SQL type, so the
 * dialect's own choice is kept), attributes. Stateless: the dialect comes from the data (@root.dialect).
 */
import { pascalCase } from 'change-case';
import { isNumericType } from '../../model/values.js';
import type { DialectId } from '../../dialects/dialect.js';
import type { OrmField } from '../view.js';

const PROVIDER: Record<DialectId, string> = { postgres: 'postgresql', mysql: 'mysql', sqlite: 'sqlite' };

const SCALAR: Record<string, string> = {
  key: 'BigInt', string: 'String', char: 'String', text: 'String', uuid: 'String', smallint: 'Int', integer: 'Int', bigint: 'BigInt',
  decimal: 'Decimal', float: 'Float', boolean: 'Boolean', date: 'DateTime', time: 'DateTime', datetime: 'DateTime', timestamp: 'DateTime',
  json: 'Json', binary: 'Bytes',
};

/** SQL type → @db attribute where it differs from Prisma's default for the scalar. */
const NATIVE: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^VARCHAR\((\d+)\)$/, (m) => `VarChar(${m[1]})`],
  [/^CHAR\((\d+)\)$/, (m) => `Char(${m[1]})`],
  [/^(?:NUMERIC|DECIMAL)\((\d+),(\d+)\)$/, (m) => `Decimal(${m[1]}, ${m[2]})`],
  [/^TIMESTAMPTZ$/, () => 'Timestamptz(6)'], [/^TIMESTAMP WITHOUT TIME ZONE$/, () => 'Timestamp(6)'], [/^VARCHAR$/, () => 'VarChar'],
  [/^DATE$/, () => 'Date'],
  [/^UUID$/, () => 'Uuid'], [/^INET$/, () => 'Inet'], [/^CITEXT$/, () => 'Citext'],
  [/^BIGINT UNSIGNED$/, () => 'UnsignedBigInt'], [/^INT UNSIGNED$/, () => 'UnsignedInt'], [/^SMALLINT UNSIGNED$/, () => 'UnsignedSmallInt'],
  [/^SMALLINT$/, () => 'SmallInt'],
  [/^TIME$/, () => 'Time'],
];
const MYSQL_ONLY: [RegExp, string][] = [[/^TEXT$/, 'Text'], [/^DATETIME$/, 'DateTime(0)'], [/^TIMESTAMP$/, 'Timestamp(0)'], [/^LONGBLOB$/, 'LongBlob']];

// Prisma's scalar type names cannot name a model
const RESERVED = new Set(['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes', 'Unsupported']);
const modelOf = (name: string) => (RESERVED.has(name) ? `${name}Model` : name);

export const enumMember = (v: string) => {
  const id = v.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(id) ? id : `v_${id}`;
};

/** The members of an enum, in order: two values that map to one identifier (`a b`, `a_b`) get `_2`, `_3`, … */
export function enumMembers(values: string[]): string[] {
  const taken = new Set<string>();
  return values.map((v) => {
    let m = enumMember(v);
    for (let i = 2; taken.has(m); i++) m = `${enumMember(v)}_${i}`;
    taken.add(m);
    return m;
  });
}

/** A member line: the identifier, the value it maps (when not the same), a note when it was renamed apart. */
function memberLine(v: string, values: string[]): string {
  const m = enumMembers(values)[values.indexOf(v)];
  const map = m === v ? '' : ` @map(${JSON.stringify(v)})`;
  const twin = m === enumMember(v) ? undefined : values.find((x) => x !== v && enumMember(x) === enumMember(v));
  return `${m}${map}${twin === undefined ? '' : ` // renamed: ${JSON.stringify(twin)} maps to ${enumMember(v)} too`}`;
}

function nativeType(f: OrmField, dialect: DialectId): string {
  if (dialect === 'sqlite' || f.enumName) return '';
  const sql = f.sqlType.replace(/ GENERATED (ALWAYS|BY DEFAULT) AS IDENTITY$/, '').replace(/^(SMALL|BIG)?SERIAL$/, (_m, w: string | undefined) => `${w ?? ''}INT`)
    .replace(/^INT$/, 'INTEGER');
  for (const [re, fn] of NATIVE) { const m = sql.match(re); if (m) return ` @db.${fn(m)}`; }
  if (dialect === 'mysql') for (const [re, t] of MYSQL_ONLY) if (re.test(sql)) return ` @db.${t}`;
  return '';
}

const DB_GENERATED = new Set(['date', 'time', 'datetime', 'timestamp', 'binary', 'json']);

function defaultAttr(f: OrmField): string {
  if (f.identity) return ' @default(autoincrement())';
  const d = f.default;
  if (!d || d.kind === 'null' || !f.defaultSql) return '';
  if (d.kind === 'now' && f.type.kind !== 'time') return ' @default(now())';
  if (d.kind !== 'value' || DB_GENERATED.has(f.type.kind)) return ` @default(dbgenerated(${JSON.stringify(f.defaultSql)}))`;
  if (f.enumName && f.type.kind === 'enum') return ` @default(${enumMembers(f.type.values)[f.type.values.indexOf(String(d.value))]})`;
  const digits = typeof d.value === 'string' && isNumericType(f.type); // a number kept as its text (issue 21)
  return ` @default(${typeof d.value === 'string' && !digits ? JSON.stringify(d.value) : String(d.value)})`;
}

/** A nullable text[]: the database takes NULL, a Prisma list cannot be optional, so the file says so. */
const listNote = (f: OrmField) => (f.type.kind === 'text' && f.type.array && f.nullable
  ? ' // NULL allowed in the database; a Prisma list cannot be optional (NULL reads as an empty list)' : '');

export const prismaHelpers = {
  prismaProvider: (dialect: DialectId) => PROVIDER[dialect],
  prismaModel: modelOf,
  prismaType: (f: OrmField, dialect: DialectId) => {
    const scalar = f.enumName ?? (f.identity && dialect === 'sqlite' ? 'Int' : f.type.kind === 'key' && dialect === 'sqlite' ? 'Int' : SCALAR[f.type.kind]);
    return `${scalar}${f.type.kind === 'text' && f.type.array ? '[]' : f.nullable ? '?' : ''}`; // a list is never optional
  },
  prismaAttrs: (f: OrmField, dialect: DialectId) =>
    `${f.pk ? ' @id' : ''}${f.unique && !f.pk ? ' @unique' : ''}${defaultAttr(f)}${f.onUpdateNow ? ' @updatedAt' : ''}${f.prop === f.name ? '' : ` @map("${f.name}")`}${nativeType(f, dialect)}${listNote(f)}`,
  prismaAction: (onDelete: string) => pascalCase(onDelete), // 'set null' → SetNull, 'no action' → NoAction
  prismaEnumMember: memberLine,
  prismaList: (xs: string[]) => xs.join(', '),
};
