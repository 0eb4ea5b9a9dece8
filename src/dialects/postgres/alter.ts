/** PostgreSQL changes to existing tables: ALTER COLUMN … TYPE … USING, SET/DROP NOT NULL and DEFAULT, named constraints, renames. */
import type { Column, Table } from '../../state/physical-schema.js';
import * as ddl from '../shared/ddl.js';
import { alterTable, backfillSql, notPlanned, valueSql, valuesSql, type ChangeEmitters } from '../shared/alter.js';
import { citextFor, PG_DEFAULTS, pgType } from './types.js';
import { FN, pgTyped, postgres } from './index.js';

const q = ddl.quoteWith('"');
const dflt = (c: Column) => (c.default ? valueSql(postgres, c, c.default, PG_DEFAULTS) : undefined);

const TEXTUAL = ['string', 'char', 'text', 'enum'];
const NUMERIC = ['smallint', 'integer', 'bigint', 'decimal', 'float', 'key'];
const TEMPORAL = ['date', 'datetime', 'timestamp'];
const within = (kinds: string[], a: string, b: string) => kinds.includes(a) && kinds.includes(b);

/** Text into a VARCHAR goes without USING (an assignment cast), so a value too long aborts instead of being cut; where PostgreSQL
 *  has no direct cast (boolean ↔ bigint or numeric, uuid → integer …) the value goes through its text form. */
function using(from: Column, to: Column): string {
  const cast = castTo(from, to, q(to.name));
  return cast === q(to.name) ? '' : ` USING ${cast}`;
}

/** `x` (a value of `from`'s type) as `to`'s type: as is where an assignment casts it (text into a VARCHAR), else cast. */
export function castTo(from: Column, to: Column, x: string): string {
  const [a, b] = [from.type.kind, to.type.kind];
  if ((b === 'string' || b === 'char') && TEXTUAL.includes(a)) return x;
  const direct = TEXTUAL.includes(a) || TEXTUAL.includes(b) || within(NUMERIC, a, b) || within(TEMPORAL, a, b)
    || within(['integer', 'boolean'], a, b) || a === b;
  return `${x}${direct ? '' : '::text'}::${pgType(to)}`;
}

/** A backfill is not an edit of the rows: the updated_at trigger stays off while it runs. */
const quietly = (t: Table, sql: string) => (t.trigger
  ? [`ALTER TABLE ${q(t.name)} DISABLE TRIGGER ${q(t.trigger)};`, sql, `ALTER TABLE ${q(t.name)} ENABLE TRIGGER ${q(t.trigger)};`]
  : [sql]);

const dropConstraint = (table: string, name: string) => [`ALTER TABLE ${q(table)} DROP CONSTRAINT IF EXISTS ${q(name)};`];

/** addIndex, dropIndex and renameColumn: the base emitters (shared/emit.ts). */
export const pgChanges: Omit<ChangeEmitters, 'addIndex' | 'dropIndex' | 'renameColumn'> = {
  rebuildTable: notPlanned('rebuildTable'),
  alterColumn: ({ after, from, to, backfill, values, yields }) => {
    const c = `ALTER COLUMN ${q(to.name)}`;
    // collate(…) said, changed or gone: ALTER COLUMN … TYPE with its collation ("default": the type's own again)
    const type = `${pgType(to)}${to.collation || from.collation ? ` COLLATE ${q(to.collation ?? 'default')}` : ''}`;
    const whole = !!yields; // the residue's definition given up: every part restated (its type, collation, default, identity …)
    const retype = whole || pgTyped(from) !== pgTyped(to);
    const redefault = retype || dflt(from) !== dflt(to);
    const clauses = [
      ...((from.default || whole) && redefault ? [`${c} DROP DEFAULT`] : []),
      ...(retype ? [`${c} TYPE ${type}${using(from, to)}`] : []),
      ...(to.default && redefault ? [`${c} SET DEFAULT ${dflt(to)}`] : []),
      ...(whole || from.nullable !== to.nullable ? [`${c} ${to.nullable ? 'DROP' : 'SET'} NOT NULL`] : []),
    ];
    const plain = whole ? [`ALTER TABLE ${q(after.name)} ${c} DROP EXPRESSION IF EXISTS;`,
      ...(to.identity ? [] : [`ALTER TABLE ${q(after.name)} ${c} DROP IDENTITY IF EXISTS;`])] : [];
    return [
      ...plain,
      ...(retype ? citextFor([to]) : []),
      ...(backfill ? quietly(after, backfillSql(postgres, after.name, to, backfill, PG_DEFAULTS)) : []),
      ...(clauses.length ? [alterTable(postgres, after.name, clauses)] : []),
      ...(values ? quietly(after, valuesSql(postgres, after.name, to.name, values)) : []), // between the CHECK that goes and the new one
      ...(whole || from.doc !== to.doc ? [`COMMENT ON COLUMN ${q(after.name)}.${q(to.name)} IS ${to.doc ? postgres.literal(to.doc) : 'NULL'};`] : []),
    ];
  },
  addUnique: ({ after, unique }) => [`ALTER TABLE ${q(after.name)} ADD CONSTRAINT ${q(unique.name)} UNIQUE (${ddl.cols(postgres, unique.columns)});`],
  dropUnique: ({ before, unique }) => dropConstraint(before.name, unique.name),
  addCheck: ({ after, check }) => [`ALTER TABLE ${q(after.name)} ADD CONSTRAINT ${q(check.name)} ${ddl.checkSql(postgres, check, after)};`],
  dropCheck: ({ before, check }) => dropConstraint(before.name, check.name),
  renameTable: ({ before: b, after: a }) => {
    const seq = postgres.caps.identitySequence!;
    return [
      `ALTER TABLE ${q(b.name)} RENAME TO ${q(a.name)};`,
      ...(b.primaryKey.name !== a.primaryKey.name ? [`ALTER TABLE ${q(a.name)} RENAME CONSTRAINT ${q(b.primaryKey.name)} TO ${q(a.primaryKey.name)};`] : []),
      ...(b.trigger && a.trigger && b.trigger !== a.trigger ? [`ALTER TRIGGER ${q(b.trigger)} ON ${q(a.name)} RENAME TO ${q(a.trigger)};`] : []),
      ...(a.columns.some((c) => c.identity) ? [`ALTER SEQUENCE IF EXISTS ${q(seq(b.name))} RENAME TO ${q(seq(a.name))};`] : []),
    ];
  },
  addTrigger: ({ after: t }) => [`CREATE OR REPLACE TRIGGER ${q(t.trigger!)} BEFORE UPDATE ON ${q(t.name)} FOR EACH ROW EXECUTE FUNCTION ${q(FN)}();`],
  dropTrigger: ({ before: t }) => [`DROP TRIGGER IF EXISTS ${q(t.trigger!)} ON ${q(t.name)};`],
  commentTable: ({ after: t }) => [`COMMENT ON TABLE ${q(t.name)} IS ${t.doc ? postgres.literal(t.doc) : 'NULL'};`],
};
