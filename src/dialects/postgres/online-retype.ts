/**
 * Expand/contract on PostgreSQL for a type change (ALTER COLUMN … TYPE rewrites the table under an exclusive
 * lock): the expand adds a shadow column of the new type (`<col>__new`) that a trigger fills from every write of
 * the old code, copies the rows in batches, takes NOT NULL through a validated CHECK and builds the column's
 * keys on the shadow (online-keys.ts). The contract swaps in one short transaction: the trigger and the old
 * column go, the shadow takes its name and the keys theirs. Its down brings the old column, its values, keys
 * and the trigger back.
 */
import type { Statement } from '../../model/statements.js';
import type { Piece } from '../online.js';
import { postgres } from './index.js';
import { pgType } from './types.js';
import { castTo } from './alter.js';
import { batchedUpdate, fill, notNullOfNew, q } from './online-sql.js';
import { dropSync, ignore, syncTrigger } from './online-sync.js';
import { keyNames, keysOn, movable, plainKeys, shadowKeys } from './online-keys.js';

export const shadowOf = (col: string): string => `${col.slice(0, 58)}__new`;

type Alter = Extract<Statement, { kind: 'alterColumn' }>;

export function retypePieces(s: Alter): Piece[] | undefined {
  const { before: b, after: t, from, to } = s;
  const [c, sh] = [to.name, shadowOf(to.name)];
  if (t.primaryKey.columns.includes(c) || !movable(keysOn(t, c)) || !movable(keysOn(b, c))) return undefined;
  const alter = `ALTER TABLE ${q(t.name)}`;
  const cast = (x: string) => (s.backfill ? `COALESCE(${castTo(from, to, x)}, ${fill(to, s.backfill)})` : castTo(from, to, x));
  const dflt = (col: typeof from) => (col.default ? postgres.columnDefault(col, t) : undefined);
  const sync = syncTrigger(t.name, c, sh, cast(`NEW.${q(c)}`));
  const names = keyNames(t, c);
  const [newDefault, oldDefault] = [dflt(to), dflt(from)];
  return [
    { at: 'main', up: [`${alter} ADD COLUMN IF NOT EXISTS ${q(sh)} ${pgType(to)};`, ...sync],
      down: [...dropSync(t.name, c, sh), `${alter} DROP COLUMN IF EXISTS ${q(sh)};`],
      notes: [`${t.name}.${c} becomes ${pgType(to)} through ${sh}, kept in step by a trigger; once the rows are copied ` +
        `run db-change -- --contract true (the swap: ${c} keeps its name), then deploy code that needs the new type`] },
    { at: 'backfill', up: [batchedUpdate(t, `${q(sh)} = ${cast(q(c))}`, `${q(sh)} IS NULL${s.backfill ? '' : ` AND ${q(c)} IS NOT NULL`}`)], down: [] },
    ...(to.nullable ? [] : notNullOfNew(t.name, sh)),
    ...shadowKeys(t, c, sh),
    { at: 'contract',
      up: [...dropSync(t.name, c, sh), ...ignore('ban-drop-column', [`${alter} DROP COLUMN IF EXISTS ${q(c)};`]),
        ...ignore('renaming-column', [`${alter} RENAME COLUMN ${q(sh)} TO ${q(c)};`]), ...names.up,
        ...(newDefault ? [`${alter} ALTER COLUMN ${q(c)} SET DEFAULT ${newDefault};`] : [])],
      down: [...(newDefault ? [`${alter} ALTER COLUMN ${q(c)} DROP DEFAULT;`] : []), ...names.down,
        `${alter} RENAME COLUMN ${q(c)} TO ${q(sh)};`,
        `${alter} ADD COLUMN IF NOT EXISTS ${q(c)} ${pgType(from)}${oldDefault ? ` DEFAULT ${oldDefault}` : ''};`,
        `UPDATE ${q(t.name)} SET ${q(c)} = ${castTo(to, from, q(sh))};`,
        ...(from.nullable ? [] : [`${alter} ALTER COLUMN ${q(c)} SET NOT NULL;`]), ...plainKeys(b, c), ...sync] },
  ];
}
