/**
 * What inference did, said in words (issue 16): every type, default, UNIQUE, CHECK and FK that came from a
 * field's name, a hint where a bare name reads as a number or a date but became text, and once per field what
 * a typed field gave up of what its bare name would have had. Listed in the DDL review and in the reports.
 */
import type { Default, Entity, Field, Model, Relation } from '../state/model-schema.js';
import { inferFromName } from './infer.js';
import { typeText } from './types.js';
import { AUTO_FIELDS } from './auto-fields.js';
import { entityName, snake } from './naming.js';
import { defaultColumn, idFieldTarget } from './relations.js';
import { hintFor } from './inferred-hints.js';

const defaultText = (d: Default): string => d.kind === 'value'
  ? (typeof d.value === 'string' ? `'${d.value}'` : String(d.value))
  : d.kind === 'null' ? 'NULL' : `${d.kind}()`;
const CHECK_WORD: Record<string, string> = { email: 'the email CHECK', nonneg: 'CHECK >= 0' };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Inferred = ReturnType<typeof inferFromName>;

/** A bare field: what its name gave it (a bare name with no rule is text, listed by entity). */
function bareLine(e: Entity, f: Field, n: Inferred): string | undefined {
  if (n.type.kind === 'text') return hintFor(f.name).map((h) => `${e.name}.${f.name}: text — ${h}`)[0];
  const parts = [n.type.kind === 'key' ? 'key type' : typeText(f.type)];
  if (n.default && f.default && same(n.default, f.default)) parts.push(`DEFAULT ${defaultText(f.default)}`);
  if (n.unique && f.unique) parts.push('UNIQUE');
  for (const c of n.checks) if (f.checks.includes(c)) parts.push(CHECK_WORD[c] ?? `CHECK ${c}`);
  return `${e.name}.${f.name}: ${parts.join(', ')} inferred from the name`;
}

/** A typed field: what the bare name would have had and this one has not, with the modifiers that keep it. */
function lostLine(e: Entity, f: Field, n: Inferred): string | undefined {
  const lost: [string, string][] = [];
  if (n.unique && !f.unique) lost.push(['UNIQUE', 'unique']);
  // a typed datetime *_at keeps the now() default: without one, optional or default(none) said so
  const kept = f.type.kind === 'datetime' && f.name.endsWith('_at');
  if (n.default && !f.default && !kept) {
    const v = defaultText(n.default);
    lost.push([`DEFAULT ${v}`, `default(${v.replace(/\(\)$/, '')})`]);
  }
  for (const c of n.checks) if (!f.checks.includes(c)) lost.push([CHECK_WORD[c] ?? `CHECK ${c}`, c]);
  if (!lost.length) return undefined;
  const what = lost.map(([w]) => w).join(' and ').replace(/^the /, ''); // 'the email CHECK' alone: one 'the'
  const add = `:${lost.map(([, m]) => m).join(':')} to keep ${lost.length > 1 ? 'them' : 'it'}`;
  return `${e.name}.${f.name}: typed ${typeText(f.type)}, so without the ${what} a bare ${f.name} gets (add ${add})`;
}

/** Is this FK the one the `<entity>_id` rule made (not a relation the spec gave, not a ref(…))? */
function inferredFk(r: Relation, e: Entity, given: Relation[]): boolean {
  const f = e.fields.find((x) => x.name === r.column);
  if (!f || f.ref || r.kind !== 'one-to-many' || idFieldTarget(f.name, [r.from]) !== r.from) return false;
  return !given.some((g) => entityName(g.from) === r.from && entityName(g.to) === r.to
    && (g.column ? snake(g.column) : defaultColumn(r.from, r.to)) === r.column);
}

/**
 * The lines, in entity order; `only` keeps the fields named `Entity.field` (a later change lists what it adds);
 * `given` is the spec's relations (an FK they declare is not inferred).
 */
export function inferredLines(model: Model, given: Relation[] = [], only?: Set<string>): string[] {
  const out: string[] = [];
  const byName = new Map<string, Inferred>(); // read only here: the same few names come back in every entity
  const named = (name: string) => {
    let n = byName.get(name);
    if (!n) byName.set(name, (n = inferFromName(name)));
    return n;
  };
  const into = new Map<string, Relation[]>(); // by `to` and column, in relation order (the first that is inferred)
  for (const r of model.relations) {
    if (r.column === undefined) continue;
    const k = `${r.to}\u0000${r.column}`;
    const list = into.get(k);
    if (list) list.push(r); else into.set(k, [r]);
  }
  for (const e of model.entities) {
    const listed = (f: Field) => !AUTO_FIELDS.includes(f.name) && !f.pk && (!only || only.has(`${e.name}.${f.name}`));
    const fields = e.fields.filter(listed);
    const plain = fields.filter((f) => f.reason === 'inferred: text' && !hintFor(f.name).length).map((f) => f.name);
    const eg = `${plain[0]}:string(80)`;
    if (plain.length) out.push(`${e.name}: ${plain.join(', ')}: text (a bare name no rule knows; type it to change, e.g. ${eg})`);
    for (const f of fields) {
      const line = f.reason.startsWith('inferred') ? bareLine(e, f, named(f.name))
        : f.reason === 'typed' ? lostLine(e, f, named(f.name)) : undefined;
      if (line) out.push(line);
      const fk = into.get(`${e.name}\u0000${f.name}`)?.find((r) => inferredFk(r, e, given));
      if (fk) out.push(`${e.name}.${f.name}: FK → ${fk.from} inferred from the name`);
    }
  }
  return out;
}
