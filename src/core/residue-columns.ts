/**
 * A change must not silently undo the residue, nor the residue the change: a residue object that redefines a column
 * (db-import's `column <table>.<column>`: a type, default, identity … the language cannot say) would be lost on the live
 * database by the migration's own ALTER, and db/residue.sql would still set its old definition after the migrations on a
 * fresh one. So a change that alters such a column stops, unless `"residue": {"drop": ["<table>.<column>"]}` lets the
 * language's definition win: the object leaves the residue, the ALTER restates the whole column (Statement `yields`), and
 * the down makes the residue's definition again. A column dropped takes its residue objects along; one renamed has them
 * renamed; code of the residue naming such a column (an index's text, a trigger) stops the change.
 */
import type { Design, ResidueObject } from '../state/design-schema.js';
import type { Dialect } from '../dialects/dialect.js';
import type { Diff } from '../diff/plan.js';
import type { Statement } from '../model/statements.js';
import { fail } from '../cli/errors.js';
import { belongsTo, namesIn } from './residue-depends.js';
import { safetyOf } from './safety.js';

type D = Pick<Dialect, 'quote' | 'online'>;
const label = (o: ResidueObject) => `${o.kind} ${o.name}`;
const onColumn = (o: ResidueObject, key: string) => o.kind === 'column' && o.name === key;
const sqlOf = (os: ResidueObject[]) => os.flatMap((o) => [`-- ${label(o)}: ${o.reason}`, ...o.sql.map((s) => s.sql)]);

/** The column a statement changes in place (`table.column`), its drop, its rename. */
function touchOf(s: Statement): { key: string; how: 'alters' | 'drops' | 'renames' | 'adds'; to?: string } | undefined {
  if (s.kind === 'alterColumn') return { key: `${s.after.name}.${s.to.name}`, how: 'alters' };
  if (s.kind === 'addColumn') return { key: `${s.table.name}.${s.column.name}`, how: 'adds' };
  if (s.kind === 'dropColumn') return { key: `${s.table.name}.${s.column.name}`, how: 'drops' };
  if (s.kind === 'renameColumn') return { key: `${s.after.name}.${s.from}`, how: 'renames', to: s.to };
  return undefined;
}

/** One line: the change touches `key`, which `o` of the residue redefines; the ways on. */
function refuse(what: string, how: string, key: string, o: ResidueObject): never {
  return fail(`${what}: this change ${how} ${key}, which the residue redefines (db/residue.sql: ${label(o)}: ${o.reason}), so the `
    + `migration would undo it on the database and db/residue.sql undo the change on a fresh one; either leave that field as it is in `
    + `this change, or let the language's definition win with "residue": {"drop": ["${key}"]} (db-change: the object leaves the residue, `
    + 'the migration restates the column), or write the change yourself as a data step ("data": {"up": "…sql"})');
}

/** Code of the residue naming a column the change drops or renames (an index's text, a view, a trigger; a drop: a MySQL
 *  column placed AFTER it), not the column's own objects: db-change cannot rewrite it, so the change stops. */
function stopAtCode(what: string, how: string, key: string, residue: ResidueObject[], d: D): void {
  const [t, c] = [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)];
  const rewritten = (o: ResidueObject) => how === 'renames' && o.kind === 'column' && belongsTo(o, t) // all of it quoted
    && o.sql.every((s) => !namesIn(s.sql.split(d.quote(c)).join(' '), c));
  const code = residue.find((o) => !(how === 'drops' && onColumn(o, key)) && !rewritten(o)
    && (belongsTo(o, t) || o.sql.some((s) => namesIn(s.sql, t))) && o.sql.some((s) => namesIn(s.sql, c)));
  if (!code) return;
  fail(`${what}: this change ${how} ${key}, which ${label(code)} of the residue (db/residue.sql) names, and db-change cannot rewrite `
    + `it; either leave that field as it is in this change, or first change or take out that object in db/design.json's "residue" `
    + '(and on the database), or write the change yourself as a data step ("data": {"up": "…sql"})');
}

/** The residue renamed with a column of `table` (its quoted name in the SQL: the column's own objects, a MySQL AFTER). */
function renamed(residue: ResidueObject[], table: string, from: string, to: string, d: D): ResidueObject[] {
  const [a, b] = [d.quote(from), d.quote(to)];
  return residue.map((o) => (o.kind !== 'column' || !belongsTo(o, table) ? o : {
    ...o, name: o.name === `${table}.${from}` ? `${table}.${to}` : o.name,
    sql: o.sql.map((s) => ({ ...s, sql: s.sql.split(a).join(b) })),
  }));
}

/** The design and diff with the rule applied (`drop`: the spec's "residue": {"drop": […]}), a note for each thing it did. */
export function guardResidueColumns(design: Design, diff: Diff, d: D, what: string, drop: string[] = []) {
  if (drop.length && d.online && safetyOf(design.answers).mode === 'online') { // its expand steps would not restate the column
    fail(`${what}: residue.drop: not under safety online (its expand steps do not restate the column); either leave that field `
      + 'as it is in this change, or write the change yourself as a data step ("data": {"up": "…sql"}), or make this one change '
      + 'with "safety": "offline" in db/design.json\'s answers');
  }
  let residue = design.residue ?? [];
  const notes: string[] = [];
  const unused = new Set(drop);
  const refused: (() => never)[] = [];
  const altered: string[] = [];
  const dropped = new Set(diff.up.flatMap((s) => (s.kind === 'dropColumn' ? [`${s.table.name}.${s.column.name}`] : [])));
  const up = diff.up.map((s): Statement => {
    const touch = touchOf(s);
    if (!touch) return s;
    const own = residue.filter((o) => onColumn(o, touch.key));
    if (touch.how === 'drops' || touch.how === 'renames') stopAtCode(what, touch.how, touch.key, residue, d);
    if (!own.length) return s;
    if (touch.how === 'adds') { // a column db-verify --adopt kept: the residue adds it after the migrations
      fail(`${what}: this change adds ${touch.key}, which the residue adds too (db/residue.sql: ${label(own[0])}: ${own[0].reason}); `
        + 'either give the field another name, or leave it out of the design (db/residue.sql keeps making it)');
    }
    const names = own.map(label).join(', ');
    if (touch.how === 'renames') {
      const t = touch.key.slice(0, touch.key.indexOf('.'));
      if (t === touch.key.slice(t.length + 1)) refuse(what, 'renames', touch.key, own[0]);
      residue = renamed(residue, t, touch.key.slice(t.length + 1), touch.to!, d);
      notes.push(`${touch.key} renamed to ${t}.${touch.to}: its residue (db/residue.sql: ${names}) names the new column`);
      return s;
    }
    // a NOT NULL column dropped is made NULL first (its down fills it): that step carries the residue, whose down runs last
    const goes = touch.how === 'drops' || dropped.has(touch.key);
    if (!goes) altered.push(touch.key);
    if (!goes && !drop.includes(touch.key)) {
      refused.push(() => refuse(what, 'alters', touch.key, own[0])); // after a name of "drop" it does not alter
      return s;
    }
    unused.delete(touch.key);
    residue = residue.filter((o) => !own.includes(o));
    if (goes) {
      notes.push(`${touch.key}: its residue (db/residue.sql: ${names}) goes with the column; the down makes it again`);
      return { ...s, carries: sqlOf(own) } as Statement;
    }
    notes.push(`${touch.key}: the language's definition wins ("residue": {"drop"}): ${names} leaves db/residue.sql, this `
      + 'migration restates the column, the down makes the residue\'s definition again');
    return { ...s, yields: sqlOf(own) } as Statement;
  });
  const left = [...unused][0];
  if (left !== undefined) {
    const may = altered.length ? `: ${altered.join(', ')}` : ': this change alters none';
    fail(`${what}: residue.drop: ${left} is no column this change alters that the residue redefines (allowed: a "table.column" `
      + `of db/residue.sql's column objects this change alters${may})`);
  }
  refused[0]?.();
  if (!notes.length) return { design, diff, notes };
  const { residue: _, ...without } = design;
  return { design: residue.length ? { ...design, residue } : without, diff: { ...diff, up }, notes };
}
