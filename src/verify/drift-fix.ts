/**
 * What `--revert` and `--adopt` write for the drift, never run: `--revert` a pair under db/drift/ that brings
 * the live database back to the design (columns and indexes added or dropped by hand, tables added by hand);
 * `--adopt` a migration pair through the one pipeline that takes columns added or dropped by hand into the
 * design (the live database has it already: record its version as applied in the runner's table).
 * What neither can write is named in a comment of the file (and the finding stays).
 */
import type { Design } from '../state/design-schema.js';
import type { Dialect } from '../dialects/dialect.js';
import type { Catalog, CatColumn } from '../catalog/types.js';
import type { CatalogDifference } from '../catalog/diff.js';
import type { FileRecord } from '../io/files.js';
import type { Table } from '../state/physical-schema.js';
import { emitStatement } from '../dialects/registry.js';
import { timestamp, now } from '../core/paths.js';
import { adoptRecords } from './adopt.js';

export interface FixOptions { adopt: boolean; revert: boolean; clock?: Date }

const onlyLive = (x: CatalogDifference) => x.detail === 'only in a';
const onlyDesign = (x: CatalogDifference) => x.detail === 'only in b';

export function columnSql(d: Dialect, c: CatColumn): string {
  return `${d.quote(c.name)} ${c.type.toUpperCase()}${c.nullable ? '' : ' NOT NULL'}${c.default !== null ? ` DEFAULT ${c.default}` : ''}`;
}

/** Up and down statements that bring the live catalog back to the expected one (and what cannot be written). */
function revertSql(d: Dialect, design: Design, live: Catalog, expected: Catalog, diffs: CatalogDifference[]) {
  const up: string[] = []; const down: string[] = []; const not: string[] = [];
  const table = (n: string) => design.schema!.tables.find((t) => t.name === n);
  const col = (cat: Catalog, t: string, c: string) => cat.tables.find((x) => x.name === t)?.columns.find((x) => x.name === c);
  for (const x of diffs) {
    let m: RegExpExecArray | null;
    if ((m = /^column ([^.]+)\.(.+)$/.exec(x.object)) && (onlyLive(x) || onlyDesign(x))) {
      const [t, c] = [m[1], m[2]];
      const def = onlyLive(x) ? col(live, t, c)! : col(expected, t, c)!;
      const add = `ALTER TABLE ${d.quote(t)} ADD COLUMN ${columnSql(d, def)};`;
      const drop = `ALTER TABLE ${d.quote(t)} DROP COLUMN ${d.quote(c)};`;
      up.push(onlyLive(x) ? drop : add); down.unshift(onlyLive(x) ? add : drop);
    } else if ((m = /^table (\S+)$/.exec(x.object)) && onlyLive(x)) {
      up.push(`DROP TABLE ${d.quote(m[1])};`); not.push(`the down does not re-create ${m[1]} (added by hand; its rows are gone)`);
    } else if ((m = /^table (\S+)$/.exec(x.object)) && onlyDesign(x) && table(m[1])) {
      const t = table(m[1])!;
      up.push(...emitStatement(d, { kind: 'createTable', table: t, deferred: [] }).map((s) => `${s.replace(/;?\s*$/, ';')}`));
      down.unshift(...emitStatement(d, { kind: 'dropTable', table: t, deferred: [] }).map((s) => `${s.replace(/;?\s*$/, ';')}`));
    } else if ((m = /^index (\S+) (\S+) /.exec(x.object)) && (onlyLive(x) || onlyDesign(x)) && table(m[1])) {
      const t: Table = table(m[1])!;
      const source = (onlyLive(x) ? live : expected).tables.find((y) => y.name === m![1])?.indexes.find((i) => i.name === m![2]);
      if (!source || source.expression) { not.push(`${x.object}: ${x.detail}`); continue; }
      const index = { name: source.name, columns: source.columns, unique: source.unique };
      const create = emitStatement(d, { kind: 'addIndex', index, before: t, after: t }).map((s) => s.replace(/;?\s*$/, ';'));
      const drop = emitStatement(d, { kind: 'dropIndex', index, before: t, after: t }).map((s) => s.replace(/;?\s*$/, ';'));
      up.push(...(onlyLive(x) ? drop : create)); down.unshift(...(onlyLive(x) ? create : drop));
    } else not.push(`${x.object}: ${x.detail}`);
  }
  return { up, down, not };
}

export function fixDrift(dest: string, design: Design, d: Dialect, live: Catalog, expected: Catalog, diffs: CatalogDifference[], o: FixOptions): FileRecord[] {
  const clock = o.clock ?? now();
  if (o.adopt) return adoptRecords(dest, design, live, diffs, clock);
  const r = revertSql(d, design, live, expected, diffs);
  const base = `db/drift/${timestamp(clock)}_revert_drift`;
  const head = (what: string) => [`-- db-scaffold db-verify --revert: ${what} (written, never run; apply it yourself, e.g. psql -f / mariadb / sqlite3)`,
    ...r.not.map((n) => `-- not written: ${n} — write that statement by hand here, or take it into the design with --adopt`), ''];
  return [
    { path: `${base}.sql`, body: [...head('brings the live database back to the design'), ...r.up, ''].join('\n'), immutable: true },
    { path: `${base}.down.sql`, body: [...head('undoes the revert (the drift again)'), ...r.down, ''].join('\n'), immutable: true },
  ];
}
