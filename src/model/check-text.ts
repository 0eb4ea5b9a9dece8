/**
 * Inline validation of the entity lines (the wizard's prompt): they must parse, and each entity must
 * compile on its own — directives naming its columns, check(…) expressions, keys, defaults — before any
 * relation is chosen. FK questions wait for the relations matrix.
 */
import { parseEntities } from './parse.js';
import { compile } from './compile.js';
import { assignIds } from './ids.js';
import type { Caps } from './caps.js';

export function checkEntityText(text: string, caps: Caps): void {
  const entities = parseEntities(text).map((e) => ({ ...e, fields: e.fields.map((f) => ({ ...f, ref: undefined })) }));
  for (const e of entities) {
    compile(assignIds({ entities: [e], relations: [], renamed: [] }), { caps, softDelete: false });
  }
}
