/** A flag whose value is JSON (`-- --relations '[…]'`): parsed, or one line naming the flag, what it got, why and what it takes. */
import { OnDelete, RelationKind } from '../state/model-schema.js';
import { fail } from './errors.js';

/** What each JSON flag takes, as the line that refuses it says. */
export const JSON_TAKES: Record<string, string> = {
  relations: `a JSON array [{"from": Entity, "to": Entity, "kind": ${RelationKind.options.join('|')}, "column"?, `
    + `"onDelete"?: ${OnDelete.options.join('|')}}]`,
  irreversible: 'a JSON array ["Entity", …] or names joined by commas',
  renames: 'a JSON array [{"from": "Entity[.field]", "to": "Entity[.field]"}]',
  replace: 'a JSON array ["Entity[.field]", …]',
  backfill: 'a JSON object {"Entity.field": value}',
  renameValues: 'a JSON object {"Entity.field": {"old": "new"}}',
  data: 'a JSON object {"up": file, "down"?: file}',
  residue: 'a JSON object {"drop": ["table.column", …]}',
};

const shown = (v: string) => `'${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;

export function jsonFlag(key: string, v: string): unknown {
  try {
    return JSON.parse(v);
  } catch (e) {
    const why = (e as Error).message.split('\n')[0].replace(/, ".*" is not valid JSON$| in JSON at position \d+.*$/, '');
    return fail(`--${key} ${shown(v)}: not valid JSON (${why}); allowed: ${JSON_TAKES[key] ?? 'JSON'}`);
  }
}
