/**
 * Integrity: every recorded migration is there and as written (the checksums in db/design.json), versions
 * are unique and increasing, no migration file is left unrecorded (a gap the state does not know), and each
 * down undoes what its up creates (statically: every table, column and index the up creates, the down drops, unless
 * the table is marked irreversible). Replay checks the down on a real engine too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Design } from '../state/design-schema.js';
import { STATE_PATH } from '../state/store.js';
import { checksum, sha256 } from '../core/versions.js';
import type { Finding } from './finding.js';
import { filesOnDisk, type MigrationText } from './migrations.js';
import { shapesOf, statementsOf } from './statements.js';

const f = (file: string, line: number, rule: string, message: string, fix: string): Finding => ({ step: 'integrity', file, line, rule, message, fix });

function asWritten(dest: string, design: Design, texts: MigrationText[]): Finding[] {
  return design.migrations.flatMap((m, i): Finding[] => {
    const t = texts[i];
    if (t.missing) {
      return [f(t.missing, 1, 'deleted-migration', `${m.version}_${m.name} is recorded in ${STATE_PATH} but its file is gone`,
        'restore it from git; a written migration is never removed')];
    }
    const [up, down] = [m.up, m.down].map((p) => readFileSync(join(dest, p), 'utf8'));
    if (checksum(up, down) === m.checksum) return [];
    const which = !m.sums ? m.up : sha256(up) !== m.sums.up ? m.up : m.down;
    return [f(which, 1, 'edited-migration', `${m.version}_${m.name} was edited after it was written (its checksum differs from ${STATE_PATH})`,
      'restore it from git and make the change as a new migration (npx plop db-change)')];
  });
}

function versions(dest: string, design: Design): Finding[] {
  const out: Finding[] = [];
  design.migrations.forEach((m, i) => {
    const prev = design.migrations[i - 1];
    if (prev && m.version === prev.version) {
      out.push(f(m.up, 1, 'duplicate-version', `version ${m.version} is recorded twice (${prev.name}, ${m.name})`,
        'give the later migration a later version; runners apply one per version'));
    }
    else if (prev && m.version < prev.version) out.push(f(m.up, 1, 'version-order', `version ${m.version} comes after ${prev.version} in ${STATE_PATH}`, 'versions must increase; a runner would apply it out of order'));
  });
  const recorded = new Set(design.migrations.flatMap((m) => [m.up, m.down]));
  const byVersion = new Map<string, Map<string, string>>();
  for (const file of filesOnDisk(dest, design)) {
    const base = file.split('/').pop()!;
    const v = base.slice(0, 14);
    const name = base.slice(15).replace(/(\.(up|down))?\.(sql|py)$/, '');
    byVersion.set(v, (byVersion.get(v) ?? new Map()).set(name, byVersion.get(v)?.get(name) ?? file));
    if (!recorded.has(file) && !file.endsWith('atlas.sum')) {
      out.push(f(file, 1, 'unrecorded-migration', `${base} is in the migrations folder but not in ${STATE_PATH} (a gap in the recorded versions)`,
        'remove it, or make the change through db-change so it is recorded with its checksum'));
    }
  }
  for (const [v, names] of byVersion) if (names.size > 1) {
    out.push(f([...names.values()][0], 1, 'duplicate-version', `version ${v} is used by ${[...names.keys()].join(' and ')}`, 'one migration per version: renumber the later one'));
  }
  return out;
}

/** Tables and indexes an up creates that its down neither drops nor keeps on purpose (irreversible). */
function undoes(texts: MigrationText[]): Finding[] {
  return texts.filter((t) => !t.missing).flatMap((t) => {
    const down = statementsOf(t.down.sql).flatMap((s) => shapesOf(s.flat));
    const droppedTables = new Set(down.flatMap((s) => (s.kind === 'drop-table' ? [s.table] : [])));
    const droppedIndexes = new Set(down.flatMap((s) => (s.kind === 'drop-index' ? [s.name] : [])));
    const kept = new Set(t.irreversible.map((x) => x.toLowerCase()));
    const guarded = /IRREVERSIBLE/i.test(t.down.sql);
    return statementsOf(t.up.sql, t.up.line).flatMap((s) => shapesOf(s.flat).flatMap((sh): Finding[] => {
      if (sh.kind === 'create-table' && !droppedTables.has(sh.table) && !(kept.has(sh.table) && guarded)) {
        return [f(t.up.file, s.line, 'down-not-undoing-up', `the up creates table ${sh.table}; ${t.down.file} does not drop it`, `add DROP TABLE to the down, or mark ${sh.table} irreversible`)];
      }
      if (sh.kind === 'add-column' && !droppedTables.has(sh.table) && !down.some((x) => x.kind === 'drop-column' && x.table === sh.table && x.column === sh.column)) {
        return [f(t.up.file, s.line, 'down-not-undoing-up', `the up adds column ${sh.table}.${sh.column}; ${t.down.file} does not drop it`, `add ALTER TABLE ${sh.table} DROP COLUMN ${sh.column} to the down`)];
      }
      if (sh.kind === 'create-index' && !droppedIndexes.has(sh.name) && !droppedTables.has(sh.table) && !kept.has(sh.table)) {
        return [f(t.up.file, s.line, 'down-not-undoing-up', `the up creates index ${sh.name}; ${t.down.file} does not drop it`, `add DROP INDEX ${sh.name} to the down`)];
      }
      return [];
    }));
  });
}

export function integrity(dest: string, design: Design, texts: MigrationText[]): Finding[] {
  return [...asWritten(dest, design, texts), ...versions(dest, design), ...undoes(texts)];
}
