/**
 * `--revert` of a column added by hand drops it, and its down adds it back empty: both files say so in a
 * `-- not exact:` line (docs/verify.md), for a column the language can say as for one it cannot. Before, only the
 * latter had the line: a plain column's values went with no word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { liveSqliteFile, project, sharedScratch, verifyAt } from './project.js';
import { VERSION } from '../support/golden.js';

const scratch = sharedScratch();
afterAll(() => scratch.close());

test('SQLite: a column added by hand, reverted: "-- not exact:" names it in the revert and its down', async () => {
  const dir = project('blog', 'sqlite');
  const url = await liveSqliteFile(dir, `${readFileSync(join(dir, `migrations/${VERSION}_init_schema.sql`), 'utf8')}\n`
    + 'CREATE TABLE _kei_migrations (version INTEGER PRIMARY KEY, name TEXT, checksum TEXT, applied_at TEXT);'
    + `INSERT INTO _kei_migrations VALUES (${VERSION}, 'init_schema', 'x', 't'); ALTER TABLE users ADD COLUMN nickname TEXT;`);
  const r = await verifyAt(dir, scratch, { url, revert: true, clock: new Date('2026-02-01T00:00:00Z'), env: { DATABASE_URL: '' } });
  expect(r.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^column users\.nickname: only in the live database/)]);
  const files = r.files.filter((f) => f.path.startsWith('db/drift/'));
  expect(files.map((f) => f.path).sort()).toEqual(['db/drift/20260201000000_revert_drift.down.sql', 'db/drift/20260201000000_revert_drift.sql']);
  for (const f of files) expect(String(f.body)).toMatch(/^-- not exact: column users\.nickname\b.*values/m);
});
