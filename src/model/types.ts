/** The language's column types: `string(n)`, `char(n)`, `decimal(p,s)`, `enum(a|b)` and the plain names. */
import type { ColType } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { guardText } from './guard.js';
import { refuseInvisible } from './invisible.js';
import { closest, didYouMean, slotWord, withWord } from './near.js';

export const TYPES = ['string', 'string(n)', 'char(n)', 'text', 'smallint', 'integer', 'bigint', 'decimal', 'decimal(p,s)',
  'float', 'boolean', 'date', 'time', 'datetime', 'uuid', 'json', 'binary', 'enum(a|b|c)', 'string(*)', 'varchar', 'jsonb', 'datetime(tz|local)',
  'inet', 'cidr', 'text[]', 'string(*)[]', 'citext'];

const PLAIN = ['text', 'smallint', 'integer', 'bigint', 'float', 'boolean', 'date', 'time', 'datetime', 'uuid', 'json', 'binary'] as const;
const MAX_LENGTH = 65535;
const ALIASES = ['varchar', 'jsonb', 'inet', 'cidr', 'text[]', 'varchar[]', 'citext'];

/** Does this slot look like a type (rather than a modifier)? */
export function isType(raw: string): boolean {
  const t = raw.trim().toLowerCase();
  return /^(string|char|decimal|enum|datetime)(\s*\(.*\))?(\[\])?$/s.test(t) || (PLAIN as readonly string[]).includes(t) || ALIASES.includes(t);
}

function size(raw: string, where: string, what: string, max = MAX_LENGTH): number {
  const n = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || n < 1 || n > max) fail(`${where}: ${what} needs a whole number from 1 to ${max}, got '${raw.trim()}'`);
  return n;
}

export function parseType(raw: string, where: string): ColType {
  const t = raw.trim();
  const m = /^enum\s*\((.*)\)$/is.exec(t);
  if (m) {
    const values = m[1].split('|').map((v) => refuseInvisible(where, 'enum value', guardText(where, 'enum value', v.trim()))).filter(Boolean);
    if (values.length === 0) fail(`${where}: enum() needs at least one value, e.g. enum(draft|published)`);
    if (new Set(values).size !== values.length) fail(`${where}: enum(${m[1]}) repeats a value`);
    return { kind: 'enum', values };
  }
  const v3 = parseTypeV3(t, where);
  if (v3) return v3;
  const sized = /^(string|char|decimal)\s*\(([^)]*)\)$/i.exec(t);
  if (sized) {
    const kind = sized[1].toLowerCase();
    const args = sized[2].split(',');
    if (kind === 'decimal') {
      if (args.length > 2) fail(`${where}: decimal takes (precision) or (precision, scale), e.g. decimal(10,2)`);
      const precision = size(args[0], where, 'decimal precision', 65);
      const scale = args.length === 2 && args[1].trim() === '0' ? 0 : args.length === 2 ? size(args[1], where, 'decimal scale', 30) : 0;
      if (scale > precision) fail(`${where}: decimal(${precision},${scale}) has more decimals than digits; scale must be at most precision`);
      return { kind: 'decimal', precision, scale };
    }
    if (args.length !== 1) fail(`${where}: ${kind}(n) takes one length, e.g. ${kind}(${kind === 'char' ? 3 : 100})`);
    return kind === 'char' ? { kind: 'char', length: size(args[0], where, 'char length', 255) } : { kind: 'string', length: size(args[0], where, 'string length') };
  }
  const lower = t.toLowerCase();
  if (lower === 'string') return { kind: 'string', length: 255 };
  if (lower === 'decimal') return { kind: 'decimal', precision: 18, scale: 2 };
  if ((PLAIN as readonly string[]).includes(lower)) return { kind: lower as (typeof PLAIN)[number] };
  return fail(`${where}: unknown type '${t}' (allowed: ${TYPES.join(', ')})${nearType(t)}`);
}

/**
 * Language v3 types (issue 16): string(*) / varchar (no length), jsonb (= json), datetime(tz) and datetime(local),
 * inet / cidr (VARCHAR(45) / VARCHAR(49) where the engine has no such type), text[] / string(*)[] (PostgreSQL arrays).
 */
function parseTypeV3(t: string, where: string): ColType | undefined {
  const low = t.toLowerCase().replace(/\s+/g, '');
  if (low === 'string(*)' || low === 'varchar') return { kind: 'text', varchar: true };
  if (low === 'jsonb') return { kind: 'json' };
  if (low === 'inet' || low === 'cidr') return { kind: 'string', length: low === 'inet' ? 45 : 49, net: low };
  if (low === 'citext') return { kind: 'text', ci: true };
  if (low === 'text[]') return { kind: 'text', array: true };
  if (low === 'string(*)[]' || low === 'varchar[]') return { kind: 'text', varchar: true, array: true };
  if (low.endsWith('[]')) fail(`${where}: ${t} is an array of a type arrays do not take here; text[] and string(*)[] are the arrays (or a json field)`);
  const dt = /^datetime\((.*)\)$/.exec(low);
  if (!dt) return undefined;
  if (dt[1] !== 'tz' && dt[1] !== 'local') fail(`${where}: datetime(${dt[1]}) is not datetime(tz) (with time zone) or datetime(local) (without)`);
  return { kind: 'datetime', local: dt[1] === 'local' };
}

/** An engine's name for a type the language spells otherwise (`timestamp` is written `datetime`). */
const SQL_NAMES: Readonly<Record<string, string>> = {
  timestamp: 'datetime', timestamptz: 'datetime(tz)', int: 'integer', int4: 'integer', int2: 'smallint', int8: 'bigint',
  tinyint: 'smallint', mediumint: 'integer', bool: 'boolean', numeric: 'decimal', money: 'decimal', real: 'float',
  double: 'float', float4: 'float', float8: 'float', blob: 'binary', bytea: 'binary', varbinary: 'binary',
  longtext: 'text', mediumtext: 'text', nvarchar: 'string', character: 'char',
};

/** `; did you mean 'string(80)'?` for a slip of a type's word (`strng(80)`) or an engine's name for it
 *  (`timestamp` → `datetime`, `numeric(10,2)` → `decimal(10,2)`, `varchar(80)` → `string(80)`), else ''. */
export function nearType(raw: string): string {
  const said = slotWord(raw).toLowerCase();
  if (said === 'varchar' && /\(/.test(raw)) return didYouMean(withWord(raw, 'string'));
  const sql = Object.hasOwn(SQL_NAMES, said) ? SQL_NAMES[said] : undefined;
  if (sql) return didYouMean(sql.includes('(') ? sql : withWord(raw, sql));
  const word = closest(said, [...new Set(TYPES.map((t) => t.replace(/\(.*$/, '')))]);
  return didYouMean(word && withWord(raw, word));
}

/** The type as the language writes it (reports, revise-types choices). */
export function typeText(t: ColType): string {
  switch (t.kind) {
    case 'string': return t.net ?? `${t.length === 255 ? 'string' : `string(${t.length})`}${t.ci ? ':ci' : ''}`;
    case 'char': return `char(${t.length})${t.ci ? ':ci' : ''}`;
    case 'decimal': return t.precision === 18 && t.scale === 2 ? 'decimal' : `decimal(${t.precision},${t.scale})`;
    case 'enum': return `enum(${t.values.join('|')})`;
    case 'text': return t.ci ? 'citext' : `${t.varchar ? 'string(*)' : 'text'}${t.array ? '[]' : ''}`;
    case 'datetime': return t.local === undefined ? 'datetime' : `datetime(${t.local ? 'local' : 'tz'})`;
    default: return t.kind;
  }
}

const INTS = ['smallint', 'integer', 'bigint', 'key'];
export const isInteger = (t: ColType) => INTS.includes(t.kind);
