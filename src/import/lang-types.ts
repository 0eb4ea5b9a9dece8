/**
 * A catalog column in the entity language's words: its natural type and its default, or nothing where
 * the language has no word (the column then takes the nearest type and the residue makes it exact).
 */
import type { CatColumn } from '../catalog/types.js';

const SAFE_ENUM = /^[A-Za-z0-9_ .-]+$/;

export function langType(c: CatColumn): string {
  const b = c.base.replace(/^"|"$/g, '');
  if (b.endsWith('[]')) return b === 'text[]' ? 'text[]' : b === 'character varying[]' ? 'string(*)[]' : 'text'; // PostgreSQL's arrays
  if (c.enumValues?.length && c.enumValues.every((v) => SAFE_ENUM.test(v)) && !/^set\b/.test(c.type)) {
    return `enum(${c.enumValues.join('|')})`;
  }
  if (/^(character varying|varchar|nvarchar|varying character|nchar varying)$/.test(b)) return c.length ? `string(${c.length})` : 'text';
  if (/^(character|char|nchar|native character)$/.test(b)) return `char(${c.length ?? 1})`;
  if (c.type === 'tinyint(1)' || /^(boolean|bool)$/.test(b)) return 'boolean';
  if (/^(smallint|tinyint|int2|year)$/.test(b)) return 'smallint';
  if (/^(integer|int|mediumint|int4)$/.test(b)) return 'integer';
  if (/^(bigint|int8)$/.test(b)) return 'bigint';
  if (/^(numeric|decimal)$/.test(b)) return c.precision ? `decimal(${c.precision},${c.scale ?? 0})` : 'decimal';
  if (/^(double precision|double|float|real|float8|float4)$/.test(b)) return 'float';
  if (b === 'date') return 'date';
  if (/^time( without time zone)?$/.test(b)) return 'time';
  if (/^(timestamp|datetime)/.test(b)) return 'datetime';
  if (b === 'uuid') return 'uuid';
  if (/^jsonb?$/.test(b)) return 'json';
  if (b === 'inet' || b === 'cidr' || b === 'citext') return b; // citext: the baseline creates the extension first
  if (/^(bytea|blob|tinyblob|mediumblob|longblob|binary|varbinary)$/.test(b)) return 'binary';
  return 'text';
}

/** Casts PostgreSQL adds to a stored default (`'AB'::text`, `(0)::numeric(4,2)`), outside quoted text. */
const CAST = /::(?:"[^"]+"|[a-z_][\w ]*?)(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])?(?=[\s),+\-*/%|]|$)/g;

/** An expression default as the engine shows it → `expr(…)` of the language (defaults.ts checks it: constants,
 *  arithmetic, length lower upper trim abs coalesce); undefined when there is nothing to try. */
export function exprDefault(c: CatColumn): string | undefined {
  const d = (c.default ?? '').trim();
  if (!d || c.identity || c.generated || /\bnextval\s*\(/i.test(d)) return undefined;
  const numbers = d.replace(/'(-?\d+(?:\.\d+)?)'::(?:integer|bigint|smallint|numeric|real|double precision)\b/g, '$1'); // abs('-2'::integer)
  const text = numbers.replace(/'(?:[^']|'')*'|[^']+/g, (m) => (m.startsWith("'") ? m : m.replace(CAST, '')));
  return /[:;\u0000-\u001f]/.test(text.replace(/'(?:[^']|'')*'/g, '')) ? undefined : `expr(${text})`;
}

const quoteText = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The engine's default text → `default(…)` of the language, or undefined (the residue sets it). */
export function langDefault(c: CatColumn, type: string): string | undefined {
  let d = (c.default ?? '').trim();
  if (!d) return undefined;
  if (/^null(::[\w\s]+)?$/i.test(d)) return 'null';
  if (/^(now\(\)|current_timestamp(\(\))?|localtimestamp)$/i.test(d)) return /^(datetime|timestamp)$/.test(type) ? 'now' : undefined;
  if (/^(current_date|curdate\(\))$/i.test(d)) return type === 'date' ? 'today' : undefined;
  if (/^(gen_random_uuid\(\)|uuid\(\))$/i.test(d)) return type === 'uuid' ? 'uuid' : undefined;
  d = d.replace(/^\((.*)\)$/s, '$1');
  const cast = /^('(?:[^']|'')*'|-?\d+(?:\.\d+)?)::[\w\s."]+(?:\[\])?$/s.exec(d);
  if (cast) d = cast[1];
  if (/^(true|false)$/i.test(d)) return type === 'boolean' ? d.toLowerCase() : undefined;
  if (type === 'boolean' && /^'?[01]'?$/.test(d)) return d.includes('1') ? 'true' : 'false';
  if (/^-?\d+(\.\d+)?$/.test(d)) return /^(smallint|integer|bigint|float|decimal)/.test(type) ? d : undefined;
  const str = /^'((?:[^']|'')*)'$/s.exec(d);
  if (!str) return undefined;
  const text = str[1].replace(/''/g, "'");
  if (type.startsWith('enum(')) return SAFE_ENUM.test(text) ? text : undefined;
  if (/^(smallint|integer|bigint|float|decimal)/.test(type) && /^-?\d+(\.\d+)?$/.test(text)) return text;
  if (/[\u0000-\u001f]/.test(text)) return undefined;
  return /^(string|char|text|json)/.test(type) ? quoteText(text) : undefined; // json, an array: checked as the column's
}
