/**
 * A design with case-insensitive text (`ci`, `citext`) on PostgreSQL writes `CREATE EXTENSION IF NOT EXISTS citext`;
 * db-verify replays it on PGlite, which must have the extension loaded: the replay is clean, and on the replay's
 * scratch the unique still refuses 'A@x.io' after 'a@x.io' (the column is CITEXT there, not a stand-in).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sharedScratch, verifyAt } from './project.js';
import { renderDesign } from '../support/schema-run.js';
import { tempDir } from '../support/temp.js';
import { openScratch } from '../../src/verify/scratch.js';

const scratch = sharedScratch();
afterAll(() => scratch.close());

test('PostgreSQL: a ci design verifies clean on PGlite', async () => {
  const dir = tempDir('verify-citext-postgres');
  const r = renderDesign('postgres', 'Member: email:ci, handle:citext:unique');
  for (const [path, body] of Object.entries(r.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  const v = await verifyAt(dir, scratch, { env: { DATABASE_URL: '' } });
  expect(v.findings).toEqual([]);
  expect(v.exit).toBe(0);
}, 60_000);

test("PGlite's scratch: CITEXT compares without case", async () => {
  const s = await openScratch('postgres', {});
  try {
    await s.exec("CREATE EXTENSION IF NOT EXISTS citext; CREATE TABLE m (e CITEXT UNIQUE); INSERT INTO m VALUES ('a@x.io');");
    await expect(s.exec("INSERT INTO m VALUES ('A@x.io');")).rejects.toThrow(/duplicate key/);
  } finally { await s.close(); }
}, 60_000);
