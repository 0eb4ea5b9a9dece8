/**
 * db-import's printed "mark it applied" step, executed, for every runner with a table of applied versions, on the
 * real PostgreSQL and MariaDB. Alembic for real (Debian's python3-alembic: `alembic stamp head`, then `upgrade head`
 * changes nothing); goose, golang-migrate, sqlx, Atlas and Prisma through the SQL the step prints, run on the
 * runner's table as the tool creates it (support/runner-tables.ts). Then the runner's table says the baseline is
 * applied, in its format (appliedVersions, what db-verify reads), with sqlx's checksum and Atlas's hash as the tools
 * compute them. dbmate: import-dbmate.test.ts (dbmate itself); kei-migrate: import-applied-kei.test.ts (also on
 * SQLite); `later` prints a note only.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffCatalogs } from '../../src/catalog/diff.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { appliedVersions } from '../../src/runners/applied.js';
import type { LayoutId as Layout } from '../../src/runners/layout.js';
import { runBin } from '../support/bin-run.js';
import { describeEngine } from '../support/engines.js';
import { describeWith, PSYCOPG2, PYMYSQL, SQLALCHEMY } from '../support/extras.js';
import { openReadable, type Readable } from '../support/readable.js';
import { RUNNER_DDL } from '../support/runner-tables.js';
import { tempDir } from '../support/temp.js';
import { python } from '../orm/python.js';
import { printedSql, SCHEMA } from './printed.js';
import { PKG, urlOf } from './roundtrip.js';

const RUNNERS: [Layout, string[]][] = [['goose', ['--runner', 'existing', '--existing', 'goose']],
  ['golang-migrate', ['--runner', 'existing', '--existing', 'golang-migrate']], ['sqlx', ['--runner', 'existing', '--existing', 'sqlx']],
  ['atlas', ['--runner', 'existing', '--existing', 'atlas']], ['prisma', ['--orm', 'prisma']]];

async function imported(id: 'postgres' | 'mysql', args: string[]) {
  const db = await openReadable(id);
  for (const s of SCHEMA) await db.exec(s);
  const dest = tempDir(`applied-${id}`);
  const run = runBin(PKG, ['db-import', '--', '--url', urlOf(id, db), ...args, '--dest', dest], dest);
  if (run.status !== 0) { await db.close(); throw new Error(run.err.join(' | ')); }
  const design = JSON.parse(readFileSync(join(dest, 'db', 'design.json'), 'utf8'));
  return { db, dest, out: run.out, m: design.migrations[0] as { version: string; up: string } | undefined };
}

const tables = async (db: Readable) => (await dialectOf(db.dialect).readCatalog(db.conn)).tables.map((t) => t.name);

for (const id of ['postgres', 'mysql'] as const) {
  describeEngine(id, 'db-import: the printed mark-applied step, per runner', () => {
    test.each(RUNNERS)('%s: the printed SQL on the tool\'s table; the runner sees the baseline applied', async (layout, args) => {
      const { db, dest, out, m } = await imported(id, args);
      try {
        for (const s of RUNNER_DDL[layout]!(id)) await db.exec(s);
        let sql = printedSql(out);
        if (layout === 'prisma') { // the shell computes $SUM from the migration prisma migrate diff writes
          expect(out.join('\n')).toContain('npx prisma migrate resolve --applied 0_init');
          sql = sql.replace('$SUM', createHash('sha256').update(readFileSync(join(dest, 'db', 'schema.sql'))).digest('hex'));
        }
        await db.exec(sql);
        const version = layout === 'prisma' ? '0_init' : m!.version;
        expect(await appliedVersions(layout, db.conn, await tables(db))).toEqual({ versions: [version], ...(layout === 'golang-migrate' ? { dirty: false } : {}) });
        const up = m ? readFileSync(join(dest, m.up), 'utf8') : '';
        if (layout === 'sqlx') {
          const [row] = await db.conn.query('SELECT checksum, description FROM _sqlx_migrations');
          expect(Buffer.from(row.checksum as Uint8Array).toString('hex')).toBe(createHash('sha384').update(up).digest('hex'));
          expect(row.description).toBe('init schema');
        }
        if (layout === 'atlas') {
          const [row] = await db.conn.query('SELECT hash, type FROM atlas_schema_revisions');
          expect(readFileSync(join(dest, 'migrations', 'atlas.sum'), 'utf8')).toContain(`${m!.version}_init_schema.sql h1:${row.hash}\n`);
          expect(Number(row.type)).toBe(4); // RevisionTypeResolved, as `atlas migrate set` writes it
        }
      } finally {
        await db.close();
      }
    }, 120_000);

    describeWith([SQLALCHEMY, id === 'postgres' ? PSYCOPG2 : PYMYSQL], `Alembic on ${id}`, () => {
      test('alembic stamp head, as printed: alembic_version holds the baseline; upgrade head then changes nothing', async () => {
        const { db, dest, out, m } = await imported(id, ['--orm', 'sqlalchemy']);
        try {
          expect(out).toContain('  alembic stamp head   # writes the head revision into alembic_version');
          const alembic = (...a: string[]) => python(['-m', 'alembic', ...a], dest, { DATABASE_URL: urlOf(id, db) });
          alembic('stamp', 'head');
          expect(await appliedVersions('alembic', db.conn, await tables(db))).toEqual({ versions: [m!.version] });
          expect(alembic('current')).toContain(`${m!.version} (head)`);
          const before = await dialectOf(db.dialect).readCatalog(db.conn);
          alembic('upgrade', 'head');
          expect(diffCatalogs(before, await dialectOf(db.dialect).readCatalog(db.conn))).toEqual([]);
        } finally {
          await db.close();
        }
      }, 120_000);
    });
  });
}
