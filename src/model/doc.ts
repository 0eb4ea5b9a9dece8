/** `doc('text')` on a field and `@doc('text')` on an entity (issue 16): one quoted line ('' for a quote), at most 1024 characters. */
import { fail } from '../base/errors.js';
import { guardText } from './guard.js';

/** The text of `doc(…)` / `@doc(…)`: `body` is what stands inside the parentheses. */
export function parseDoc(body: string, where: string, what: string): string {
  const v = body.trim();
  if (!/^'([^']|'')*'$/s.test(v)) fail(`${where}: ${what}(${v}) takes one quoted text, e.g. ${what}('Who lent the tool; NULL while it is out')`);
  const text = guardText(where, what, v.slice(1, -1).replace(/''/g, "'")).trim();
  if (!text) fail(`${where}: ${what}('') is empty; say what the ${what === '@doc' ? 'table' : 'column'} holds, or leave it out`);
  if (text.length > 1024) fail(`${where}: ${what}(…) is ${text.length} characters; keep it to 1024 (MySQL's limit for a column comment)`);
  return text;
}
