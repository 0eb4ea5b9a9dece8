/**
 * A live catalog's column, FK action and CHECK in the design model's words (what `--adopt` and `--revert` take
 * from the live database): undefined where the model has no word for it (the caller names it as not written).
 */
import type { CatColumn, FkAction } from '../catalog/types.js';
import type { ColType, Default, Field, OnDelete } from '../state/model-schema.js';

/** The design type of a column as an engine's catalog shows it; undefined when there is none that fits. */
export function typeOf(c: CatColumn): ColType | undefined {
  const b = c.base.toLowerCase();
  if (/^(character varying|varchar|nvarchar)$/.test(b)) return { kind: 'string', length: c.length ?? 255 };
  if (/^(character|char|bpchar|nchar)$/.test(b)) return { kind: 'char', length: c.length ?? 1 };
  if (/^(text|mediumtext|longtext|tinytext|clob)$/.test(b)) return { kind: 'text' };
  if (b === 'tinyint' && /\(1\)/.test(c.type)) return { kind: 'boolean' };
  if (/^(boolean|bool)$/.test(b)) return { kind: 'boolean' };
  const u = c.unsigned ? { unsigned: true } : {};
  if (/^(smallint|int2)$/.test(b)) return { kind: 'smallint', ...u };
  if (/^(integer|int|int4|mediumint)$/.test(b)) return { kind: 'integer', ...u };
  if (/^(bigint|int8)$/.test(b)) return { kind: 'bigint', ...u };
  if (/^(numeric|decimal)$/.test(b)) return { kind: 'decimal', precision: c.precision ?? 12, scale: c.scale ?? 2 };
  if (/^(real|double precision|double|float|float4|float8)$/.test(b)) return { kind: 'float' };
  if (b === 'date') return { kind: 'date' };
  if (/^time\b/.test(b)) return { kind: 'time' };
  if (/^(timestamp with time zone|timestamptz)$/.test(b)) return { kind: 'timestamp' };
  if (/^(timestamp|timestamp without time zone|datetime)$/.test(b)) return { kind: 'datetime' };
  if (b === 'uuid') return { kind: 'uuid' };
  if (/^jsonb?$/.test(b)) return { kind: 'json' };
  if (b === 'inet' || b === 'cidr') return { kind: 'string', length: b === 'inet' ? 45 : 49, net: b };
  if (/^(bytea|blob|binary|varbinary|longblob)$/.test(b)) return { kind: 'binary' };
  return undefined;
}

/** A plain literal default ('x', 42, true) as the design writes it; null: none; undefined: one the model cannot say. */
export function defaultOf(c: CatColumn): Default | null | undefined {
  const v = c.default?.replace(/::[a-z ]+(\(\d+\))?$/i, '').replace(/^\((.*)\)$/, '$1').trim();
  if (!v || /^null$/i.test(v)) return null;
  if (/^-?\d+(\.\d+)?$/.test(v)) return { kind: 'value', value: Number(v) };
  if (/^'(?:[^']|'')*'$/.test(v)) return { kind: 'value', value: v.slice(1, -1).replace(/''/g, "'") };
  if (/^(true|false)$/i.test(v)) return { kind: 'value', value: v.toLowerCase() === 'true' };
  return undefined;
}

/** A field for a column the live database has; undefined when its type, default or collation has no word in it. */
export function fieldOf(c: CatColumn): Field | undefined {
  const type = typeOf(c); const def = defaultOf(c);
  if (!type || def === undefined || c.generated || c.identity || c.collation) return undefined;
  const f: Field = { name: c.name, type, nullable: c.nullable, unique: false, index: false, checks: [], reason: 'adopted from the live database' };
  if (def) f.default = def;
  if (c.comment) f.doc = c.comment;
  return f;
}

const ACTIONS: Record<FkAction, OnDelete | undefined> = {
  'no action': 'no-action', restrict: 'restrict', cascade: 'cascade', 'set null': 'set-null', 'set default': undefined,
};
export const onDeleteOf = (a: FkAction): OnDelete | undefined => ACTIONS[a];

/** The values of `col IN ('a', 'b')` as each engine gives a CHECK back (PostgreSQL: `= ANY (ARRAY['a'::text, …])`). */
export function enumValuesOf(expr: string): string[] | undefined {
  const list = /\bIN\s*\(([^)]*)\)|ANY\s*\(\s*(?:\(\s*)?ARRAY\s*\[([^\]]*)\]/i.exec(expr);
  const body = list?.[1] ?? list?.[2];
  if (!body) return undefined;
  const values = [...body.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'"));
  return values.length ? values : undefined;
}

/** The column a table CHECK reads first (the model keeps a CHECK on a field). */
export const checkColumnOf = (expr: string, columns: string[]): string | undefined =>
  columns.find((c) => new RegExp(`(^|[^A-Za-z0-9_])[\`"]?${c}[\`"]?([^A-Za-z0-9_]|$)`).test(expr.replace(/'(?:[^']|'')*'/g, "''")));

/** An expression as the engine gives it back, in the words the design takes: PostgreSQL's casts and the parentheses it puts round a column dropped. */
export const exprOf = (s: string): string => {
  let x = s.replace(/[`"]([A-Za-z_][A-Za-z0-9_]*)[`"]/g, '$1').replace(/::[a-z_]+( [a-z_]+)*(\[\])?(\(\d+(,\s*\d+)?\))?/gi, '');
  for (let prev = ''; prev !== x;) { prev = x; x = x.replace(/(^|[^\w])\(([`"]?\w+[`"]?)\)/g, '$1$2'); }
  return x.trim();
};
