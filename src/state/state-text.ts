/**
 * Text in db/design.json is printed (reports, previews, errors), and a branch can bring the file: a string
 * holding a terminal escape or another control character (tab, LF and CR aside: entity lines from a CRLF
 * spec keep their CR), a bidirectional control or a line separator is refused in one line naming where.
 */
import { fail } from '../base/errors.js';
import { codePoint, shown } from '../base/guard.js';

const BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** Whether the JSON `text` may hold such a string: raw, or escaped (\\b, \\f, \\u…); when not, no walk is needed. */
export const mayHoldControl = (text: string): boolean => BAD.test(text) || /\\[bfu]/.test(text);

export function guardStateText(file: string, value: unknown): void {
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      const m = BAD.exec(v);
      if (m) fail(`${file}: ${path || 'value'} ${shown(v)} contains a control character (${codePoint(m[0])}); fix it or restore it from git`);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(value, '');
}
