/**
 * A data step (db-change `"data": {"up": "file.sql", "down": "file.sql"}`): the user's SQL that moves data
 * between shapes. Offline it runs between the statements that add the new shape (tables, columns, changed
 * columns, dropped constraints) and those that remove the old one or check the rows (keys, FKs, checks,
 * drops): three migrations in order, each with its down. Online it is the migration after the expand,
 * before the contract. Without a down its down aborts: the migration is marked irreversible.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dialect } from '../dialects/dialect.js';
import type { Phase } from '../dialects/online.js';
import { emitStatement } from '../dialects/registry.js';
import { planDown, type Statement, type StatementKind } from '../model/statements.js';
import { fail } from '../cli/errors.js';

export interface DataStep { up: string; down?: string }

const LATER: StatementKind[] = ['addUnique', 'addForeignKey', 'addCheck', 'addIndex', 'dropColumn', 'dropTable', 'dropTriggerFunction'];

/** The user's files, read from the project (one line if one is missing or empty). */
export function readData(dest: string, d: DataStep): { up: string; down?: string } {
  const read = (key: string, f: string) => {
    let text = '';
    try { text = readFileSync(resolve(dest, f), 'utf8'); } catch { fail(`data.${key}: cannot read ${f} (a .sql file in the project, relative to its root)`); }
    if (!text.trim()) fail(`data.${key}: ${f} is empty; give the SQL that moves the data`);
    return text.trim();
  };
  return { up: read('up', d.up), ...(d.down ? { down: read('down', d.down) } : {}) };
}

/** The statements as the engine runs them, after its checks of the rows where it has any (MySQL: data checks first). */
const checked = (d: Dialect, ss: Statement[]) => [...(d.dataChecks?.(ss) ?? []), ...ss.flatMap((s) => emitStatement(d, s))];
const sqlOf = (d: Dialect, ss: Statement[]) => checked(d, d.group?.(ss) ?? ss);
const downOf = (d: Dialect, ss: Statement[], name: string) => {
  const up = d.group?.(ss) ?? ss;
  return [...(d.downPrelude?.(up) ?? []), ...checked(d, planDown(up, name, [])), ...(d.downPostlude?.(up) ?? [])];
};

/** The data step's own migration; no down: one that aborts. */
export function dataPhase(d: Dialect, data: { up: string; down?: string }, migration: string): Phase {
  const abort = emitStatement(d, { kind: 'guardIrreversible', migration, tables: [] });
  return {
    name: '_data', up: [data.up], down: data.down ? [data.down] : [`-- IRREVERSIBLE: the data step has no down (give "data": {"down": "file.sql"})\n${abort.join('\n')}`],
    notes: [`data step${data.down ? '' : ' (irreversible: no down)'}: written by hand, run between the new shape and the removal of the old`],
  };
}

/** Offline: the new shape, the data step, then what removes the old shape or checks the moved rows. */
export function offlinePhases(d: Dialect, up: Statement[], data: { up: string; down?: string }, name: string): Phase[] {
  const first = up.filter((s) => !LATER.includes(s.kind));
  const last = up.filter((s) => LATER.includes(s.kind));
  return [
    ...(first.length ? [{ name: '', up: sqlOf(d, first), down: downOf(d, first, name) }] : []),
    dataPhase(d, data, `${name}_data`),
    ...(last.length ? [{ name: '_finish', up: sqlOf(d, last), down: downOf(d, last, `${name}_finish`) }] : []),
  ];
}
