/** Entity directives: @pk(a, b) @unique(a, b) @index(a, b) @timestamps(both|created|none) @soft-delete @table(name)
 *  @group(name) @plain(a, b) (`<entity>_id` columns that hold a plain number, no FK). */
import type { Entity } from '../state/model-schema.js';
import { Timestamps } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { checkIdent, checkTableIdent, fieldName } from './naming.js';
import { guardText } from './guard.js';
import { closest, didYouMean } from './near.js';
import { keyedIndex } from './index-directive.js';
import { parseDoc } from './doc.js';

export const DIRECTIVES = ['@pk(a, b)', '@unique(a, b)', '@index(a, b)', '@index(a) where(expr)', '@unique(lower(a))',
  '@timestamps(both|created|none)', '@soft-delete', '@table(name)', "@doc('text')",
  '@group(name)', '@plain(a, b)'];

export type Directives = Pick<Entity, 'pk' | 'uniques' | 'indexes' | 'timestamps' | 'softDelete' | 'identityKind' | 'keyed' | 'doc' | 'group' | 'plain'> & { table?: string };

function columns(body: string, where: string, what: string): string[] {
  const cols = body.split(',').map((s) => s.trim()).filter(Boolean).map((c) => fieldName(c, `${where} ${what}`));
  if (!cols.length) fail(`${where}: ${what}() names no column, e.g. ${what}(first_name, last_name)`);
  if (new Set(cols).size !== cols.length) fail(`${where}: ${what}(${body}) names a column twice`);
  return cols;
}

/** Apply one `@…` token to the directives collected so far. */
export function applyDirective(d: Directives, token: string, where: string): void {
  const keyed = keyedIndex(guardText(where, 'directive', token.trim()), where);
  if (keyed) { (d.keyed ??= []).push(keyed); return; }
  const doc = /^@doc\s*\((.*)\)$/is.exec(token.trim());
  if (doc) { if (d.doc) fail(`${where}: @doc given twice; give it once`); d.doc = parseDoc(doc[1], where, '@doc'); return; }
  const m = /^@([a-z-]+)\s*(?:\((.*)\))?$/is.exec(guardText(where, 'directive', token.trim()));
  const name = m?.[1].toLowerCase();
  const body = m?.[2];
  const once = (set: boolean) => { if (set) fail(`${where}: @${name} given twice; give it once`); };
  if (name === 'soft-delete' && body === undefined) d.softDelete = true;
  else if (name === 'pk' && body !== undefined) { once(!!d.pk); d.pk = columns(body, where, '@pk'); }
  else if (name === 'unique' && body !== undefined) (d.uniques ??= []).push(columns(body, where, '@unique'));
  else if (name === 'index' && body !== undefined) (d.indexes ??= []).push(columns(body, where, '@index'));
  else if (name === 'plain' && body !== undefined) { once(!!d.plain); d.plain = columns(body, where, '@plain'); }
  else if (name === 'timestamps' && body !== undefined) {
    once(!!d.timestamps);
    const t = Timestamps.safeParse(body.trim().toLowerCase());
    if (!t.success) fail(`${where}: @timestamps(${body}) is not one of both, created, none`);
    d.timestamps = t.data;
  } else if (name === 'table' && body !== undefined) {
    once(!!d.table);
    d.table = checkTableIdent(body.trim(), `${where} @table`);
  } else if (name === 'group' && body !== undefined) {
    once(!!d.group);
    d.group = checkIdent(body.trim(), `${where} @group`);
  } else {
    const near = name && closest(name, DIRECTIVES.map((x) => x.replace(/^@|\(.*$/g, '')));
    fail(`${where}: unknown directive '${token.trim()}' (allowed: ${DIRECTIVES.join(', ')})${didYouMean(near && token.trim().replace(/^@[a-z-]+/i, `@${near}`))}`);
  }
}
