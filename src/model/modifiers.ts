/** Field modifiers after the type, in any order: optional unique index pk default(v) check(expr) ref(Entity[, action]). */
import type { Field } from '../state/model-schema.js';
import { OnDelete } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { parseDefault } from './defaults.js';
import { entityName } from './naming.js';
import { guardText } from './guard.js';
import { closest, didYouMean, slotWord, withWord } from './near.js';
import { applyModifierV3, CALLS_V3, MODIFIERS_V3, WORDS_V3 } from './modifiers-v3.js';

export const MODIFIERS = ['optional', 'unique', 'index', 'pk', 'default(v)', 'check(expr)', 'ref(Entity[, cascade|set-null|restrict|no-action])', ...MODIFIERS_V3, 'nonneg', 'email'];

const WORDS = ['optional', 'unique', 'index', 'pk', 'nonneg', 'email', ...WORDS_V3];
const CALLS = ['default', 'check', 'ref', ...CALLS_V3];

/** Does this slot look like a modifier (so the type is inferred from the name)? */
export const isModifier = (raw: string) => WORDS.includes(raw.trim().toLowerCase()) || CALLS.includes(call(raw)?.[1].toLowerCase() ?? '');

const call = (raw: string) => /^([a-z-]+)\s*\((.*)\)$/is.exec(raw.trim());

/** Apply one modifier to `f`; `given.default` records an explicit default (optional then keeps it). */
export function applyModifier(f: Field, raw: string, where: string, given: { default: boolean }): void {
  const mod = raw.trim().toLowerCase();
  const m = call(raw);
  const fn = m?.[1].toLowerCase();
  if (applyModifierV3(f, raw, where, given)) return;
  if (mod === 'unique') f.unique = true;
  else if (mod === 'index') f.index = true;
  else if (mod === 'optional') f.nullable = true;
  else if (mod === 'pk') f.pk = true;
  else if (mod === 'nonneg' || mod === 'email') addRule(f, mod, where);
  else if (fn === 'default') {
    if (given.default) fail(`${where}: two defaults; give one default(v)`);
    f.default = parseDefault(guardText(where, 'default', m![2]), f.ref ? { kind: 'key' } : f.type, where);
    given.default = true;
  } else if (fn === 'check') {
    if (f.check) fail(`${where}: two check(…) modifiers; join them with AND in one check(…)`);
    if (!m![2].trim()) fail(`${where}: check() is empty; write a boolean SQL expression, e.g. check(price >= 0)`);
    f.check = guardText(where, 'check', m![2].trim());
  } else if (fn === 'ref') f.ref = parseRef(m![2], where);
  else fail(`${where}: unknown modifier '${raw.trim()}' (allowed: ${MODIFIERS.join(', ')})${nearModifier(raw)}`);
}

/** `nonneg` (CHECK >= 0) on a number, `email` (CHECK LIKE '%@%') on a string: the checks a click adds, said in words. */
function addRule(f: Field, rule: 'nonneg' | 'email', where: string): void {
  const ok = rule === 'email' ? ['string', 'char', 'text'].includes(f.type.kind) : ['smallint', 'integer', 'bigint', 'decimal', 'float'].includes(f.type.kind);
  if (!ok) fail(`${where}: ${rule} goes with ${rule === 'email' ? 'a string type' : 'a number type'}, not ${f.type.kind}`);
  if (!f.checks.includes(rule)) f.checks.push(rule);
}

/** `; did you mean 'optional'?` for a slip of a modifier's word (`optinal`, `defualt(0)`), else ''. */
export function nearModifier(raw: string): string {
  const word = closest(slotWord(raw), [...WORDS, ...CALLS]);
  return didYouMean(word && withWord(raw, word));
}

function parseRef(body: string, where: string): NonNullable<Field['ref']> {
  const [target, action, ...more] = body.split(',').map((s) => s.trim());
  if (!target || more.length) fail(`${where}: ref(${body}) takes an entity and an optional action, e.g. ref(Language, set-null)`);
  if (!/^[A-Za-z][A-Za-z0-9_ -]*$/.test(target)) fail(`${where}: ref(${body}): '${target}' is not an entity name`);
  if (action === undefined) return { entity: entityName(target) };
  const onDelete = OnDelete.safeParse(action.toLowerCase());
  if (!onDelete.success) fail(`${where}: ref(${body}): unknown action '${action}' (allowed: ${OnDelete.options.join(', ')})`);
  return { entity: entityName(target), onDelete: onDelete.data };
}

/** Rules that need every modifier: an inferred now-default goes with optional, default(null) needs optional, … */
export function finishField(f: Field, where: string, explicitDefault: boolean): Field {
  if (f.ref && f.reason !== 'typed') {
    f.type = { kind: 'key' };
    f.reason = `ref(${f.ref.entity}) → the key type of ${f.ref.entity}`;
    if (!explicitDefault) delete f.default;
    f.checks = [];
  }
  if (f.nullable && f.default?.kind === 'now' && !explicitDefault) delete f.default;
  if (f.default?.kind === 'null' && !f.nullable) fail(`${where}: default(null) needs optional (a NOT NULL column cannot default to NULL)`);
  if (f.pk && f.nullable) fail(`${where}: a primary key column cannot be optional; drop optional or pk`);
  if (f.ref?.onDelete === 'set-null') f.nullable = true;
  if (f.unique && f.index) f.index = false;
  if (f.pk && (f.type.kind === 'json' || f.type.kind === 'binary' || f.type.kind === 'text')) {
    fail(`${where}: a ${f.type.kind} column cannot be a primary key; use string(n), char(n), uuid or an integer type`);
  }
  return f;
}
