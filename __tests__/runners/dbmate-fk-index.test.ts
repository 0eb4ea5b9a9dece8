/**
 * Issue 22: composite indexes that lead with an FK column (books.author_id) are added, widened, swapped
 * for one that does not lead with it, and dropped, one db-change each, on a database holding rows.
 * PostgreSQL and MariaDB: through dbmate (up → rollback of every change → up); SQLite: the files run
 * as they are. After each up the catalog is the regenerated schema.sql's; the rows stay.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describeEachEngine, openEngine, type Catalog, type Engine, type EngineId } from '../support/engines.js';
import { tempDir } from '../support/temp.js';
import { databaseUrl } from '../support/project.js';
import { CLOCK, LINES, RELATIONS, SEED } from '../change-cases.js';
import { buildInit } from '../../src/core/init.js';
import { planChange } from '../../src/change/plan.js';
import { ChangeSpec } from '../../src/change/spec.js';
import type { Design } from '../../src/state/design-schema.js';
import type { FileRecord } from '../../src/io/files.js';

const DBMATE = join(process.cwd(), 'node_modules', '.bin', 'dbmate');
const STEPS: Record<string, string> = {
  add: '@index(author_id, pages)',
  widen: '@index(author_id, pages, status)',
  notLeading: '@index(pages, author_id)',
  drop: '',
};

function dbmate(dir: string, url: string, ...args: string[]): string {
  const r = spawnSync(DBMATE, ['--no-dump-schema', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, DATABASE_URL: url }, timeout: 60_000 });
  if (r.status !== 0) throw new Error(`dbmate ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

const write = (dir: string, fs: FileRecord[]) => fs.forEach((f) => {
  mkdirSync(dirname(join(dir, f.path)), { recursive: true });
  writeFileSync(join(dir, f.path), f.body);
});

interface Step { name: string; up: string; down: string; schema: string; kinds: string[]; files: FileRecord[] }

function project(db: EngineId, dir: string): { init: string; initFiles: FileRecord[]; steps: Step[] } {
  const runner = db === 'sqlite' ? { runner: 'later' as const } : { runner: 'existing' as const, existing: 'dbmate' as const };
  const built = buildInit({
    intake: 'A library: authors write books; books have tags and covers.', db, orm: 'none', scale: 'team', style: 'schema-first',
    migctl: 'manual', entities: Object.values(LINES).join('\n'), relations: RELATIONS, review: 'accept', irreversible: [], ...runner,
  }, undefined, dir, CLOCK);
  let design: Design = built.design;
  const steps: Step[] = [];
  Object.entries(STEPS).forEach(([name, ix], i) => {
    const entities = Object.values({ ...LINES, Book: `${LINES.Book}${ix ? `, ${ix}` : ''}` }).join('\n');
    const out = planChange(design, ChangeSpec.parse({ entities, relations: RELATIONS }), dir, new Date(CLOCK.getTime() + (i + 1) * 60_000));
    design = out.design;
    const schema = out.files.find((f) => f.path === 'db/schema.sql')!.body;
    steps.push({ name, up: out.up!, down: out.down!, schema, kinds: out.kinds, files: out.files });
  });
  return { init: built.files.find((f) => f.path.endsWith('_init_schema.sql'))!.body, initFiles: built.files, steps };
}

/** The catalog without dbmate's own table. */
async function catalog(e: Engine): Promise<Catalog> {
  const c = await e.catalog();
  return { ...c, tables: Object.fromEntries(Object.entries(c.tables).filter(([t]) => t !== 'schema_migrations')) };
}

const rows = (e: Engine) => e.query(`SELECT id, title, author_id, pages, status FROM books ORDER BY id`);

describeEachEngine('issue 22: composite indexes that lead with an FK column', (db) => {
  test('add, widen, not leading, drop: up → down → up with rows', async () => {
    const dir = tempDir(`fkix-${db}`);
    const { init, initFiles, steps } = project(db, dir);
    // MariaDB: the new index comes before the FK's old one goes (else error 1553); elsewhere the order is as it was
    const ixKinds = (k: string[]) => k.filter((x) => x === 'addIndex' || x === 'dropIndex');
    expect(steps.map((s) => ixKinds(s.kinds))).toEqual(db === 'mysql'
      ? [['addIndex', 'dropIndex'], ['addIndex', 'dropIndex'], ['addIndex', 'addIndex', 'dropIndex'], ['dropIndex']]
      : [['dropIndex', 'addIndex'], ['dropIndex', 'addIndex'], ['dropIndex', 'addIndex', 'addIndex'], ['dropIndex']]);
    const e = await openEngine(db);
    const fresh: Engine[] = [];
    try {
      const want: Catalog[] = [];
      for (const s of steps) {
        const f = await openEngine(db);
        fresh.push(f);
        await f.exec(s.schema);
        want.push(await f.catalog());
      }
      const url = databaseUrl(db, e.name, dir) + (db === 'postgres' ? '?sslmode=disable' : '');
      const run = async (sql: string, ...args: string[]) => { if (db === 'sqlite') await e.exec(sql); else dbmate(dir, url, ...args); };
      write(dir, initFiles);
      await run(init, 'up');
      await e.exec(SEED);
      const cat0 = await catalog(e);
      const rows0 = await rows(e);
      expect(rows0).toHaveLength(3);
      for (const [i, s] of steps.entries()) {
        write(dir, s.files);
        await run(s.up, 'migrate');
        expect(await catalog(e)).toEqual(want[i]);
      }
      for (let i = steps.length - 1; i >= 0; i--) {
        await run(steps[i].down, 'rollback');
        expect(await catalog(e)).toEqual(i ? want[i - 1] : cat0);
      }
      expect(await rows(e)).toEqual(rows0);
      if (db === 'sqlite') for (const s of steps) await e.exec(s.up); else dbmate(dir, url, 'migrate');
      expect(await catalog(e)).toEqual(want[3]);
      expect(await rows(e)).toEqual(rows0);
    } finally {
      await e.close();
      for (const f of fresh) await f.close();
    }
  }, 180_000);
});
