/** Whole-schema checks after compile: one name per object, names the engine keeps for itself, identity sequences. */
import type { Table } from '../state/physical-schema.js';
import { fail } from '../base/errors.js';

/**
 * One name, one object: a clash would make `IF NOT EXISTS` skip the second silently. Table, index and
 * constraint names share one space (PostgreSQL index names and MySQL FK names are schema-wide).
 */
export function assertUniqueNames(tables: Table[]): void {
  const seen = new Map<string, string>();
  const claim = (name: string, what: string) => {
    const other = seen.get(name);
    if (other) fail(`names: '${name}' would name both ${other} and ${what}; rename a field or entity (a junction can be named with the relation's "column")`);
    seen.set(name, what);
  };
  for (const t of tables) claim(t.name, t.entity ? `the table of ${t.entity}` : `the junction of ${t.foreignKeys.map((f) => f.refTable).join(' and ')}`);
  for (const t of tables) {
    for (const [kind, names] of [['primary key', [t.primaryKey.name]], ['unique', t.uniques.map((u) => u.name)], ['check', t.checks.map((c) => c.name)],
      ['foreign key', t.foreignKeys.map((f) => f.name)], ['index', t.indexes.map((i) => i.name)]] as const) {
      for (const n of names) claim(n, `${kind === 'index' ? 'an' : 'a'} ${kind} of ${t.name}`);
    }
  }
}

/** SQLite refuses `CREATE TABLE sqlite_…` ("object name reserved for internal use"): say so before writing. */
export function assertNotReserved(tables: Table[], prefix: string | undefined): void {
  const t = prefix && tables.find((x) => x.name.toLowerCase().startsWith(prefix));
  if (t) fail(`names: table '${t.name}' starts with '${prefix}', which the engine reserves for itself; rename the entity (a junction can be named with the relation's "column")`);
}

/** PostgreSQL names each identity key's sequence `<table>_id_seq`: a table of that name would be skipped by IF NOT EXISTS. */
export function assertNoSequenceClash(tables: Table[], seq: ((t: string) => string) | undefined): void {
  if (!seq) return;
  const seqs = new Map(tables.filter((t) => t.columns.some((c) => c.identity)).map((t) => [seq(t.name), t.name]));
  const t = tables.find((x) => seqs.has(x.name));
  if (t) fail(`names: table '${t.name}' is the name of ${seqs.get(t.name)}'s identity sequence; rename it (a junction can be named with the relation's "column")`);
}
