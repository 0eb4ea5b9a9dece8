/**
 * Text that reaches SQL (names, enum values, defaults, CHECK expressions, seed values) is checked here,
 * at parse time: control characters (C0, DEL, C1), bidirectional overrides and isolates, line/paragraph
 * separators, a byte-order mark and unpaired surrogates are refused in one line naming the field.
 * A NUL would end a line for `psql -f` mid-literal and flip the quoting; bidi controls make the text
 * read differently from what the engine runs. Newlines and tabs are allowed only where the caller says so.
 */
import { fail } from './errors.js';

/** Every character refused anywhere (tab and LF checked separately; CR always: the sqlite3 client drops it before LF). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const LINE = /[\t\n]/;

export interface GuardOptions {
  /** Allow tab and LF (free text such as a seed value or the app description); default false. */
  lines?: boolean;
}

/** U+XXXX of a code unit. */
export const codePoint = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The text as the user can read it in one line: escapes for what is not printable, cut at 40 characters. */
export function shown(text: string): string {
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const printable = /[\x20-\x7E\u00A0-\u061B\u061D-\u200D\u2010-\u2027\u202F-\u2065\u206A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFF\u{10000}-\u{10FFFF}]/u;
  return `"${[...cut].map((c) => (c === '\\' || c === '"' ? `\\${c}` : printable.test(c) ? c
    : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('')}"`;
}

/** The first refused character of `text`, or undefined when it is clean. */
export function refusedChar(text: string, opts: GuardOptions = {}): string | undefined {
  const m = CONTROL.exec(text) ?? (opts.lines ? null : LINE.exec(text));
  return m ? m[0] : undefined;
}

/**
 * Refuse `text` (a `what` at `where`, e.g. where `entities line 2 (Post) field 'status'`, what `enum value`)
 * when it holds a control character. Returns the text unchanged, so calls can wrap a value.
 */
export function guardText(where: string, what: string, text: string, opts: GuardOptions = {}): string {
  const bad = refusedChar(text, opts);
  if (bad === undefined) return text;
  const kind = /[\uD800-\uDFFF]/.test(bad) ? 'an unpaired surrogate' : /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(bad)
    ? 'a bidirectional control character' : 'a control character';
  return fail(`${where}: ${what} ${shown(text)} contains ${kind} (${codePoint(bad)}); use printable text`);
}

/** Every string inside a JSON-like value (answers from a spec), each checked with its key path. */
export function guardStrings(where: string, value: unknown, opts: (path: string) => GuardOptions = () => ({})): void {
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') guardText(where, path || 'value', v, opts(path));
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(value, '');
}
