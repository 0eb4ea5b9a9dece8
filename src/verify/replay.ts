/**
 * Replay on a scratch database: every up in order (the catalog after each), the result against the design,
 * every down in reverse (each must give back the catalog before its up, the last an empty one), every up
 * again (the same catalog), db/seed.sql twice (no error, no new rows the second time), then db/schema.sql
 * loaded into the reset database: its catalog must equal the migrations'.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Design } from '../state/design-schema.js';
import type { Dialect } from '../dialects/dialect.js';
import type { Catalog } from '../catalog/types.js';
import { diffCatalogs } from '../catalog/diff.js';
import type { Finding } from './finding.js';
import type { MigrationText, Part } from './migrations.js';
import type { Scratch } from './scratch.js';
import { statementsOf } from './statements.js';
import { diffDesign } from './design-diff.js';
import { createdIn, inSchemaSql, tableOf } from './locate.js';

export interface Replayed { findings: Finding[]; summary: string; after: Catalog[] }

const f = (file: string, line: number, rule: string, message: string, fix: string): Finding => ({ step: 'replay', file, line, rule, message, fix });
const engineLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0];

/** Run a part statement by statement; the first error is a finding at its line. */
async function run(db: Scratch, part: Part, what: string): Promise<Finding | undefined> {
  for (const s of statementsOf(part.sql, part.line)) {
    try { await db.exec(s.sql); } catch (e) {
      return f(part.file, s.line, 'replay-failed', `${what} fails on the engine: ${engineLine(e)}`, 'fix the statement in a new migration; this one is as written');
    }
  }
  return undefined;
}

export async function replay(dest: string, design: Design, d: Dialect, texts: MigrationText[], db: Scratch): Promise<Replayed> {
  const read = () => d.readCatalog(db.conn);
  const out: Finding[] = [];
  const present = texts.filter((t) => !t.missing);
  const after: Catalog[] = [await read()];
  for (const t of present) {
    const bad = await run(db, t.up, `${t.version}_${t.name} up`);
    if (bad) return { findings: [bad], summary: `stopped at ${t.up.file}`, after };
    after.push(await read());
  }
  const top = after[after.length - 1];
  for (const x of diffDesign(design.schema!, top)) {
    const at = createdIn(present, x.table) ?? { file: 'db/design.json', line: 1 };
    out.push(f(at.file, at.line, 'migrations-differ-from-design', `${x.object}: ${x.detail} (after every up)`, 'make the change through db-change, or verify --adopt'));
  }
  let kept = '';
  for (let i = present.length - 1; i >= 0; i--) {
    const t = present[i];
    const bad = await run(db, t.down, `${t.version}_${t.name} down`);
    if (bad && t.irreversible.length && /irreversible/i.test(bad.message)) { // the guard aborts it, as designed
      kept = `; the down of ${t.version}_${t.name} aborts by design (irreversible: ${t.irreversible.join(', ')})`;
      await db.reset();
      break;
    }
    if (bad) return { findings: [...out, bad], summary: `stopped at ${t.down.file}`, after };
    const left = diffCatalogs(await read(), after[i]);
    if (left.length) out.push(f(t.down.file, t.down.line, 'down-not-undoing-up', `after the down: ${left.slice(0, 3).map((x) => `${x.object} ${x.detail.replace(/only in a/, 'left behind').replace(/only in b/, 'missing')}`).join('; ')}`, 'restore what the up changed in a new migration pair'));
  }
  for (const t of present) {
    const bad = await run(db, t.up, `${t.version}_${t.name} up (again)`);
    if (bad) return { findings: [...out, bad], summary: `stopped at ${t.up.file} (again)`, after };
  }
  const again = diffCatalogs(await read(), top);
  if (again.length) out.push(f(present[0]?.up.file ?? 'db/design.json', 1, 'replay-not-repeatable', `up, down, up again gives another schema: ${again[0].object} ${again[0].detail}`, 'the downs must restore exactly what the ups change'));
  out.push(...(await seedTwice(dest, design, d, db)));
  await db.reset();
  const schemaPath = join(dest, 'db/schema.sql');
  const schemaSql = existsSync(schemaPath) ? readFileSync(schemaPath, 'utf8') : '';
  const bad = await run(db, { file: 'db/schema.sql', sql: schemaSql, line: 1 }, 'db/schema.sql');
  if (bad) out.push(bad);
  else for (const x of diffCatalogs(top, await read())) {
    const at = inSchemaSql(schemaSql, tableOf(x.object));
    const detail = x.detail.replace('only in a', 'only in the migrations').replace('only in b', 'only in db/schema.sql').replace(/\ba (\S)/, 'migrations $1').replace(/ \/ b /, ' / schema.sql ');
    out.push(f(at.file, at.line, 'schema-sql-differs', `${x.object}: ${detail}`, 'db/schema.sql is generated: rewrite it from the design (run any generator), never by hand'));
  }
  await db.reset();
  const n = present.length;
  return { findings: out, summary: `${n} up${n === 1 ? '' : 's'}, the downs back to empty${kept}, up again; db/schema.sql loaded fresh on ${db.label}`, after };
}

async function seedTwice(dest: string, design: Design, d: Dialect, db: Scratch): Promise<Finding[]> {
  const file = design.seed?.file ?? 'db/seed.sql';
  if (!existsSync(join(dest, file))) return [];
  const part = { file, sql: readFileSync(join(dest, file), 'utf8'), line: 1 };
  const count = async () => Promise.all(design.schema!.tables.map(async (t) => Number(Object.values((await db.conn.query(`SELECT COUNT(*) AS n FROM ${d.quote(t.name)}`))[0] ?? {})[0] ?? 0)));
  const first = await run(db, part, 'the seed');
  if (first) return [first];
  const before = await count();
  const second = await run(db, part, 'the seed, run a second time');
  if (second) return [{ ...second, rule: 'seed-not-repeatable' }];
  const afterCounts = await count();
  const more = design.schema!.tables.flatMap((t, i) => (afterCounts[i] !== before[i] ? [`${t.name} ${before[i]} → ${afterCounts[i]}`] : []));
  return more.length ? [f(file, 1, 'seed-not-repeatable', `a second run adds rows: ${more.join(', ')}`, 'the seed must insert only what is missing (ON CONFLICT DO NOTHING / INSERT IGNORE / OR IGNORE)')] : [];
}
