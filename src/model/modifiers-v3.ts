/**
 * Language v3 field modifiers (issue 16): `auto` (updated_at kept current whatever @timestamps says),
 * the key's generation — `identity(always|by-default)`, `serial`, `autoincrement` — and `default(none)`
 * (no default, not even an inferred one).
 */
import type { Field } from '../state/model-schema.js';
import { IdentityKind } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { parseDoc } from './doc.js';
import { checkTableIdent } from './naming.js';
import { applyCollate } from './collate.js';

export const MODIFIERS_V3 = ['auto', 'identity(always|by-default)', 'serial', 'autoincrement', 'default(none)', "doc('text')", 'unsigned', 'ci', 'column(Name)', 'collate(name)'];
export const WORDS_V3 = ['auto', 'serial', 'autoincrement', 'unsigned', 'ci'];
export const CALLS_V3 = ['identity', 'doc', 'column', 'collate'];

/** Fields whose default was removed by default(none): nothing infers one again. */
export const NO_DEFAULT = new WeakSet<Field>();

/** Apply a v3 modifier; false when `raw` is none of them. */
export function applyModifierV3(f: Field, raw: string, where: string, given: { default: boolean }): boolean {
  const doc = /^doc\s*\((.*)\)$/is.exec(raw.trim());
  if (doc) {
    if (f.doc) fail(`${where}: two doc(…) modifiers; give one`);
    f.doc = parseDoc(doc[1], where, 'doc');
    return true;
  }
  const col = /^column\s*\((.*)\)$/is.exec(raw.trim());
  if (col) {
    if (f.column) fail(`${where}: two column(…) modifiers; give one`);
    f.column = checkTableIdent(col[1].trim(), `${where} column`);
    return true;
  }
  if (applyCollate(f, raw, where)) return true;
  const mod = raw.trim().toLowerCase().replace(/\s+/g, '');
  if (mod === 'default(none)') {
    if (given.default) fail(`${where}: two defaults; give one default(v)`);
    delete f.default;
    NO_DEFAULT.add(f);
    given.default = true;
    return true;
  }
  if (mod === 'unsigned') {
    const t = f.type;
    if (t.kind !== 'smallint' && t.kind !== 'integer' && t.kind !== 'bigint') {
      fail(`${where}: unsigned goes with smallint, integer or bigint (e.g. ${f.name}:integer:unsigned), not ${f.reason === 'typed' ? t.kind : 'an inferred type'}`);
    }
    f.type = { ...t, unsigned: true };
    if (!f.checks.includes('nonneg')) f.checks.push('nonneg'); // PostgreSQL and SQLite have no unsigned type: the CHECK holds the promise
    return true;
  }
  if (mod === 'ci') {
    const t = f.type;
    if ((t.kind !== 'string' && t.kind !== 'char' && t.kind !== 'text') || (t.kind === 'string' && t.net) || (t.kind === 'text' && t.array)) {
      fail(`${where}: ci (case-insensitive) goes with string(n), char(n) or text (e.g. ${f.name}:string(320):ci, or ${f.name}:citext)`);
    }
    f.type = { ...t, ci: true };
    // citext has no length: the CHECK keeps string(n)'s promise on PostgreSQL (and says it again elsewhere)
    if (t.kind !== 'text' && !f.checks.includes('length')) f.checks.push('length');
    return true;
  }
  if (mod === 'auto') {
    if (f.name !== 'updated_at') fail(`${where}: auto keeps updated_at current on every update; it belongs on updated_at (for other columns use default(now))`);
    f.onUpdateNow = true;
    return true;
  }
  const kind = mod === 'serial' || mod === 'autoincrement' ? mod : /^identity\((.*)\)$/.exec(mod)?.[1];
  if (kind === undefined) return false;
  const k = IdentityKind.safeParse(kind);
  if (!k.success || (kind !== mod && (k.data === 'serial' || k.data === 'autoincrement'))) {
    fail(`${where}: ${raw.trim()} is not a key generation (write identity(always), identity(by-default), serial or autoincrement)`);
  }
  if (f.identityKind) fail(`${where}: two key generations (${f.identityKind}, ${k.data}); give one`);
  f.identityKind = k.data;
  return true;
}

/** Only the table's own integer key is generated: said anywhere else it is refused in one line. */
export function assertKeyGeneration(f: Field, where: string): void {
  if (!f.identityKind || f.identity) return;
  fail(`${where}: ${f.name}: ${f.identityKind} generates the table's own integer key (alone in the key, an integer type, no default); ` +
    'put it on id (e.g. id:identity(by-default) or id:integer:serial)');
}

/** `id:serial`, `id:identity(by-default)` …: the surrogate key stays automatic, generated that way; other modifiers do not belong. */
export function surrogateKind(f: Field, where: string): Field['identityKind'] {
  if (f.name !== 'id' || !f.identityKind || f.reason === 'typed') return undefined;
  if (f.nullable || f.ref || f.check || f.default || f.unique || f.index) fail(`${where}: id is the primary key; only its generation goes with it (id:${f.identityKind})`);
  return f.identityKind;
}
