/**
 * What of the design's residue a dropped table takes along although it is not on it, as PostgreSQL's DROP …
 * CASCADE would: a residue FK of another table to it, a view that reads it, and in turn what reads or sits on
 * such a view. They go out of the residue, their drops run right before the table's (MariaDB refuses to drop a
 * table an FK references; SQLite and MariaDB keep a view whose table is gone, broken), and the down makes them
 * again after the table. Code that names the table (a routine, a trigger or rule of a table that stays, SQLite's
 * table rebuilt from its original text) is not taken: db-change cannot rewrite it, so the change stops.
 */
import type { ResidueObject } from '../state/design-schema.js';
import type { Dialect } from '../dialects/dialect.js';
import { fail } from '../cli/errors.js';

const ON_TABLE = new Set(['trigger', 'rule']);
const quoted = (name: string) => `[\`"]?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\`"]?`;

/** On `table` by its name, as the residue names them (`<table>`, `<table>.<column>`, `<table> <key>`, `<trigger> on
 *  <table>`), or a sequence the table owns (a serial: the engine drops it with the table). */
export const belongsTo = (o: ResidueObject, table: string): boolean => (ON_TABLE.has(o.kind) ? o.name.endsWith(` on ${table}`)
  : o.name === table || o.name.startsWith(`${table}.`) || o.name.startsWith(`${table} `)
    || (o.kind === 'sequence' && o.sql.some((s) => new RegExp(`OWNED BY ${quoted(table)}\\.`, 'i').test(s.sql))));

/** `sql` names `name` as an identifier: bare or quoted, in any case, qualified or not (`$` ends one: `covers$body$`). */
export const namesIn = (sql: string, name: string) => new RegExp(`(^|\\W)${quoted(name)}(?!\\w)`, 'i').test(sql);

const refersTo = (o: ResidueObject, name: string) => (o.kind === 'foreign key'
  ? o.name.endsWith(` → ${name}`) : o.sql.some((s) => namesIn(s.sql, name)));

const ID = '("(?:[^"]|"")+"|`(?:[^`]|``)+`|[\\w$.]+)';
const ADD_FK = new RegExp(`^ALTER TABLE ${ID} ADD CONSTRAINT ${ID} FOREIGN KEY`, 'i');

/** The statements that take `o` off a database its residue made it on (what only drops, nothing). */
function undo(o: ResidueObject, d: Pick<Dialect, 'replay' | 'quote'>): string[] {
  if (o.kind === 'view') {
    const m = o.sql.some((s) => /^CREATE\s+MATERIALIZED\s+VIEW/i.test(s.sql)) ? 'MATERIALIZED ' : '';
    return [`DROP ${m}VIEW IF EXISTS ${d.quote(o.name)};`];
  }
  return o.sql.flatMap((s) => {
    const fk = ADD_FK.exec(s.sql.trim());
    const bare = (x: string) => (/^["`]/.test(x) ? x.slice(1, -1).replace(/""|``/g, (c) => c[0]) : x);
    return fk && d.replay.dropForeignKeyIfAny ? [d.replay.dropForeignKeyIfAny(bare(fk[1]), bare(fk[2]))] : [];
  });
}

const MADE = ['foreign key', 'view', 'table', 'sequence', 'function', 'procedure', 'aggregate', 'domain', 'enum'];

/** The baseline's down of an imported design: what its residue made of its own, dropped before the tables go, the
 *  last made first (its FKs, views, tables created whole, sequences, routines, types); what sits on a table the down
 *  drops (a column, an index, a trigger) goes with that table. */
export function residueUndo(residue: ResidueObject[], d: Pick<Dialect, 'replay' | 'quote'>): string[] {
  return MADE.flatMap((k) => residue.filter((o) => o.kind === k).reverse()
    .flatMap((o) => (k === 'foreign key' || k === 'view' ? undo(o, d) : [d.replay.dropMade?.(k, o.name) ?? []].flat())));
}

/** What goes with the dropped `table` (`rest`: the residue not yet taken), a view's own objects with it, in the order
 *  they are made; `gone` gains the views. Stops, naming it, at code of the rest that names a table or view that goes. */
export function dependents(rest: ResidueObject[], table: string, gone: string[], d: Pick<Dialect, 'replay' | 'quote'>, what: string) {
  const taken: { o: ResidueObject; why: string }[] = [];
  const names = [table];
  for (let n = 0; n < names.length; n += 1) {
    for (const o of rest.filter((x) => !taken.some((t) => t.o === x))) {
      if (n > 0 && belongsTo(o, names[n])) taken.push({ o, why: `on view ${names[n]}` });
      else if (o.kind === 'foreign key' && refersTo(o, names[n])) taken.push({ o, why: `references ${names[n]}` });
      else if (o.kind === 'view' && refersTo(o, names[n])) { taken.push({ o, why: `reads ${names[n]}` }); names.push(o.name); }
    }
  }
  gone.push(...names);
  const code = rest.find((o) => !taken.some((t) => t.o === o) && gone.some((g) => refersTo(o, g)));
  if (code) {
    const g = gone.find((x) => refersTo(code, x))!;
    const t = code.name; // a table the residue makes whole (SQLite: rebuilt from its text, an FK inside it): three ways on
    if (code.kind === 'table') {
      fail(`${what}: dropping table ${table} leaves table ${t} of the residue (db/residue.sql), whose CREATE TABLE names ${g} (SQLite `
        + `keeps an FK inside it), which db-change cannot rewrite; either keep the entity, or drop ${t} in the same change, or first `
        + `take what names ${g} out of ${t} (on the database, then in its CREATE TABLE in db/design.json's "residue"), then drop ${table}`);
    }
    fail(`${what}: dropping table ${table} leaves ${code.kind} ${code.name} of the residue (db/residue.sql) naming ${g}, which db-change `
      + `cannot rewrite; keep the entity, or change or take out that object in db/design.json's "residue" first`);
  }
  return { taken, drops: taken.flatMap((t) => undo(t.o, d)).reverse() };
}
