/**
 * Replay on a scratch database: every up in order, the result against the design, every down in reverse back
 * to an empty catalog (when it is not empty, a second pass reads the catalog around each migration to name the
 * down that leaves something behind), every up again (the same catalog), db/seed.sql twice (no error, no new
 * rows the second time), then db/schema.sql loaded into the reset database: its catalog must equal the ups'. The
 * design's residue (db/residue.sql, an import's) runs after the ups where a live database is compared (drift).
 * The catalog is read a few times in all, not after every migration (200 tables × 50 migrations stays fast).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Design } from '../state/design-schema.js';
import type { Dialect } from '../dialects/dialect.js';
import type { Catalog } from '../catalog/types.js';
import { diffCatalogs } from '../catalog/diff.js';
import type { Finding } from './finding.js';
import type { MigrationText } from './migrations.js';
import type { Scratch } from './scratch.js';
import { rf, runPart } from './run-part.js';
import { RESIDUE_PATH, residueRecords } from '../render/residue-sql.js';
import { diffDesign } from './design-diff.js';
import { createdIn, inSchemaSql, tableOf } from './locate.js';
import { seedTwice } from './seed-twice.js';

export { rf, runPart } from './run-part.js';

export interface Replayed { findings: Finding[]; summary: string; catalogAt(migrations: number): Promise<Catalog | undefined> }

/** The design's residue as db/residue.sql renders it, after the ups (what the entity language cannot say). */
const residue = (db: Scratch, design: Design) => (design.residue?.length
  ? runPart(db, { file: RESIDUE_PATH, sql: residueRecords(design)[0].body, line: 1 }, RESIDUE_PATH) : Promise.resolve(undefined));

/** caps.textComments (SQLite): the comments are lines of the CREATE TABLE text, which a table's comment alone does not
 *  rewrite and earlier versions wrote another way: db/schema.sql's text and the migrations' may differ there alone. */
const bare = (d: Dialect, c: Catalog): Catalog => (!d.caps.textComments ? c : {
  ...c, tables: c.tables.map((t) => ({ ...t, comment: undefined, columns: t.columns.map((x) => ({ ...x, comment: undefined })) })) });

const left = (x: { object: string; detail: string }) => `${x.object} ${x.detail.replace(/only in a/, 'left behind').replace(/only in b/, 'missing')}`;

/** The slow pass, only when the downs do not end empty: the catalog around each migration names the down at fault. */
async function diagnose(db: Scratch, d: Dialect, present: MigrationText[]): Promise<Finding[]> {
  await db.reset();
  const before: Catalog[] = [await d.readCatalog(db.conn)];
  for (const t of present) { await runPart(db, t.up, 'up'); before.push(await d.readCatalog(db.conn)); }
  const out: Finding[] = [];
  for (let i = present.length - 1; i >= 0; i--) {
    if (await runPart(db, present[i].down, 'down')) break;
    const diff = diffCatalogs(await d.readCatalog(db.conn), before[i]);
    if (!diff.length) continue;
    out.push(rf(present[i].down.file, present[i].down.line, 'down-not-undoing-up', `after the down: ${diff.slice(0, 3).map(left).join('; ')}`,
      'restore what the up changed in a new migration pair'));
  }
  return out;
}

export async function replay(dest: string, design: Design, d: Dialect, texts: MigrationText[], db: Scratch): Promise<Replayed> {
  const read = () => d.readCatalog(db.conn);
  const out: Finding[] = [];
  const present = texts.filter((t) => !t.missing);
  const empty = await read();
  const ups = async (upTo: number, again = '') => {
    for (const t of present.slice(0, upTo)) { const bad = await runPart(db, t.up, `${t.version}_${t.name} up${again}`); if (bad) return bad; }
    return undefined;
  };
  let top: Catalog | undefined;
  let full: Catalog | undefined; // top with the residue
  const catalogAt = async (n: number) => {
    if (n === 0) return empty;
    if (n === present.length && top) return full ?? top;
    await db.reset();
    return (await ups(n)) || (await residue(db, design)) ? undefined : read();
  };
  const stop = (bad: Finding, where: string) => ({ findings: [...out, bad], summary: `stopped at ${where}`, catalogAt: async () => undefined });
  let bad = await ups(present.length);
  if (bad) return stop(bad, bad.file);
  top = await read();
  for (const x of diffDesign(design.schema!, top)) {
    const at = createdIn(present, x.table) ?? { file: 'db/design.json', line: 1 };
    out.push(rf(at.file, at.line, 'migrations-differ-from-design', `${x.object}: ${x.detail} (after every up)`, 'make the change through db-change, or verify --adopt'));
  }
  let kept = '';
  for (let i = present.length - 1; i >= 0 && !kept; i--) {
    const t = present[i];
    bad = await runPart(db, t.down, `${t.version}_${t.name} down`);
    if (bad && t.irreversible.length && /irreversible/i.test(bad.message)) kept = `; the down of ${t.version}_${t.name} aborts by design (irreversible: ${t.irreversible.join(', ')})`;
    else if (bad) return stop(bad, t.down.file);
  }
  if (!kept && diffCatalogs(await read(), empty).length) out.push(...(await diagnose(db, d, present)));
  await db.reset();
  bad = await ups(present.length, ' (again)');
  if (bad) return stop(bad, `${bad.file} (again)`);
  const again = diffCatalogs(await read(), top);
  if (again.length) out.push(rf(present[0]?.up.file ?? 'db/design.json', 1, 'replay-not-repeatable', `up, down, up again gives another schema: ${again[0].object} ${again[0].detail}`, 'the downs must restore exactly what the ups change'));
  bad = await residue(db, design);
  if (bad) out.push(bad);
  else if (design.residue?.length) full = await read();
  out.push(...(await seedTwice(dest, design, d, db)));
  await db.reset();
  const schemaSql = existsSync(join(dest, 'db/schema.sql')) ? readFileSync(join(dest, 'db/schema.sql'), 'utf8') : '';
  bad = await runPart(db, { file: 'db/schema.sql', sql: schemaSql, line: 1 }, 'db/schema.sql', true);
  if (bad) out.push(bad);
  else for (const x of diffCatalogs(bare(d, top), bare(d, await read())).filter((y) => !/^column order:/.test(y.detail))) {
    const at = inSchemaSql(schemaSql, tableOf(x.object));
    const detail = x.detail.replace('only in a', 'only in the migrations').replace('only in b', 'only in db/schema.sql').replace(/\ba (\S)/, 'migrations $1').replace(/ \/ b /, ' / schema.sql ');
    out.push(rf(at.file, at.line, 'schema-sql-differs', `${x.object}: ${detail}`, 'db/schema.sql is generated: rewrite it from the design (run any generator), never by hand'));
  }
  const n = present.length;
  return { findings: out, summary: `${n} up${n === 1 ? '' : 's'}, the downs back to empty${kept}, up again${full ? ', db/residue.sql after them' : ''}; db/schema.sql loaded fresh on ${db.label}`, catalogAt };
}
