/** Phase 2 entity text: one entity per line, `Entity: item, item, …`; an item is a field or an @directive. */
import type { Entity, Field } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { entityName, fieldName, snake, tableName } from './naming.js';
import { parseField } from './infer.js';
import { splitTop } from './split.js';
import { applyDirective, type Directives } from './directives.js';
import { AUTO_FIELDS, autoField } from './auto-fields.js';
import { guardText } from './guard.js';
import { refuseInvisible } from './invisible.js';
import { assertEntityHead } from './line-check.js';
import { assertKeyGeneration, surrogateKind } from './modifiers-v3.js';

export { AUTO_FIELDS };

/** Entity lines: newlines and `;` separate them (`;` only outside quoted text and parentheses). */
export const entityLines = (text: string) => text.split(/\r?\n/).flatMap((l) => (l.trim().startsWith('#') ? [l] : splitTop(l, ';')));

export function parseEntities(text: string, existing: string[] = []): Entity[] {
  const out: Entity[] = [];
  const named = new Set(existing);
  entityLines(text).forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) return;
    const where = `entities line ${i + 1}`;
    const colon = line.indexOf(':');
    const head = colon < 0 ? line : line.slice(0, colon);
    const body = colon < 0 ? '' : line.slice(colon + 1);
    refuseInvisible(where, 'entity name', guardText(where, 'entity name', head.trim()));
    if (!/^[A-Za-z][A-Za-z0-9_ -]*$/.test(head.trim())) {
      fail(`${where}: '${head.trim()}' is not an entity name (write 'Entity: field, field:type, …')`);
    }
    if (colon >= 0) assertEntityHead(line, head, body, where);
    const name = entityName(head);
    if (named.has(name)) {
      fail(`${where}: entity '${name}' is defined already`);
    }
    const at = `${where} (${name})`;
    const fields: Field[] = [];
    const d: Directives = {};
    const tokens = new Map<string, string>();
    for (const token of splitTop(body, ',').map((s) => s.trim()).filter(Boolean)) {
      if (token.startsWith('@')) { applyDirective(d, token, at); continue; }
      const parsed = parseField(token, at, (s) => fieldName(s, at));
      if (tokens.has(parsed.name)) {
        fail(`${at}: field '${parsed.name}' appears twice; give it once, with every modifier in one item (first: '${tokens.get(parsed.name)}')`);
      }
      tokens.set(parsed.name, token);
      const kind = surrogateKind(parsed, at);
      if (kind) { d.identityKind = kind; continue; }
      const f = AUTO_FIELDS.includes(parsed.name) ? autoField(parsed, token, at) : parsed;
      if (!f) continue;
      fields.push(f);
    }
    out.push(entityOf(name, head.trim(), fields, d, i + 1, at));
    named.add(name);
  });
  if (out.length === 0 && existing.length === 0) fail('entities: no entity given (one per line, e.g. "User: email, name")');
  const tables = new Map<string, string>();
  for (const e of out) {
    const other = tables.get(e.table);
    if (other) fail(`entities: '${other}' and '${e.name}' both map to table '${e.table}'`);
    tables.set(e.table, e.name);
  }
  return out;
}

function entityOf(name: string, typed: string, fields: Field[], d: Directives, line: number, at: string): Entity {
  const marked = fields.filter((f) => f.pk).map((f) => f.name);
  if (d.pk && marked.length && (marked.length !== d.pk.length || marked.some((m) => !d.pk!.includes(m)))) {
    fail(`${at}: @pk(${d.pk.join(', ')}) and the fields marked pk (${marked.join(', ')}) disagree; give the key once`);
  }
  const pk = d.pk ?? (marked.length ? marked : undefined);
  if (pk) for (const f of fields) if (pk.includes(f.name)) f.pk = true;
  // the entity's own integer key (`id` or `<entity>_id`, alone in the key, no default) is generated: an identity
  const own = pk?.length === 1 ? fields.find((f) => f.name === pk[0] && (f.name === 'id' || f.name === `${snake(name)}_id`)) : undefined;
  if (own && ['smallint', 'integer', 'bigint'].includes(own.type.kind) && !own.default) own.identity = true;
  for (const f of fields) assertKeyGeneration(f, at);
  const e: Entity = { name, typed, table: d.table ?? tableName(name), fields, line };
  if (pk) e.pk = pk;
  if (d.uniques) e.uniques = d.uniques;
  if (d.indexes) e.indexes = d.indexes;
  if (d.timestamps) e.timestamps = d.timestamps;
  if (d.identityKind) e.identityKind = d.identityKind;
  if (d.keyed) e.keyed = d.keyed;
  if (d.doc) e.doc = d.doc;
  if (d.group) e.group = d.group;
  if (d.plain) {
    const unknown = d.plain.find((c) => !fields.some((f) => f.name === c));
    if (unknown) fail(`${at}: @plain(${d.plain.join(', ')}) names ${unknown}, which is no field of ${name} (fields: ${fields.map((f) => f.name).join(', ')})`);
    e.plain = d.plain;
  }
  if (d.softDelete || fields.some((f) => f.name === 'deleted_at')) e.softDelete = true;
  return e;
}
