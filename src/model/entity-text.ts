/** Click edits on the Phase 2 text (revise types / indexes, drop an entity), keeping the user's lines. */
import { entityName } from './naming.js';
import { splitTop } from './split.js';
import { isType } from './types.js';
import { entityLines } from './parse.js';

type Edit = (fieldTokens: string[]) => string[];

function editEntity(text: string, entity: string, edit: Edit): string {
  return entityLines(text).map((raw) => {
    const line = raw.trim();
    const colon = line.indexOf(':');
    const head = colon < 0 ? line : line.slice(0, colon);
    if (!line || line.startsWith('#') || entityName(head) !== entity) return line;
    const tokens = colon < 0 ? [] : splitTop(line.slice(colon + 1), ',').map((t) => t.trim()).filter(Boolean);
    return `${head.trim()}: ${edit(tokens).join(', ')}`;
  }).filter(Boolean).join('\n');
}

const fieldOf = (tok: string) => splitTop(tok, ':')[0].trim();

/** Replace (or add) the type slot of one field, keeping its modifiers; `dflt` (default(…) or '' for none) replaces its default. */
export function setFieldType(text: string, entity: string, field: string, type: string, dflt?: string): string {
  return editEntity(text, entity, (toks) => toks.map((t) => {
    if (fieldOf(t) !== field) return t;
    const mods = splitTop(t, ':').slice(1).map((s) => s.trim()).filter((s) => s && !isType(s));
    const kept = dflt === undefined ? mods : mods.filter((m) => !/^default\s*\(/i.test(m));
    return [field, type, ...kept, ...(dflt ? [dflt] : [])].join(':');
  }));
}

/** Set the index modifier of one field to none / index / unique. */
export function setFieldIndex(text: string, entity: string, field: string, mode: 'none' | 'index' | 'unique'): string {
  return editEntity(text, entity, (toks) => toks.map((t) => {
    if (fieldOf(t) !== field) return t;
    const parts = splitTop(t, ':').map((s) => s.trim()).filter((s) => s !== 'index' && s !== 'unique');
    return [...parts, ...(mode === 'none' ? [] : [mode])].join(':');
  }));
}

export function dropEntity(text: string, entity: string): string {
  return entityLines(text).map((l) => l.trim())
    .filter((l) => l && !(entityName(l.split(':')[0]) === entity)).join('\n');
}

/** Add or remove the `optional` modifier (NULL allowed) of one field. */
export function setFieldOptional(text: string, entity: string, field: string, optional: boolean): string {
  return editEntity(text, entity, (toks) => toks.map((t) => {
    if (fieldOf(t) !== field) return t;
    const parts = splitTop(t, ':').map((s) => s.trim()).filter((s) => s !== 'optional');
    return [...parts, ...(optional ? ['optional'] : [])].join(':');
  }));
}
