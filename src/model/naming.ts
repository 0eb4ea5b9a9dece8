/** Names: entity normalisation, table/junction names, identifier limits shortened with a stable hash. */
import { sha256 } from '../base/checksum.js';
import { camelCase, pascalCase, snakeCase } from 'change-case';
import pluralize from 'pluralize';
import { fail } from '../base/errors.js';
import { oneByte } from '../base/one-byte.js';

const IDENT = /^[a-z_][a-z0-9_]*$/;

function words(typed: string): string[] {
  return snakeCase(typed.trim()).split('_').filter(Boolean);
}

/** The same few words come back thousands of times in a big design: each name is worked out once (pure), and
 *  kept one byte a character (base/one-byte.ts: a name is joined into every text the run writes). */
function once(fn: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let out = seen.get(s);
    if (out === undefined) { out = oneByte(fn(s)); seen.set(s, out); }
    return out;
  };
}

/** `user_profiles` → `UserProfile`: PascalCase, last word singular. */
export const entityName = once(function entityName(typed: string): string {
  const w = words(typed);
  if (w.length === 0) fail(`entity name '${typed}' has no letters (use e.g. User or user_profile)`);
  w[w.length - 1] = pluralize.singular(w[w.length - 1]);
  return pascalCase(w.join('_'));
});

/** `UserProfile` → `user_profiles`: snake_case, last word plural. */
export const tableName = once(function tableName(entity: string): string {
  const w = words(entity);
  w[w.length - 1] = pluralize.plural(w[w.length - 1]);
  return checkIdent(w.join('_'), `table of ${entity}`);
});

export const snake = once((name: string): string => words(name).join('_'));

/** A name stored as `old` recased (`Title` for title, `artistId` for artist_id: db-import's column(…)), the
 *  same recasing of `to`; undefined when `stored` is no recasing of `old`. */
export function recased(stored: string, old: string, to: string): string | undefined {
  return [pascalCase, camelCase].find((f) => f(old) === stored)?.(to);
}

export function fieldName(typed: string, where: string): string {
  return checkIdent(snake(typed), where);
}

export function checkIdent(name: string, where: string): string {
  if (!IDENT.test(name)) fail(`${where}: '${name}' is not a valid name (letters, digits and _; not starting with a digit)`);
  return name;
}

/** A table or column name as a database has it (`@table(Album)`, `column(AlbumId)`): letters in either case, digits, _. */
export function checkTableIdent(name: string, where: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) fail(`${where}: '${name}' is not a valid name (letters, digits and _; not starting with a digit)`);
  return name;
}

/** Junction of a many-to-many: entities in alphabetical order, `organization_users`. */
export function junctionName(a: string, b: string): string {
  const [x, y] = [a, b].sort();
  return `${snake(x)}_${tableName(y)}`;
}

/** Shorten past `limit` with an 8-hex hash of the full name: deterministic, stable across runs. */
export function shorten(name: string, limit: number): string {
  if (name.length <= limit) return name;
  const hash = sha256(name).slice(0, 8);
  return `${name.slice(0, limit - 9).replace(/_+$/, '')}_${hash}`;
}

/** Applies a limit and records every shortened name once. */
export class NameBook {
  readonly shortened: { kind: string; full: string; short: string }[] = [];
  constructor(readonly limit: number) {}
  name(kind: string, full: string): string {
    const short = shorten(full, this.limit);
    if (short !== full && !this.shortened.some((s) => s.kind === kind && s.full === full)) {
      this.shortened.push({ kind, full, short });
    }
    return short;
  }
}
