/**
 * Issue 21, one meaning: every enum and check(expr) case of check-cases.ts loaded by the engines' own
 * clients (psql -f, mariadb < file, sqlite3 < file); the same rows accepted and refused on PostgreSQL,
 * MariaDB and SQLite (MariaDB's unicode_ci collation, MySQL's / and LENGTH, SQLite's LIKE would differ).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialectOf } from '../../src/dialects/registry.js';
import { withEncoding } from '../../src/dialects/shared/ddl.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { describeClients, type Scratch } from '../support/client-suites.js';
import { loadFile } from '../support/sql-clients.js';
import { renderDesign } from '../support/schema-run.js';
import { tempDir } from '../support/temp.js';
import { CHECK_CASES, type Cell } from './check-cases.js';

const sqlOf = (db: DialectId, v: Cell) => {
  const d = dialectOf(db);
  return v === null ? 'NULL' : typeof v === 'object' ? v.n : d.literal(v);
};

function rows(db: DialectId, open: () => Promise<Scratch>) {
  test('the same rows accepted and refused as on every other engine; up, down, up', async () => {
    const cases = CHECK_CASES.filter((c) => !c.refusedOn?.includes(db));
    const r = renderDesign(db, cases.map((c) => `${c.entity}: ${c.fields}`).join('\n'));
    const dest = tempDir(`meaning-${db}`);
    const engine = await open();
    try {
      const target = db === 'sqlite' ? join(dest, 'probe.db') : engine.name;
      writeFileSync(join(dest, 'up.sql'), r.up);
      writeFileSync(join(dest, 'down.sql'), r.down);
      for (const f of ['up.sql', 'down.sql', 'up.sql']) expect([f, loadFile(db, target, f, dest).status]).toEqual([f, 0]);
      const d = dialectOf(db);
      const got: string[] = [];
      const want: string[] = [];
      for (const c of cases) {
        const table = r.design.schema!.tables.find((t) => t.entity === c.entity)!.name;
        for (const [row, ok] of c.rows) {
          const cols = Object.keys(row);
          writeFileSync(join(dest, 'row.sql'), withEncoding(d,
            `INSERT INTO ${d.quote(table)} (${cols.map((x) => d.quote(x)).join(', ')}) VALUES (${cols.map((x) => sqlOf(db, row[x])).join(', ')});\n`));
          const run = loadFile(db, target, 'row.sql', dest);
          const label = `${c.entity} ${JSON.stringify(row)}`;
          got.push(`${label} ${run.status === 0 ? 'accepted' : /check|constraint/i.test(run.stderr) ? 'refused' : `error: ${run.stderr.trim()}`}`);
          want.push(`${label} ${ok ? 'accepted' : 'refused'}`);
        }
      }
      expect(got).toEqual(want);
    } finally {
      await engine.close();
    }
  }, 300_000);
}

describeClients('issue 21 enum and check(expr) rows', rows);
