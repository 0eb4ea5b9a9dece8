/**
 * A live database whose runner table is there but empty (kei-migrate's `status` made it, nothing applied yet) is
 * at no version: the drift summary says so, as each finding does, never "at undefined".
 */
import { liveSqliteFile, project, sharedScratch, verifyAt } from './project.js';

const scratch = sharedScratch();
afterAll(() => scratch.close());

test('SQLite: an empty _kei_migrations and a table made by hand: the summary says "at no version"', async () => {
  const dir = project('blog', 'sqlite');
  const url = await liveSqliteFile(dir, 'CREATE TABLE _kei_migrations (version INTEGER PRIMARY KEY, name TEXT, checksum TEXT, '
    + 'applied_at TEXT); CREATE TABLE x (a INTEGER);');
  const r = await verifyAt(dir, scratch, { url, env: { DATABASE_URL: '' } });
  expect(r.exit).toBe(1);
  expect(r.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^table x: only in the live database \(sqlite:.* at no version\)/)]);
  const summary = r.lines.find((l) => l.startsWith('drift'));
  expect(summary).toMatch(/^drift +findings: 1 difference in sqlite:\S+ at no version$/);
});
