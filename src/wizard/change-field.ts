/** db-change by clicks on one field: its checks (at least 0, an email shape; a check dropped) and an enum's
 *  values (one added, removed or renamed: the new type as the language writes it). */
import type { CheckRule, Field } from '../state/model-schema.js';
import type { Edit } from '../model/edit.js';
import { line, select, type Inquirer } from './io.js';

const c = (value: string, label: string, hint: string) => ({ value, label, hint });
const NUMBERS = ['smallint', 'integer', 'bigint', 'decimal', 'float'];
const enumValue = (taken: string[]) => (v: string) =>
  !/^[A-Za-z0-9_][A-Za-z0-9_ .-]*$/.test(v.trim()) ? 'letters, digits, _ . - and spaces (not first)'
    : taken.includes(v.trim()) ? `${v.trim()} is a value already` : true;

/** The checks a field can get by a click, and those it has that can go. */
export async function askChecks(inq: Inquirer, entity: string, f: Field): Promise<Edit> {
  const has = (r: CheckRule) => f.checks.includes(r);
  const offers = [
    ...(NUMBERS.includes(f.type.kind) && !has('nonneg') ? [c('+nonneg', 'Add: at least 0', 'CHECK (value >= 0)')] : []),
    ...(f.type.kind === 'string' && !has('email') ? [c('+email', 'Add: looks like an email', "CHECK (value LIKE '%@%')")] : []),
    ...(has('nonneg') ? [c('-nonneg', 'Drop: at least 0', 'the rows may hold negative numbers after it')] : []),
    ...(has('email') ? [c('-email', 'Drop: looks like an email', 'any text after it')] : []),
    ...(f.check ? [c('-expr', `Drop: check(${f.check})`, 'the rule goes; the rows stay')] : []),
  ];
  if (!offers.length) offers.push(c('none', 'Nothing to add or drop', `${f.type.kind} takes no click check`));
  const pick = await select(inq, 'check', `Checks of ${entity}.${f.name}`, offers);
  const rule = pick.slice(1) as CheckRule;
  if (pick === 'none') return { kind: 'checks', entity, field: f.name, checks: f.checks, check: f.check };
  if (pick === '-expr') return { kind: 'checks', entity, field: f.name, checks: f.checks.filter((x) => x !== 'expr') };
  const checks = pick.startsWith('+') ? [...f.checks, rule] : f.checks.filter((x) => x !== rule);
  return { kind: 'checks', entity, field: f.name, checks, check: f.check };
}

/** One enum value added, removed or renamed: the new `enum(a|b)` type, and for a rename the old → new pair. */
export async function askEnum(inq: Inquirer, entity: string, f: Field): Promise<{ type: string; rename?: [string, string] }> {
  const values = f.type.kind === 'enum' ? f.type.values : [];
  const how = await select(inq, 'enum', `Values of ${entity}.${f.name}: ${values.join(', ')}`, [
    c('add', 'Add a value', 'the rows keep theirs'),
    ...values.map((v) => c(`rename:${v}`, `Rename ${v}`, 'the rows that hold it get the new name')),
    ...(values.length > 1 ? values.map((v) => c(`drop:${v}`, `Remove ${v}`, 'rows that hold it stop the migration')) : []),
  ]);
  const typed = (message: string) => line(inq, 'value', message, enumValue(values)).then((v) => v.trim());
  const type = (list: string[]) => `enum(${list.join('|')})`;
  if (how === 'add') return { type: type([...values, await typed('New value')]) };
  if (how.startsWith('rename:')) {
    const old = how.slice('rename:'.length);
    const to = await typed(`New name for ${old}`);
    return { type: type(values.map((x) => (x === old ? to : x))), rename: [old, to] };
  }
  return { type: type(values.filter((x) => x !== how.slice('drop:'.length))) };
}
