/**
 * db/residue.sql, rendered from the design's `residue` (what the entity language cannot say, object by object):
 * the objects' statements by phase, each group under its object's comment, for after the migrations. Every run
 * that writes db/schema.sql writes it again, so it always says what db/design.json keeps.
 */
import type { Design, ResidueObject } from '../state/design-schema.js';
import type { FileRecord } from '../io/files.js';

export const RESIDUE_PATH = 'db/residue.sql';

export const residueLabel = (it: ResidueObject) => `${it.kind} ${it.name}`;

/** The statements of `items` by phase (stable within one), each object's first one under its comment. */
export function residueSql(items: ResidueObject[], head: string[]): string {
  const rows = items.flatMap((it, n) => it.sql.map((s) => ({ ...s, n, it })));
  rows.sort((a, b) => a.phase - b.phase || a.n - b.n);
  const body = rows.map((r, i) => (i > 0 && rows[i - 1].it === r.it ? r.sql : `\n-- ${residueLabel(r.it)}: ${r.it.reason}\n${r.sql}`));
  return [...head.map((h) => `-- ${h}`), ...body, ''].join('\n');
}

export const RESIDUE_HEAD = [
  `${RESIDUE_PATH}: what the entity language cannot say yet, object by object, rendered from db/design.json ("residue").`,
  'Run it after the migrations on a fresh database (db-verify replays it so); the imported database has all of it already.',
];

/** The file, when the design keeps a residue. */
export function residueRecords(design: Pick<Design, 'residue'>): FileRecord[] {
  return design.residue?.length ? [{ path: RESIDUE_PATH, body: residueSql(design.residue, RESIDUE_HEAD) }] : [];
}

/** The file once its last object went with a change (db-change: a table or column dropped, a column given up): said
 *  empty, as db/design.json keeps none. */
export const emptiedResidue = (): FileRecord => ({ path: RESIDUE_PATH, body: residueSql([], [...RESIDUE_HEAD,
  'Nothing left over: db/design.json keeps no residue now (the last of it went with a change); nothing to run.']) });
