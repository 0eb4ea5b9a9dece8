/**
 * Expand/contract on PostgreSQL for what replicas still running the old code cannot survive. A column
 * rename: the expand adds the new column, a trigger keeps both in step and the rows are copied in batches;
 * the contract drops the trigger and the old column. A table rename: the expand adds a view under the new
 * name; the contract drops it and renames the table. A drop (column or table) is the contract alone.
 * Contract statements carry `-- squawk-ignore <rule>`: they exist to drop or rename.
 */
import type { Statement } from '../../model/statements.js';
import type { Column, Table } from '../../state/physical-schema.js';
import { invert } from '../../model/statements.js';
import type { Piece } from '../online.js';
import { postgres } from './index.js';
import { pgType } from './types.js';
import { batchedUpdate, notNullName, notValid, dropConstraint, q, validate } from './online-sql.js';

const emit = (s: Statement): string[] => (postgres.emit[s.kind] as (x: Statement) => string[])(s);
const AT: Record<string, RegExp> = { 'ban-drop-column': /DROP COLUMN/, 'renaming-table': /RENAME TO/ };
/** squawk's own ignore comment, on the line right above the one that drops or renames (inside a statement too). */
const ignore = (rule: string, sql: string[]) => sql.map((st) => {
  const lines = st.split('\n');
  const i = lines.findIndex((l) => AT[rule].test(l));
  return i < 0 ? st : [...lines.slice(0, i), `-- squawk-ignore ${rule}`, ...lines.slice(i)].join('\n');
});

const syncName = (table: string, from: string, to: string) => `sync_${table}_${from}_${to}`.slice(0, 63);

/** BEFORE INSERT OR UPDATE: whichever of the two columns the writer set is copied into the other. */
function syncTrigger(t: string, from: string, to: string): string[] {
  const fn = q(syncName(t, from, to));
  const [a, b] = [q(from), q(to)];
  return [
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n` +
    `  IF TG_OP = 'INSERT' THEN\n    IF NEW.${b} IS NULL THEN NEW.${b} := NEW.${a}; ELSIF NEW.${a} IS NULL THEN NEW.${a} := NEW.${b}; END IF;\n` +
    `  ELSIF NEW.${b} IS DISTINCT FROM OLD.${b} THEN NEW.${a} := NEW.${b};\n  ELSE NEW.${b} := NEW.${a};\n  END IF;\n  RETURN NEW;\nEND;\n$$;`,
    `CREATE OR REPLACE TRIGGER ${fn} BEFORE INSERT OR UPDATE ON ${q(t)} FOR EACH ROW EXECUTE FUNCTION ${fn}();`,
  ];
}
const dropSync = (t: string, from: string, to: string) => [
  `DROP TRIGGER IF EXISTS ${q(syncName(t, from, to))} ON ${q(t)};`, `DROP FUNCTION IF EXISTS ${q(syncName(t, from, to))}();`,
];

const hasParts = (t: Table, col: string) => t.indexes.some((i) => i.columns.includes(col)) || t.uniques.some((u) => u.columns.includes(col))
  || t.foreignKeys.some((f) => f.column === col) || t.checks.some((c) => c.column === col)
  || t.primaryKey.columns.includes(col);

function renameColumn(t: Table, from: string, to: string): Piece[] {
  const col: Column = t.columns.find((c) => c.name === to)!;
  const bare = `${q(to)} ${pgType(col)}`;
  const dflt = col.default ? postgres.columnDefault(col, t) : undefined;
  const alter = `ALTER TABLE ${q(t.name)}`;
  const ck = notNullName(t.name, to);
  const notNull = !col.nullable ? [
    { at: 'check' as const, up: [notValid(t.name, ck, `CHECK (${q(to)} IS NOT NULL)`)], down: [dropConstraint(t.name, ck)] },
    { at: 'validate' as const, up: [validate(t.name, ck), `${alter} ALTER COLUMN ${q(to)} SET NOT NULL;`, dropConstraint(t.name, ck)],
      down: [`${alter} ALTER COLUMN ${q(to)} DROP NOT NULL;`] },
  ] : [];
  const back = `${q(from)} ${pgType(col)}${dflt ? ` DEFAULT ${dflt}` : ''}`;
  return [
    { at: 'main', up: [`${alter} ADD COLUMN IF NOT EXISTS ${bare};`, ...syncTrigger(t.name, from, to)],
      down: [...dropSync(t.name, from, to), `${alter} DROP COLUMN IF EXISTS ${q(to)};`],
      notes: [`deploy code that writes ${t.name}.${to} (reads keep working by either name), then run db-change -- --contract true`] },
    { at: 'backfill', up: [batchedUpdate(t, `${q(to)} = ${q(from)}`, `${q(to)} IS DISTINCT FROM ${q(from)}`)], down: [] },
    ...notNull,
    { at: 'contract',
      up: [...dropSync(t.name, from, to), ...ignore('ban-drop-column', [`${alter} DROP COLUMN IF EXISTS ${q(from)};`]),
        ...(dflt ? [`${alter} ALTER COLUMN ${q(to)} SET DEFAULT ${dflt};`] : [])],
      down: [...(dflt ? [`${alter} ALTER COLUMN ${q(to)} DROP DEFAULT;`] : []), `${alter} ADD COLUMN IF NOT EXISTS ${back};`,
        `UPDATE ${q(t.name)} SET ${q(from)} = ${q(to)};`, ...(col.nullable ? [] : [`${alter} ALTER COLUMN ${q(from)} SET NOT NULL;`]),
        ...syncTrigger(t.name, from, to)] },
  ];
}

function renameTable(s: Extract<Statement, { kind: 'renameTable' }>): Piece[] {
  const view = [`CREATE OR REPLACE VIEW ${q(s.to)} AS SELECT * FROM ${q(s.from)};`];
  const dropView = [`DROP VIEW IF EXISTS ${q(s.to)};`];
  return [
    { at: 'main', up: view, down: dropView, notes: [`deploy code that uses ${s.to} (a view of ${s.from} until the contract), then run db-change -- --contract true`] },
    { at: 'contract', up: [...dropView, ...ignore('renaming-table', emit(s))], down: [...emit(invert(s)), ...view] },
  ];
}

/** The expand/contract pieces of a statement old code cannot survive, or undefined (then its plain or online form). */
export function expandPieces(s: Statement, up: Statement[] = [s]): Piece[] | undefined {
  switch (s.kind) {
    case 'renameColumn':
      return hasParts(s.after, s.to) ? undefined : renameColumn(s.after, s.from, s.to);
    case 'renameTable':
      return up.every((x) => x.kind === 'renameTable') ? renameTable(s) : undefined;
    case 'dropColumn':
      return [{ at: 'contract', up: ignore('ban-drop-column', emit(s)), down: emit(invert(s)),
        notes: [`deploy code that no longer uses ${s.table.name}.${s.column.name}, then run db-change -- --contract true`] }];
    default: return undefined;
  }
}
