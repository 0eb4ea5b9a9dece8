/** Phase 2 entity text: one entity per line, `Entity: field, field:type:modifier, …`. */
import type { Entity, Field } from '../state/model-schema.js';
import { fail } from '../cli/errors.js';
import { entityName, fieldName, tableName } from './naming.js';
import { parseField } from './infer.js';
import { splitTop } from './split.js';
import { guardText } from './guard.js';

/** Automatic columns: never typed as fields (a typed one is folded in). */
export const AUTO_FIELDS = ['id', 'created_at', 'updated_at', 'deleted_at'];

export function parseEntities(text: string, existing: string[] = []): Entity[] {
  const out: Entity[] = [];
  text.split(/\r?\n|;/).forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) return;
    const where = `entities line ${i + 1}`;
    const colon = line.indexOf(':');
    const head = colon < 0 ? line : line.slice(0, colon);
    const body = colon < 0 ? '' : line.slice(colon + 1);
    guardText(where, 'entity name', head.trim());
    if (!/^[A-Za-z][A-Za-z0-9_ -]*$/.test(head.trim())) {
      fail(`${where}: '${head.trim()}' is not an entity name (write 'Entity: field, field:type, …')`);
    }
    const name = entityName(head);
    if (out.some((e) => e.name === name) || existing.includes(name)) {
      fail(`${where}: entity '${name}' is defined already`);
    }
    const fields: Field[] = [];
    for (const token of splitTop(body, ',').map((s) => s.trim()).filter(Boolean)) {
      const f = parseField(token, `${where} (${name})`, (s) => fieldName(s, `${where} (${name})`));
      if (AUTO_FIELDS.includes(f.name)) continue;
      if (fields.some((g) => g.name === f.name)) fail(`${where} (${name}): field '${f.name}' appears twice`);
      fields.push(f);
    }
    out.push({ name, typed: head.trim(), table: tableName(name), fields, line: i + 1 });
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
