/**
 * The stricter reader's line rules (issue 16): a line whose `:` is glued to a second word of the name
 * (`Loan due:date`) would read as entity "Loan due" with a field "date"; it is refused in one line with
 * the form meant (`Loan: due:date`).
 */
import { fail } from '../base/errors.js';
import { splitTop } from './split.js';
import { isType } from './types.js';
import { isModifier } from './modifiers.js';

export function assertEntityHead(line: string, head: string, body: string, where: string): void {
  const words = head.trim().split(/\s+/);
  if (words.length < 2 || /\s$/.test(head) || /^\s/.test(body)) return;
  const first = splitTop(splitTop(body, ',')[0] ?? '', ':')[0]?.trim() ?? '';
  if (!first || !(isType(first) || isModifier(first))) return;
  const name = words.slice(0, -1).join(' ');
  const fix = `${name}: ${words.at(-1)}:${body.trim()}`;
  fail(`${where}: '${line.length > 40 ? `${line.slice(0, 40)}…` : line}' has no ':' after the entity name ` +
    `(it would read as entity '${head.trim()}' with a field '${first}'); write '${fix.length > 60 ? `${fix.slice(0, 60)}…` : fix}'`);
}
