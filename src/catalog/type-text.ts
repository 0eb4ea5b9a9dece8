/** Splits an engine's type text into base and size: `numeric(4,2)` → numeric, precision 4, scale 2. */
import type { CatColumn } from './types.js';

type Sized = Pick<CatColumn, 'base' | 'length' | 'precision' | 'scale' | 'unsigned'>;

const PRECISION = /^(numeric|decimal|dec|fixed|float|double|real|time|timestamp|datetime|interval)\b/;
const LENGTH = new RegExp('^(character varying|varchar|character|char|nchar|nvarchar|varying character'
  + '|native character|bit varying|bit|binary|varbinary|varbit)\\b');

export function sizeOf(type: string): Sized {
  const t = type.toLowerCase().trim();
  const m = /^([^(]*?)\s*\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)(.*)$/.exec(t);
  const unsigned = /\bunsigned\b/.test(t) ? { unsigned: true } : {};
  if (!m || /^(enum|set)\b/.test(t)) {
    return { base: t.replace(/\s*\(.*$/, '').replace(/\s+unsigned.*$/, ''), ...unsigned };
  }
  const rest = m[4].replace(/\bunsigned\b|\bzerofill\b/g, '').trim();
  const base = rest ? `${m[1]} ${rest}` : m[1];
  const a = Number(m[2]);
  if (PRECISION.test(m[1])) {
    return { base, precision: a, ...(m[3] !== undefined ? { scale: Number(m[3]) } : {}), ...unsigned };
  }
  if (LENGTH.test(m[1])) return { base, length: a, ...unsigned };
  return { base, ...unsigned }; // display widths (int(11)) carry no size
}

/** `enum('a','b''c')` → ['a', "b'c"] */
export function enumValuesOf(type: string): string[] | undefined {
  const m = /^(?:enum|set)\s*\((.*)\)$/is.exec(type.trim());
  if (!m) return undefined;
  const out: string[] = [];
  const re = /'((?:[^']|'')*)'/g;
  for (let x = re.exec(m[1]); x; x = re.exec(m[1])) out.push(x[1].replace(/''/g, "'"));
  return out;
}
